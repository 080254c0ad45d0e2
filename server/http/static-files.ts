import type { Stats } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { extname, resolve, sep } from 'node:path'
import { acceptedCodings } from './content-coding.ts'
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

type FileInfo = Stats

async function fileAt(path: string): Promise<FileInfo | null> {
  try {
    const info = await stat(path)
    return info.isFile() ? info : null
  } catch {
    return null
  }
}

/**
 * Sends a file of the editor bundle (`relative` inside `dir`) with its content type, an ETag and caching
 * headers: the precompressed copy the build wrote beside it (`.br`, else `.gz`) when the request accepts that
 * coding, else the plain file. `extra` headers (a page's security headers) are added. Resolves to false when
 * there is no such file (or the path leaves the folder).
 */
export async function sendStatic(
  ctx: RequestContext,
  dir: string,
  relative: string,
  extra: Record<string, string> = {},
): Promise<boolean> {
  // resolve() drops a trailing separator, so the folder compares equal however it was written.
  const root = resolve(dir)
  const path = resolve(root, `.${sep}${relative}`)
  if (!path.startsWith(root + sep)) return false
  const plain = await fileAt(path)
  if (!plain) return false
  let sent = { path, info: plain, coding: null as string | null }
  for (const coding of acceptedCodings(ctx.req.headers)) {
    const info = await fileAt(path + coding.suffix)
    if (info) {
      sent = { path: path + coding.suffix, info, coding: coding.name }
      break
    }
  }
  // Each coding is its own representation, so its own validator (RFC 9110 §8.8.3).
  const tag = `${sent.info.size.toString(36)}-${Math.floor(sent.info.mtimeMs).toString(36)}`
  const etag = `"${sent.coding ? `${tag}-${sent.coding}` : tag}"`
  const headers: Record<string, string> = {
    ...extra,
    ETag: etag,
    'Cache-Control': HASHED.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
    // Caches must keep one copy per coding, whether or not this answer is compressed.
    Vary: 'Accept-Encoding',
  }
  if (sent.coding) headers['Content-Encoding'] = sent.coding
  if (ctx.req.headers['if-none-match'] === etag) {
    ctx.res.writeHead(304, headers)
    ctx.res.end()
    return true
  }
  const type = TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream'
  sendText(ctx.res, 200, type, await readFile(sent.path), headers)
  return true
}
