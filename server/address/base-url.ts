// Where the server is reached: the base of every link it hands out and the one origin its pages run in. Always
// configured or derived from the listening address, never from a request's Host header, which a client writes.

/**
 * Checks and normalises a base URL (`http(s)://host[:port][/path]`, no query or fragment, no trailing slash);
 * `where` names its source (`--base-url`, `PENHOLDER_BASE_URL`) in the error.
 */
export function parseBaseUrl(text: string, where = 'the base URL'): string {
  let url: URL
  try {
    url = new URL(text)
  } catch {
    throw new Error(`${where} must be like http://host:port, got '${text}'`)
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.search || url.hash || url.username) {
    throw new Error(
      `${where} must be an http or https address without query, fragment or user, got '${text}'`,
    )
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '')
}

/** The base URL of a listening address: a wildcard host is reached as 127.0.0.1 from this machine. */
export function listeningBaseUrl(host: string, port: number): string {
  const name = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host
  return `http://${name}:${port}`
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]'])

/**
 * The origins a browser page of this server runs in: the base URL's, and when that is a loopback address, its
 * other loopback spellings on the same port (a person on the server's machine types either).
 */
export function ownOrigins(baseUrl: string): Set<string> {
  const url = new URL(baseUrl)
  const origins = new Set([url.origin])
  if (LOOPBACK.has(url.hostname)) {
    for (const name of LOOPBACK) origins.add(`${url.protocol}//${name}${url.port ? `:${url.port}` : ''}`)
  }
  return origins
}
