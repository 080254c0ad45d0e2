import type { TransportLimits } from './limits.ts'

/** Why a connection is refused: the HTTP status, error and detail of the upgrade's answer. */
export interface CountRefusal {
  status: 429 | 503
  error: 'too-many-connections'
  detail: string
}

/** A connection counted against the limits; `release` (idempotent) gives its places back. */
export interface CountedConnection {
  release(): void
}

/**
 * The connections the process holds, by draft and by token, counted from the moment an upgrade is admitted
 * (before its WebSocket exists, so that a burst of upgrades cannot overshoot) until the connection closes or
 * the upgrade is abandoned.
 */
export class ConnectionCounts {
  private total = 0
  private readonly byDraft = new Map<string, number>()
  private readonly byToken = new Map<string, number>()

  constructor(
    private readonly limits: Pick<
      TransportLimits,
      'maxConnections' | 'maxConnectionsPerDraft' | 'maxConnectionsPerToken'
    >,
  ) {}

  /** The refusal of any upgrade while the process is full, checked before the token is; null if not full. */
  processFull(): CountRefusal | null {
    if (this.total < this.limits.maxConnections) return null
    return {
      status: 503,
      error: 'too-many-connections',
      detail: `the server holds its maximum of ${this.limits.maxConnections} connections; try again later`,
    }
  }

  /** Counts a connection to `draft` opened with the token `tokenId`, or says which limit it would pass. */
  admit(draft: string, tokenId: string): CountedConnection | CountRefusal {
    const full = this.processFull()
    if (full) return full
    const inDraft = this.byDraft.get(draft) ?? 0
    if (inDraft >= this.limits.maxConnectionsPerDraft) {
      return {
        status: 503,
        error: 'too-many-connections',
        detail: `draft '${draft}' has its maximum of ${this.limits.maxConnectionsPerDraft} connections; try again later`,
      }
    }
    const ofToken = this.byToken.get(tokenId) ?? 0
    if (ofToken >= this.limits.maxConnectionsPerToken) {
      return {
        status: 429,
        error: 'too-many-connections',
        detail: `this link already has its maximum of ${this.limits.maxConnectionsPerToken} connections open`,
      }
    }
    this.total++
    this.byDraft.set(draft, inDraft + 1)
    this.byToken.set(tokenId, ofToken + 1)
    let released = false
    return {
      release: () => {
        if (released) return
        released = true
        this.total--
        decrement(this.byDraft, draft)
        decrement(this.byToken, tokenId)
      },
    }
  }
}

function decrement(counts: Map<string, number>, key: string): void {
  const left = (counts.get(key) ?? 1) - 1
  if (left > 0) counts.set(key, left)
  else counts.delete(key)
}
