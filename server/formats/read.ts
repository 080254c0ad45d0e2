import type { Node } from 'prosemirror-model'
import {
  decodeResolutionText,
  docFromJSON,
  type ImportFormat,
  type ImportWarning,
  isLang,
  type Lang,
} from '../../schema/index.ts'
import type { ImportedDraft } from '../drafts/import.ts'
import { readAkn } from './akn/read.ts'
import { readDocx } from './docx/read.ts'
import { assertFileSize } from './limits.ts'
import { sniffFile } from './sniff.ts'
import { importInThread } from './upload/upload-thread.ts'

/** What a Word file's tracked changes become: accepted into the text, or kept as proposals of their authors. */
export const TRACKED_CHANGES = ['accept', 'proposals'] as const

/** One of {@link TRACKED_CHANGES}. */
export type TrackedChanges = (typeof TRACKED_CHANGES)[number]

/** How to read a resolution file: its language where the text does not tell, and what to do with tracked changes. */
export interface ReadOptions {
  lang?: unknown
  changes?: unknown
}

/** A document read from a file, with what the reader could not place, and what the file was read as. */
export interface ReadResolution {
  doc: Node
  warnings: ImportWarning[]
  format: 'json' | 'docx' | 'akn' | ImportFormat
}

/**
 * How the text of a file becomes a document: by default in the upload thread, with the spelling dictionary of its
 * language (`importInThread`); the upload thread itself passes the importer it runs directly.
 */
export type TextImporter = (text: string, lang: Lang | undefined) => ImportedDraft | Promise<ImportedDraft>

function checkOptions(options: ReadOptions): { lang?: Lang; changes: TrackedChanges } {
  const { lang, changes = 'proposals' } = options
  if (lang !== undefined && lang !== null && !isLang(lang)) {
    throw new RangeError(`the language must be one of ar, en, es, fr, ru, zh, got ${JSON.stringify(lang)}`)
  }
  if (!(TRACKED_CHANGES as readonly unknown[]).includes(changes)) {
    throw new RangeError(`tracked changes are either accept or proposals, got ${JSON.stringify(changes)}`)
  }
  return { ...(lang ? { lang: lang as Lang } : {}), changes: changes as TrackedChanges }
}

/**
 * Reads a resolution from the bytes of a file, told apart by content, never by name: a Word file (.docx), an
 * Akoma Ntoso XML file, a draft JSON, or text (Markdown, text copied from a PDF, a typed draft). Throws a
 * RangeError with one line saying what is wrong: an empty or oversized file, a PDF or an old .doc (with what
 * to do instead), a damaged or foreign zip, XML that is not Akoma Ntoso or has a DTD, a text with no
 * resolution in it. Text is imported by `importText`: by default in the upload thread, with the spelling
 * dictionary of its language.
 */
export async function readResolutionFile(
  bytes: Uint8Array,
  options: ReadOptions = {},
  importText: TextImporter = importInThread,
): Promise<ReadResolution> {
  const { lang, changes } = checkOptions(options)
  assertFileSize(bytes.length)
  const kind = sniffFile(bytes)
  switch (kind) {
    case 'empty':
      throw new RangeError('the file is empty')
    case 'pdf':
      throw new RangeError(
        'a PDF file: Penholder reads the text of a PDF, not the PDF itself; run `pdftotext -layout FILE.pdf` (or copy its text) and import that',
      )
    case 'doc':
      throw new RangeError(
        'a Word 97-2003 (.doc) file: save it in Word as a Word document (.docx) and import that',
      )
    case 'zip':
      return { ...(await readDocx(bytes, { ...(lang ? { lang } : {}), changes })), format: 'docx' }
    case 'xml':
      return { ...readAkn(decodeResolutionText(bytes), lang ? { lang } : {}), format: 'akn' }
    case 'text': {
      const text = decodeResolutionText(bytes)
      if (/^\s*\{/.test(text)) return { doc: draftFromJSON(text), warnings: [], format: 'json' }
      return importText(text, lang)
    }
  }
}

/** A draft JSON (as `import` writes it), checked against the schema. */
function draftFromJSON(text: string): Node {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (e) {
    throw new RangeError(`not valid JSON: ${(e as Error).message}`)
  }
  return docFromJSON(json)
}
