import { WebSocket } from 'ws'
import { CLOSE } from '../../schema/index.ts'
import type { Identity } from '../policy/index.ts'
import type { Peer } from '../room/index.ts'
import type { TransportLimits } from './limits.ts'

/**
 * How long a closed connection may take to read what was queued before its close frame; then it is cut off.
 * What is queued is bounded by the send buffer limit, so waiting costs little, and a slow but honest reader
 * (on a poor network) still learns why it was closed.
 */
const CLOSE_GRACE_MS = 10_000

/** A WebSocket connection as a room's {@link Peer}, with the send-buffer limit and keepalive bookkeeping. */
export class WebSocketPeer implements Peer {
  /** When the connection was last sent something (ms), for the keepalive. */
  lastSent = Date.now()
  /** Whether the peer answered the last ping. */
  alive = true

  constructor(
    readonly ws: WebSocket,
    readonly identity: Identity,
    /** When the token the connection was opened with expires (ms since 1970), or null. */
    readonly expires: number | null,
    private readonly limits: TransportLimits,
  ) {}

  get closed(): boolean {
    return this.ws.readyState !== WebSocket.OPEN
  }

  send(message: Uint8Array): void {
    if (this.closed) return
    // Checked before queueing: a peer that is not reading is closed, never buffered past the limit. Only a
    // message to an empty buffer may exceed it alone (a first sync of a large draft: one shared encoding).
    const buffered = this.ws.bufferedAmount
    if (buffered > 0 && buffered + message.byteLength > this.limits.maxBuffered) {
      this.close(CLOSE.slowConsumer, 'the connection does not keep up with the messages sent to it')
      return
    }
    this.ws.send(message)
    this.lastSent = Date.now()
  }

  close(code: number, reason: string): void {
    if (this.ws.readyState === WebSocket.CLOSING || this.ws.readyState === WebSocket.CLOSED) return
    this.ws.close(code, reason)
    // The close frame waits behind whatever is buffered; a peer that does not read is cut off.
    const cutOff = setTimeout(() => this.ws.terminate(), CLOSE_GRACE_MS)
    this.ws.once('close', () => clearTimeout(cutOff))
  }
}
