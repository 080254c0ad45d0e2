import type { ImportFormat, ImportWarning, Lang } from '../../../schema/index.ts'
import type { DraftState } from '../../drafts/create.ts'

/**
 * What the upload thread is asked to do: import a text (`readResolutionFile` on the loop: the CLI, tests), or
 * the whole of a create or preview request from its body's bytes (the API: JSON parsed, file decoded and read,
 * titled, made a shared document).
 */
export type UploadJob =
  | { kind: 'import'; text: string; lang: Lang | undefined }
  | { kind: 'create'; body: Uint8Array }
  | { kind: 'preview'; body: Uint8Array }

/** A new draft from an upload, ready to store: its state and listing, and what the reader could not place. */
export interface UploadedDraft extends DraftState {
  warnings: ImportWarning[]
}

/** What each kind of job gives back. */
export interface UploadResults {
  /** The document as JSON (a node cannot cross threads). */
  import: { doc: unknown; warnings: ImportWarning[]; format: ImportFormat }
  create: UploadedDraft
  /** The JSON text of the preview's answer, `{outline, warnings, format}`, written in the thread too. */
  preview: { json: string }
}

/** A job as the thread receives it. */
export interface UploadMessage {
  id: number
  job: UploadJob
}

/**
 * The thread's answer: the result, or the error thrown: `kind` says whether it was a RangeError (of any class:
 * WordFileError, ZipError, XmlError ...: a file that cannot be read), a BadRequestBody, or a fault.
 */
export type UploadReply =
  | { id: number; ok: true; result: UploadResults[UploadJob['kind']] }
  | { id: number; ok: false; kind: 'range' | 'body' | 'fault'; message: string }

/** A request body that is not a JSON object: the API answers 400 with this message. */
export class BadRequestBody extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'BadRequestBody'
  }
}
