import type { IncomingHttpHeaders } from 'node:http'

/** A precompressed form of a file the server may send, best first: brotli, then gzip. */
export interface ContentCoding {
  /** The `Content-Encoding` value. */
  name: 'br' | 'gzip'
  /** The suffix of the precompressed file written beside the plain one by the build. */
  suffix: '.br' | '.gz'
}

const CODINGS: ContentCoding[] = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
]

/**
 * The codings a request accepts (RFC 9110 §12.5.3: a coding with `q=0` is refused, `*` stands for any coding
 * not named), in the server's order of preference; identity is always left as the last resort.
 */
export function acceptedCodings(headers: IncomingHttpHeaders): ContentCoding[] {
  const header = headers['accept-encoding']
  if (!header) return []
  const weights = new Map<string, number>()
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';')
    if (!name) continue
    const q = params.map((p) => /^\s*q\s*=\s*([0-9.]+)\s*$/.exec(p)).find(Boolean)
    const weight = q ? Number(q[1]) : 1
    weights.set(name === 'x-gzip' ? 'gzip' : name, Number.isFinite(weight) ? weight : 0)
  }
  const any = weights.get('*') ?? 0
  return CODINGS.filter((c) => (weights.get(c.name) ?? any) > 0)
}
