import { emptyDraft, isLang, isOrgan, outline } from '../../../schema/index.ts'
import { draftState, withTitle } from '../../drafts/create.ts'
import { MAX_FILE_BYTES } from '../limits.ts'
import { type ReadResolution, readResolutionFile, type TextImporter } from '../read.ts'
import { BadRequestBody, type UploadedDraft } from './upload-job.ts'

// What an upload request's body asks for, worked out from its bytes: this runs in the upload thread
// (upload-thread.ts), so that a 5 MB upload never holds up the event loop that serves the rooms; the loop only
// reads the bytes and stores the result.

/**
 * The largest JSON body the API reads: an uploaded file of up to {@link MAX_FILE_BYTES}, base64-encoded (a
 * third larger), with room for the other fields.
 */
export const MAX_UPLOAD_BODY = Math.ceil((MAX_FILE_BYTES * 4) / 3) + 64 * 1024

/**
 * A request body read as a JSON object; anything else is a {@link BadRequestBody} saying why (the API answers
 * 400). The API reads every JSON body with it: a large upload's in the upload thread, the others on the loop.
 */
export function parseRequestBody(bytes: Uint8Array): Record<string, unknown> {
  let body: unknown
  try {
    body = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'))
  } catch (e) {
    throw new BadRequestBody(`the request body is not JSON: ${(e as Error).message}`)
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new BadRequestBody('the request body must be a JSON object')
  }
  return body as Record<string, unknown>
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/

/**
 * The bytes of the file a request body carries: `data`, the file's bytes in base64 (any file: Word, Akoma
 * Ntoso, text), or `file`, its text. Throws a RangeError naming the field when neither is given or `data` is
 * not base64.
 */
export function uploadedBytes(body: Record<string, unknown>): Uint8Array {
  if (body.data !== undefined) {
    if (typeof body.data !== 'string') throw new RangeError('"data" must be the file in base64')
    const data = body.data.replace(/\s+/g, '')
    if (!BASE64.test(data) || data.length % 4 === 1) throw new RangeError('"data" is not valid base64')
    return Buffer.from(data, 'base64')
  }
  if (typeof body.file !== 'string') {
    throw new RangeError('give the file as "data" (its bytes in base64) or "file" (its text)')
  }
  return Buffer.from(body.file, 'utf8')
}

/**
 * The resolution an upload carries (see {@link uploadedBytes}), read as `readResolutionFile` reads it, with
 * `lang` and `changes` (what a Word file's tracked changes become) from the body, its text imported by
 * `importText`.
 */
export function readUpload(
  body: Record<string, unknown>,
  importText?: TextImporter,
): Promise<ReadResolution> {
  return readResolutionFile(
    uploadedBytes(body),
    { lang: body.lang ?? undefined, changes: body.changes ?? undefined },
    importText,
  )
}

/**
 * The document a create request describes: read from an uploaded file (`data` in base64, or `file` as text, with
 * `lang` and `changes`), or blank for `lang` and `organ`; titled.
 */
async function requestedDraft(
  body: Record<string, unknown>,
  importText: TextImporter,
): Promise<Omit<ReadResolution, 'format'>> {
  let draft: Omit<ReadResolution, 'format'>
  if (body.file !== undefined || body.data !== undefined) draft = await readUpload(body, importText)
  else {
    if (!isLang(body.lang)) throw new RangeError('"lang" must be one of ar, en, es, fr, ru, zh')
    if (!isOrgan(body.organ)) throw new RangeError('"organ" must be one of ga, sc, hrc, ecosoc')
    draft = { doc: emptyDraft(body.lang, body.organ), warnings: [] }
  }
  if (body.title === undefined) return draft
  if (typeof body.title !== 'string') throw new RangeError('"title" must be a string')
  return { doc: withTitle(draft.doc, body.title), warnings: draft.warnings }
}

/**
 * The new draft a create request's body (POST /api/drafts) describes, ready to store. Throws a BadRequestBody
 * for a body that is not a JSON object, a RangeError (422) for a request or file that cannot be read, and
 * an UploadFault for what fails in making the shared document (a fault of the server).
 */
export async function uploadedDraft(bytes: Uint8Array, importText: TextImporter): Promise<UploadedDraft> {
  const { doc, warnings } = await requestedDraft(parseRequestBody(bytes), importText)
  try {
    return { ...draftState(doc), warnings }
  } catch (e) {
    throw new UploadFault(`the imported document could not be made a draft: ${(e as Error).message}`)
  }
}

/**
 * The JSON answer to a preview request's body (POST /api/import/preview): `{outline, warnings, format}`, as text.
 * Throws as {@link uploadedDraft}.
 */
export async function uploadPreview(bytes: Uint8Array, importText: TextImporter): Promise<string> {
  const { doc, warnings, format } = await readUpload(parseRequestBody(bytes), importText)
  return JSON.stringify({ outline: outline(doc), warnings, format })
}

/** A fault of the server while making a draft of a file that was read: answered 500, never as the file's fault. */
export class UploadFault extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UploadFault'
  }
}
