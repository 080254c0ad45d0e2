import type { IncomingMessage, ServerResponse } from 'node:http'
import { HttpError } from './http-error.ts'

/** Headers every answer carries. */
const COMMON = { 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' }

/** Sends a JSON answer. */
export function sendJSON(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    ...COMMON,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...headers,
  })
  res.end(text)
}

/** Sends text or bytes (an export, a page) with its media type and headers. */
export function sendText(
  res: ServerResponse,
  status: number,
  contentType: string,
  text: string | Uint8Array,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    ...COMMON,
    'Content-Type': contentType,
    'Content-Length': Buffer.byteLength(text),
    ...headers,
  })
  res.end(text)
}

/** Sends `{error, detail}` with the error's status. */
export const sendError = (res: ServerResponse, e: HttpError): void =>
  sendJSON(res, e.status, { error: e.error, detail: e.detail }, e.headers)

/** Reads a JSON request body of at most `limit` bytes; a larger or unreadable one is an HttpError (413, 400). */
export async function readJSON(req: IncomingMessage, limit: number): Promise<Record<string, unknown>> {
  const declared = Number(req.headers['content-length'] ?? 0)
  if (declared > limit) throw new HttpError(413, 'too-large', `the request body is limited to ${limit} bytes`)
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > limit) throw new HttpError(413, 'too-large', `the request body is limited to ${limit} bytes`)
    chunks.push(chunk as Buffer)
  }
  let body: unknown
  try {
    body = JSON.parse(Buffer.concat(chunks).toString('utf8'))
  } catch (e) {
    throw new HttpError(400, 'bad-request', `the request body is not JSON: ${(e as Error).message}`)
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new HttpError(400, 'bad-request', 'the request body must be a JSON object')
  }
  return body as Record<string, unknown>
}
