/** The limits that keep one connection from growing the server's memory or hogging it. */
export interface TransportLimits {
  /** A message larger than this closes its connection with CLOSE.tooLarge. */
  maxMessage: number
  /** The WebSocket layer refuses frames larger than this (close code 1009) before reading them. */
  maxFrame: number
  /** A connection whose unsent data grows past this is closed with CLOSE.slowConsumer. */
  maxBuffered: number
  /** A connection that was sent nothing for this long (ms) gets an empty awareness update. */
  keepalive: number
  /** How often (ms) a WebSocket ping checks that the peer is still there. */
  ping: number
}

/** The limits the server runs with unless told otherwise. */
export const DEFAULT_LIMITS: TransportLimits = {
  maxMessage: 8 * 1024 * 1024,
  maxFrame: 16 * 1024 * 1024,
  maxBuffered: 16 * 1024 * 1024,
  keepalive: 10_000,
  ping: 30_000,
}
