import * as Y from 'yjs'
import { listedFields } from '../drafts/ydoc.ts'
import type { Log } from '../log.ts'
import type { DraftFields, Storage } from '../storage/index.ts'

/** Where a draft's stored log stands when its room loads it. */
export interface LogState {
  /** How many updates the log holds since the last snapshot. */
  length: number
  /** The sequence number of the last update stored. */
  lastSeq: number
  /** What the draft is listed by, as last stored. */
  fields: DraftFields
}

/**
 * Thrown by an append on top of a sequence number that is no longer the draft's last: another process appended
 * meanwhile, so the room must catch up from the store and check its update again. Nothing was stored.
 */
export class StoreMoved extends Error {
  constructor(draft: string, after: number) {
    super(`draft ${draft}: another process stored an update after ${after}; catch up and check again`)
  }
}

/** The sequence numbers of updates just appended: the draft's last before them, and the last of them. */
export interface Appended {
  after: number
  seq: number
}

/**
 * A room's side of its draft in storage: the accepted updates appended to the log, and the log compacted into
 * one snapshot every so many updates and when the room unloads, so that reopening a draft never replays more.
 */
export class StoredLog {
  private length: number
  private lastSeq: number
  private fields: DraftFields

  constructor(
    private readonly draft: string,
    private readonly storage: Storage,
    private readonly log: Log,
    /** Compact once the log holds this many updates. */
    private readonly compactEvery: number,
    state: LogState,
    /**
     * Whether other processes append to the draft too (`--redis`): then each append is made only on top of the
     * last update this room has (`Storage.appendAfter`), and throws StoreMoved if another came first.
     */
    private readonly shared = false,
  ) {
    this.length = state.length
    this.lastSeq = state.lastSeq
    this.fields = state.fields
  }

  /** Whether the log has grown long enough to be compacted. */
  get long(): boolean {
    return this.length >= this.compactEvery
  }

  /** The sequence number of the last update the room has. */
  get last(): number {
    return this.lastSeq
  }

  /** Appends updates to the log, in order; throws StoreMoved (nothing stored) if another process came first. */
  async append(updates: Uint8Array[]): Promise<Appended> {
    const after = this.lastSeq
    if (this.shared) {
      const seq = await this.storage.appendAfter(this.draft, updates, after)
      if (seq === null) throw new StoreMoved(this.draft, after)
      this.lastSeq = seq
    } else {
      for (const u of updates) this.lastSeq = await this.storage.appendUpdate(this.draft, u)
    }
    this.length += updates.length
    return { after, seq: this.lastSeq }
  }

  /** Notes updates another process stored, up to sequence number `seq` (`count` of them in the log). */
  advance(seq: number, count: number): void {
    this.lastSeq = seq
    this.length += count
  }

  /**
   * Stores the whole state of `doc`, the draft, as one snapshot and empties the log. Resolves to the size of
   * the state stored, or null if the log was empty and nothing was stored.
   */
  async compact(doc: Y.Doc): Promise<number | null> {
    if (this.length === 0) return null
    const started = performance.now()
    const state = Y.encodeStateAsUpdate(doc)
    try {
      this.fields = listedFields(doc)
    } catch (e) {
      // Every accepted update was validated, so only a stored state written by hand gets here; keep its listing.
      this.log('room.unreadable', { draft: this.draft, error: (e as Error).message })
    }
    await this.storage.compact(this.draft, state, this.lastSeq, this.fields)
    this.log('room.compact', {
      draft: this.draft,
      updates: this.length,
      bytes: state.byteLength,
      ms: Math.round(performance.now() - started),
    })
    this.length = 0
    return state.byteLength
  }
}
