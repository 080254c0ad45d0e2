/**
 * The bounds of the collaboration server, all in one place, so that no connection, draft or token can grow the
 * server's memory or hog it: message and frame sizes, each connection's send buffer, the size of a draft, and
 * how many connections a process, a draft and a token may hold. `startServer` takes them (`limits`), and
 * `penholder serve` sets them with its `--max-*` options.
 */
export interface TransportLimits {
  /** A message larger than this closes its connection with CLOSE.tooLarge. */
  maxMessage: number
  /** The WebSocket layer refuses frames larger than this (close code 1009) before reading them. */
  maxFrame: number
  /**
   * A connection's unsent data never grows past this: a message that would take it further closes the
   * connection with CLOSE.slowConsumer instead of being queued. Only a connection with nothing queued may take
   * a message larger than this on its own (the first sync of a large draft, one encoding shared by every
   * connection that asks for it).
   */
  maxBuffered: number
  /** An update that would make the draft's state larger than this (bytes) is refused with CLOSE.draftTooLarge. */
  maxDraftBytes: number
  /** Connections the process holds at most; more are refused at the upgrade (HTTP 503). */
  maxConnections: number
  /** Connections one draft holds at most; more are refused at the upgrade (HTTP 503). */
  maxConnectionsPerDraft: number
  /** Connections opened with one token at most, over every draft; more are refused at the upgrade (HTTP 429). */
  maxConnectionsPerToken: number
  /** A connection that was sent nothing for this long (ms) gets an empty awareness update. */
  keepalive: number
  /** How often (ms) a WebSocket ping checks that the peer is still there. */
  ping: number
}

const MB = 1024 * 1024

/** The limits the server runs with unless told otherwise. */
export const DEFAULT_LIMITS: TransportLimits = {
  maxMessage: 8 * MB,
  maxFrame: 16 * MB,
  maxBuffered: 16 * MB,
  maxDraftBytes: 8 * MB,
  maxConnections: 10_000,
  maxConnectionsPerDraft: 2_000,
  maxConnectionsPerToken: 100,
  keepalive: 10_000,
  ping: 30_000,
}

/** The limits with `overrides` applied, checked: each a positive whole number. Throws a RangeError naming one. */
export function resolveLimits(overrides: Partial<TransportLimits> = {}): TransportLimits {
  const limits = { ...DEFAULT_LIMITS }
  for (const [key, value] of Object.entries(overrides) as [keyof TransportLimits, number | undefined][]) {
    if (value === undefined) continue
    if (!(key in DEFAULT_LIMITS)) throw new RangeError(`limits: there is no limit '${key}'`)
    if (!Number.isSafeInteger(value) || value < 1) {
      throw new RangeError(`limits: ${key} must be a positive whole number, got ${value}`)
    }
    limits[key] = value
  }
  return limits
}
