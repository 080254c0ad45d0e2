/** A store that could not be opened (a bad URL, a server that does not answer, a refused login), said in one line. */
export class StoreError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'StoreError'
  }
}

/**
 * A store URL as it may be printed and logged: the password replaced by `***`. Works on text that is not a valid
 * URL too, since that is when it gets printed in an error.
 */
export function maskedStoreUrl(url: string): string {
  try {
    const parsed = new URL(url)
    if (parsed.password) parsed.password = '***'
    return parsed.toString()
  } catch {
    return url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@\s]*):[^@\s]*@/i, '$1:***@')
  }
}

/**
 * Checks that `url` names a PostgreSQL database (`postgres://USER:PASS@HOST:PORT/DB` or `postgresql://...`) and
 * returns it; throws a {@link StoreError} that names what is wrong, with the password masked.
 */
export function postgresUrl(url: string): string {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw new StoreError(`not a URL: '${maskedStoreUrl(url)}' (expected postgres://USER:PASS@HOST:PORT/DB)`)
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:')
    throw new StoreError(
      `'${maskedStoreUrl(url)}' is not a PostgreSQL URL (expected postgres://USER:PASS@HOST:PORT/DB)`,
    )
  // A Unix socket is named by ?host=/run/postgresql instead.
  if (!parsed.hostname && !parsed.searchParams.get('host'))
    throw new StoreError(
      `'${maskedStoreUrl(url)}' names no host (expected postgres://USER:PASS@HOST:PORT/DB)`,
    )
  return url
}
