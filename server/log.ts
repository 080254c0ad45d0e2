/**
 * Writes one line per event: the time, the event name, then `key=value` fields. Never given a token; a
 * connection is named by its delegation, role and token id.
 */
export type Log = (
  event: string,
  fields?: Record<string, string | number | boolean | null | undefined>,
) => void

const value = (v: unknown) => (typeof v === 'string' && /^[^\s"=]+$/.test(v) ? v : JSON.stringify(v))

/** The server's log: one line per event on standard error. */
export const stderrLog: Log = (event, fields = {}) => {
  const parts = [new Date().toISOString(), event]
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) parts.push(`${k}=${value(v)}`)
  process.stderr.write(`${parts.join(' ')}\n`)
}

/** A log that drops everything, for tests that do not look at it. */
export const silentLog: Log = () => {}
