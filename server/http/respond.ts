import type { IncomingMessage, ServerResponse } from 'node:http'
import { BadRequestBody, parseRequestBody } from '../formats/index.ts'
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

/** How much of a too-large body is read and dropped at most before the 413 goes out and the connection closes. */
const DRAIN_MAX = 1024 * 1024
/** How long the rest of a too-large body is waited for at most. */
const DRAIN_MS = 5000

/**
 * The answer to a body over `limit`: 413, with `Connection: close`, since the rest of the body may still be on
 * its way and the connection cannot carry another request after it.
 */
const tooLarge = (limit: number) =>
  new HttpError(413, 'too-large', `the request body is limited to ${limit} bytes`, { Connection: 'close' })

/**
 * Reads and drops what is left of a request body, so that the client has sent it all and reads the answer
 * before the connection closes; gives up after DRAIN_MAX bytes or DRAIN_MS (the connection is then closed
 * under a client that is still sending).
 */
function drain(req: IncomingMessage): Promise<void> {
  return new Promise((resolve) => {
    if (req.complete || req.destroyed) return resolve()
    let dropped = 0
    const done = () => {
      clearTimeout(timer)
      req.off('data', onData)
      req.off('end', done)
      req.off('close', done)
      resolve()
    }
    const onData = (chunk: Buffer) => {
      dropped += chunk.length
      if (dropped > DRAIN_MAX) done()
    }
    const timer = setTimeout(done, DRAIN_MS)
    req.on('data', onData)
    req.once('end', done)
    req.once('close', done)
    req.resume()
  })
}

/** The body of a request, or null as soon as it passes `limit` bytes (the rest is left unread). */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const settle = () => {
      req.off('data', onData)
      req.off('end', onEnd)
      req.off('error', onError)
    }
    const onData = (chunk: Buffer) => {
      size += chunk.length
      if (size <= limit) return void chunks.push(chunk)
      settle()
      req.pause()
      resolve(null)
    }
    const onEnd = () => {
      settle()
      resolve(Buffer.concat(chunks))
    }
    const onError = (e: Error) => {
      settle()
      reject(e)
    }
    req.on('data', onData)
    req.once('end', onEnd)
    req.once('error', onError)
  })
}

/**
 * Reads a request body of at most `limit` bytes; a larger one is a 413. A body over the limit is read no further
 * than needed to answer cleanly: the rest is dropped (up to a bound) and the 413 closes the connection.
 */
export async function readBodyBytes(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0)
  const bytes = declared > limit ? null : await readBody(req, limit)
  if (bytes === null) {
    await drain(req)
    throw tooLarge(limit)
  }
  return bytes
}

/** Runs `f`, answering a request body that is not a JSON object with 400 and the reason. */
export async function badRequest<T>(f: () => Promise<T>): Promise<T> {
  try {
    return await f()
  } catch (e) {
    if (e instanceof BadRequestBody) throw new HttpError(400, 'bad-request', e.message)
    throw e
  }
}

/** Reads a JSON request body of at most `limit` bytes; a larger or unreadable one is an HttpError (413, 400). */
export async function readJSON(req: IncomingMessage, limit: number): Promise<Record<string, unknown>> {
  return badRequest(async () => parseRequestBody(await readBodyBytes(req, limit)))
}
