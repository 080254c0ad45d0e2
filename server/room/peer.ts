import type { Identity } from '../policy/index.ts'

/**
 * One connection in a room, as the room sees it: who it is, how to send it a message, and how to end it. The
 * transport implements it on a WebSocket; the room never sees the socket.
 */
export interface Peer {
  readonly identity: Identity
  /** Whether the connection has been closed (messages still queued for it are then dropped). */
  readonly closed: boolean
  send(message: Uint8Array): void
  /** Closes the connection with a code from CLOSE and a short reason. */
  close(code: number, reason: string): void
}

/** How a connection is named in the log: its delegation, role and token id, never its token. */
export const peerLogFields = (peer: Peer) => ({
  delegation: peer.identity.delegation,
  role: peer.identity.role,
  token: peer.identity.tokenId,
})
