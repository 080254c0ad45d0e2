import type * as Y from 'yjs'
import type { LiveDraft } from './live-draft.ts'
import type { Peer } from './peer.ts'
import { isPlainInsertion } from './plain-insertion.ts'
import type { StagingCopy } from './staging.ts'
import { StoreMoved } from './stored-log.ts'

/** A plain insertion accepted and waiting to be stored with the others of its batch. */
interface Typed {
  peer: Peer
  update: Uint8Array
  /** The draft's last stored sequence number when it was checked. */
  at: number
}

/** What plain typing works on: the room's draft and copy, and the room's ways of storing and of judging. */
export interface TypingParts {
  doc: Y.Doc
  draft: LiveDraft
  staging: StagingCopy
  /** Stores updates and tells the other processes; throws StoreMoved (nothing stored) if another came first. */
  store(updates: Uint8Array[]): Promise<void>
  /** After an append lost the race to another process: brings the draft up to what the store holds. */
  caughtUp(): Promise<void>
  /** Queues work in the room's queue, after what is queued now. */
  inQueue(work: () => Promise<void>): void
  /** Takes an update that is no longer plain (the draft moved) the full way: staged, judged, hooks. */
  fullPath(peer: Peer, update: Uint8Array): Promise<void>
  /** Closes the connection of an update that could not be stored (too large, the store failed), saying why. */
  failed(peer: Peer, error: unknown): void
}

/**
 * The plain typing of unrestricted roles (`isPlainInsertion`), stored in batches: a keystroke checked against
 * the draft joins the batch, and the batch is stored as one append once the keystrokes queued with it are
 * handled (a task queued after them), or before anything else of the room's queue that reads the draft. So under
 * load one append and one fan-out carry every keystroke that arrived meanwhile, rather than one store round trip
 * (PostgreSQL) and one message to every connection per keystroke; a lone keystroke is stored at once.
 *
 * The keystrokes of one batch are of different clients (a second keystroke of a client continues the first,
 * which the draft does not have yet, so it is not plain against it and takes the full path, after the batch), so
 * they do not depend on one another. Each was checked against the draft as it was then; if the draft has moved
 * since (another process's update taken, a lost race caught up), it is checked again before it is stored, and
 * one that is no longer plain is taken after the batch, the full way.
 */
export class PlainTyping {
  private batch: Typed[] = []

  constructor(private readonly parts: TypingParts) {}

  /**
   * Takes `update` into the batch if it is a plain insertion that keeps the draft under its maximum size (else
   * false: the caller takes it the full way, after `flush`). Throws the size's Refusal.
   */
  accept(peer: Peer, update: Uint8Array): boolean {
    const { draft, doc } = this.parts
    if (!isPlainInsertion(doc, update)) return false
    draft.admit([...this.batch.map((t) => t.update), update])
    if (this.batch.length === 0) this.parts.inQueue(() => this.flush())
    this.batch.push({ peer, update, at: draft.lastSeq })
    return true
  }

  /** Stores the batch, then applies it to the draft and hands it to the fan-out (run in the room's queue). */
  async flush(): Promise<void> {
    while (this.batch.length > 0) {
      const { draft, doc } = this.parts
      const seq = draft.lastSeq
      const typed: Typed[] = []
      const later: Typed[] = []
      // One checked before the draft moved is checked again against it as it now is.
      for (const t of this.batch) (t.at === seq || isPlainInsertion(doc, t.update) ? typed : later).push(t)
      this.batch = []
      for (const t of typed) t.at = seq
      const updates = typed.map((t) => t.update)
      try {
        if (updates.length > 0) {
          draft.admit(updates)
          await this.parts.store(updates)
        }
      } catch (e) {
        if (!(e instanceof StoreMoved)) {
          for (const t of [...typed, ...later]) this.parts.failed(t.peer, e)
          return
        }
        // Another process stored first: catch up, then the same keystrokes are checked again.
        await this.parts.caughtUp()
        this.batch = [...typed, ...later]
        continue
      }
      for (const t of typed) {
        this.parts.draft.apply([t.update], t.peer)
        this.parts.staging.lagBehind(t.update)
      }
      if (typed.length > 0) await draft.compactIfLong()
      for (const t of later) await this.parts.fullPath(t.peer, t.update)
    }
  }

  /** Drops what waits to be stored (the room unloads without it: never stored, never sent, as if never received). */
  clear(): void {
    this.batch = []
  }
}
