import type { Node } from 'prosemirror-model'
import { type AmendmentRecord, type ExportView, type StatusLookup, VIEW_FORMATS } from '../../schema/index.ts'

/**
 * Every format a draft is written in: the text formats of `schema/` (Markdown, plain text, HTML) and the files
 * delegations and the Secretariat exchange (Word, PDF, Akoma Ntoso XML), which the server writes.
 */
export const FILE_FORMATS = [...VIEW_FORMATS, 'docx', 'pdf', 'akn'] as const

/** One of {@link FILE_FORMATS}. */
export type FileFormat = (typeof FILE_FORMATS)[number]

/** Whether a value names one of the {@link FILE_FORMATS}. */
export const isFileFormat = (value: unknown): value is FileFormat =>
  typeof value === 'string' && (FILE_FORMATS as readonly string[]).includes(value)

/** What a format's file is: its media type, its file extension, and whether it is text (UTF-8). */
export interface FileFormatFacts {
  contentType: string
  extension: string
  text: boolean
}

/** The media type, extension and kind of each format. */
export const FILE_FORMAT_FACTS: Record<FileFormat, FileFormatFacts> = {
  md: { contentType: 'text/markdown; charset=utf-8', extension: 'md', text: true },
  txt: { contentType: 'text/plain; charset=utf-8', extension: 'txt', text: true },
  html: { contentType: 'text/html; charset=utf-8', extension: 'html', text: true },
  docx: {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extension: 'docx',
    text: false,
  },
  pdf: { contentType: 'application/pdf', extension: 'pdf', text: false },
  akn: { contentType: 'application/akn+xml; charset=utf-8', extension: 'xml', text: true },
}

/** A view of a draft in one of the {@link FILE_FORMATS}; `delegation` goes with the amendments view only. */
export interface FileRequest {
  view: ExportView
  format: FileFormat
  delegation?: string
}

/**
 * What an export is written from: the draft's document and its amendment records (an amendment the document
 * carries without a record counts as pending, proposed by the delegation its marks name), and the facilitator's
 * status of each paragraph, which the compilation shows (none: every paragraph open).
 */
export interface ExportSource {
  doc: Node
  records: readonly AmendmentRecord[]
  statuses?: StatusLookup
}
