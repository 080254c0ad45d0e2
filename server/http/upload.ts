import { MAX_FILE_BYTES, type ReadResolution, readResolutionFile } from '../formats/index.ts'

/**
 * The largest JSON body the API reads: an uploaded file of up to {@link MAX_FILE_BYTES}, base64-encoded (a
 * third larger), with room for the other fields.
 */
export const MAX_UPLOAD_BODY = Math.ceil((MAX_FILE_BYTES * 4) / 3) + 64 * 1024

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
 * `lang` and `changes` (what a Word file's tracked changes become) from the body.
 */
export function readUpload(body: Record<string, unknown>): Promise<ReadResolution> {
  return readResolutionFile(uploadedBytes(body), {
    lang: body.lang ?? undefined,
    changes: body.changes ?? undefined,
  })
}
