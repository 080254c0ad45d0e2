import * as Y from 'yjs'
import { DraftSize } from './draft-size.ts'
import type { Peer } from './peer.ts'
import type { StoredLog } from './stored-log.ts'
import { SyncAnswers } from './sync-answers.ts'
import { UpdateFanOut } from './update-fan-out.ts'

/** Where a draft's size starts from when its room loads: its stored snapshot and the log on top of it. */
export interface StoredSize {
  snapshot: number
  log: number
  /** The stored snapshot itself when it is the whole draft (no log, no migration), for the first syncs. */
  state?: Uint8Array | null
}

/**
 * A room's draft and what follows from each change of it: the shared document, its stored log, its size
 * against the maximum, the shared answers to first syncs, and the fan-out of changes to the connections. A
 * change is admitted (its size), stored, then applied and queued for the connections, in that order, so that
 * nothing reaches a connection before it is durable.
 */
export class LiveDraft {
  /** The answers to sync step 1 (the first sync of every connection). */
  readonly answers: SyncAnswers
  private readonly size: DraftSize
  private readonly fanOut: UpdateFanOut

  constructor(
    readonly doc: Y.Doc,
    private readonly stored: StoredLog,
    /** The room's connections, which changes are sent to. */
    peers: ReadonlySet<Peer>,
    maxBytes: number,
    storedSize: StoredSize,
  ) {
    this.answers = new SyncAnswers(doc, storedSize.state ?? null)
    this.fanOut = new UpdateFanOut(peers)
    this.size = new DraftSize(maxBytes, storedSize.snapshot, storedSize.log, () => this.answers.stateSize())
  }

  /** Throws a Refusal (CLOSE.draftTooLarge) if `updates` would make the draft larger than its maximum. */
  admit(updates: readonly Uint8Array[]): void {
    this.size.admit(updates)
  }

  /** Appends updates to the stored log; the draft has them once this resolves. */
  async store(updates: Uint8Array[]): Promise<void> {
    await this.stored.append(updates)
    this.size.added(updates)
  }

  /**
   * Applies stored updates to the document and queues what they changed for every connection but `origin`
   * (null: the room's own updates, for every connection).
   */
  apply(updates: Uint8Array[], origin: Peer | null): void {
    const collect = (u: Uint8Array, from: unknown) => this.fanOut.push(u, (from as Peer | null) ?? null)
    this.doc.on('update', collect)
    try {
      for (const u of updates) Y.applyUpdate(this.doc, u, origin)
    } finally {
      this.doc.off('update', collect)
      this.answers.changed()
    }
  }

  /** Compacts the stored log if it has grown long. */
  async compactIfLong(): Promise<void> {
    if (this.stored.long) await this.compact()
  }

  /** Stores the whole state as one snapshot and empties the log (then the draft's size is known exactly). */
  async compact(): Promise<void> {
    const bytes = await this.stored.compact(this.doc)
    if (bytes !== null) this.size.measured(bytes)
  }

  /** Drops what waits to be sent and frees the document. */
  destroy(): void {
    this.fanOut.destroy()
    this.doc.destroy()
  }
}
