import type { CloseCode } from '../../schema/index.ts'
import type { Log } from '../log.ts'
import { type Peer, peerLogFields } from './peer.ts'

/** A message the room will not take: the connection that sent it is closed with `code` (from CLOSE). */
export class Refusal extends Error {
  constructor(
    readonly code: CloseCode,
    readonly reason: string,
  ) {
    super(reason)
    this.name = 'Refusal'
  }

  /** The reason as a WebSocket close frame carries it: at most 123 bytes, so cut, and never mid-character. */
  get closeReason(): string {
    return Buffer.from(this.reason)
      .subarray(0, 120)
      .toString()
      .replace(/\uFFFD$/, '')
  }
}

/** Why a change to an archived draft is refused, and why its connections are closed when it is archived. */
export const ARCHIVED_REASON = 'the draft is archived: it can be read and exported, not changed'

/**
 * Closes the connection of an update the room would not or could not take, and logs it: a Refusal with its code
 * (`update.refused`), anything else, a failure of the server's, with 1011 (`room.error`).
 */
export function closeRefused(log: Log, draft: string, peer: Peer, error: unknown): void {
  if (error instanceof Refusal) {
    log('update.refused', { draft, ...peerLogFields(peer), code: error.code, reason: error.reason })
    peer.close(error.code, error.closeReason)
    return
  }
  log('room.error', { draft, error: (error as Error).message })
  peer.close(1011, 'internal error')
}
