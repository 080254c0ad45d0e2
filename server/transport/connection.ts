import { WebSocket } from 'ws'
import { CLOSE } from '../../schema/index.ts'
import type { Identity } from '../policy/index.ts'
import type { Peer } from '../room/index.ts'
import type { TransportLimits } from './limits.ts'

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
    this.ws.send(message)
    this.lastSent = Date.now()
    // One large message (a first sync of a long draft) may exceed the limit on its own; more than that queued
    // behind it means the peer is not reading.
    if (this.ws.bufferedAmount > this.limits.maxBuffered + message.byteLength) {
      this.close(CLOSE.slowConsumer, 'the connection does not keep up with the messages sent to it')
    }
  }

  close(code: number, reason: string): void {
    if (this.ws.readyState === WebSocket.CLOSING || this.ws.readyState === WebSocket.CLOSED) return
    this.ws.close(code, reason)
    // The close frame waits behind whatever is buffered; a peer that does not read is cut off.
    const cutOff = setTimeout(() => this.ws.terminate(), 2000)
    this.ws.once('close', () => clearTimeout(cutOff))
  }
}
