import { readFile, stat } from 'node:fs/promises'
import { extname, resolve, sep } from 'node:path'
import type { RequestContext } from './context.ts'
import { sendText } from './respond.ts'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
}

// esbuild names hashed files like `draft-5X2KQ3ZB.js`: those never change and may be cached for good.
const HASHED = /[-.][A-Za-z0-9]{8,}\.[a-z0-9]+$/

/**
 * Sends a file of the editor bundle (`relative` inside `dir`) with its content type, an ETag and caching
 * headers; resolves to false when there is no such file (or the path leaves the folder).
 */
export async function sendStatic(ctx: RequestContext, dir: string, relative: string): Promise<boolean> {
  // resolve() drops a trailing separator, so the folder compares equal however it was written.
  const root = resolve(dir)
  const path = resolve(root, `.${sep}${relative}`)
  if (!path.startsWith(root + sep)) return false
  let info: Awaited<ReturnType<typeof stat>>
  try {
    info = await stat(path)
  } catch {
    return false
  }
  if (!info.isFile()) return false
  const etag = `"${info.size.toString(36)}-${Math.floor(info.mtimeMs).toString(36)}"`
  const headers = {
    ETag: etag,
    'Cache-Control': HASHED.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
  }
  if (ctx.req.headers['if-none-match'] === etag) {
    ctx.res.writeHead(304, headers)
    ctx.res.end()
    return true
  }
  const type = TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream'
  sendText(ctx.res, 200, type, await readFile(path), headers)
  return true
}
