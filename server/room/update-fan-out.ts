import * as Y from 'yjs'
import type { Peer } from './peer.ts'
import { updateMessage } from './protocol.ts'

/** Updates merged into one message at most; a larger batch goes as several (merging is superlinear). */
const MERGE_MAX = 128

/** Several updates as one (the update itself if there is one). */
const merged = (updates: Uint8Array[]): Uint8Array =>
  updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates)

/** Messages carrying `updates`, merged by up to MERGE_MAX. */
function messagesOf(updates: Uint8Array[]): Uint8Array[] {
  const messages: Uint8Array[] = []
  for (let i = 0; i < updates.length; i += MERGE_MAX)
    messages.push(updateMessage(merged(updates.slice(i, i + MERGE_MAX))))
  return messages
}

/**
 * Sends the updates a room has stored and applied to its connections, in batches: what the room accepts until
 * the event loop turns (`setImmediate`: everything that arrived together, and, under load, everything that
 * arrived while the last batch was being sent) is merged into one Yjs update, encoded once as one message, and
 * the same bytes are written to every connection. A lone keystroke in a quiet room is sent as soon as it is
 * handled. A connection that sent some of a batch gets the rest, merged apart, rather than its own updates back.
 */
export class UpdateFanOut {
  private batch: { update: Uint8Array; from: Peer | null }[] = []
  private scheduled: NodeJS.Immediate | null = null

  /** `peers`: the room's connections, as they are when a batch is sent. */
  constructor(private readonly peers: ReadonlySet<Peer>) {}

  /** Queues an update the room has stored and applied; `from`: the connection it came from (null: the room's own). */
  push(update: Uint8Array, from: Peer | null): void {
    this.batch.push({ update, from })
    this.scheduled ??= setImmediate(() => this.flush())
  }

  /** Drops what is queued (the room is unloading and its connections are closed). */
  destroy(): void {
    if (this.scheduled) clearImmediate(this.scheduled)
    this.scheduled = null
    this.batch = []
  }

  private flush(): void {
    this.scheduled = null
    const batch = this.batch
    this.batch = []
    if (batch.length === 0) return
    const senders = new Set<Peer>()
    for (const { from } of batch) if (from) senders.add(from)
    const everyone = messagesOf(batch.map((b) => b.update))
    for (const peer of this.peers) {
      if (senders.has(peer)) continue
      for (const message of everyone) peer.send(message)
    }
    for (const sender of senders) {
      if (!this.peers.has(sender)) continue
      const others = batch.filter((b) => b.from !== sender).map((b) => b.update)
      if (others.length > 0) for (const message of messagesOf(others)) sender.send(message)
    }
  }
}
