import * as Y from 'yjs'
import { CLOSE } from '../../schema/index.ts'
import { newDraftDoc } from '../drafts/ydoc.ts'
import { Refusal } from './refusal.ts'

// The origin of an incoming update's transaction on the copy, to tell it from the formatting clean-up Yjs runs
// after it.
const INCOMING = Symbol('incoming')
// The origin of the room's own changes (see `write`).
const OWN = Symbol('own')
// Updates that took the fast path wait for the copy's next use; past this many it is dropped instead and made
// afresh from the draft when needed.
const MAX_LAG = 256

/** An incoming update as applied to the staging copy: its transaction, and every update it produced there. */
export interface Staged {
  /** The staging copy with the update applied. */
  doc: Y.Doc
  transaction: Y.Transaction
  /** The update itself and what Yjs's clean-up after it wrote, in order: what the room stores. */
  updates: Uint8Array[]
}

/**
 * The staging copy of a draft, on which updates are checked before the draft has them: Yjs cannot take back an
 * applied update, so an update is applied here first, described, judged and validated, and only then stored
 * and applied to the draft. A refused update leaves the copy ahead of the draft: the room then discards it.
 *
 * The copy is made on first use, not when the room loads: a room that only serves readers never needs one, and
 * the first sync of a draft with a long log does not wait for a second copy of it. Updates the draft takes
 * without the copy (plain typing, see `isPlainInsertion`) are applied to it when it is next used, so that
 * plain typing never waits for it.
 */
export class StagingCopy {
  private doc: Y.Doc | null = null
  /** Accepted updates the copy has not had yet (they took the fast path). */
  private lag: Uint8Array[] = []
  private transaction: Y.Transaction | null = null
  private updates: Uint8Array[] = []

  /** A staging copy of `draft`, the room's shared document. */
  constructor(private readonly draft: Y.Doc) {}

  /**
   * Applies an incoming update to the copy. Null if it brought nothing new (a sync reply the server already
   * had). Throws a Refusal (malformed), and discards the copy, if it is not a Yjs update or depends on changes
   * the server does not have.
   */
  stage(update: Uint8Array): Staged | null {
    const doc = this.current
    this.transaction = null
    this.updates = []
    try {
      Y.applyUpdate(doc, update, INCOMING)
    } catch (e) {
      this.discard()
      throw new Refusal(CLOSE.malformed, `not a Yjs update: ${(e as Error).message}`)
    }
    const { pendingStructs, pendingDs } = doc.store
    if (pendingStructs || pendingDs) {
      this.discard()
      throw new Refusal(CLOSE.malformed, 'the update depends on changes the server does not have')
    }
    const transaction = this.transaction as Y.Transaction | null
    if (!transaction || this.updates.length === 0) return null
    return { doc, transaction, updates: this.updates }
  }

  /**
   * Makes the room's own change on the copy, in one transaction, and returns the updates it produced, for the
   * room to store and apply to the draft. If `change` throws, the copy is discarded and the error rethrown.
   */
  write(change: (doc: Y.Doc) => void): Uint8Array[] {
    const doc = this.current
    this.updates = []
    try {
      doc.transact(() => change(doc), OWN)
    } catch (e) {
      this.discard()
      throw e
    }
    return this.updates
  }

  /** Notes an update the draft took without the copy. */
  lagBehind(update: Uint8Array): void {
    if (!this.doc) return
    if (this.lag.length < MAX_LAG) this.lag.push(update)
    else this.discard()
  }

  /** Drops the copy (it holds an update the draft will not take); the next use makes it afresh. */
  discard(): void {
    this.doc?.destroy()
    this.doc = null
    this.lag = []
  }

  /** The copy, made or brought up to date with the draft. */
  private get current(): Y.Doc {
    if (!this.doc) {
      this.doc = this.make()
    } else if (this.lag.length > 0) {
      const doc = this.doc
      doc.transact(() => {
        for (const update of this.lag) Y.applyUpdate(doc, update)
      })
    }
    this.lag = []
    return this.doc
  }

  private make(): Y.Doc {
    const doc = newDraftDoc()
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(this.draft))
    doc.on('afterTransaction', (transaction: Y.Transaction) => {
      if (transaction.origin === INCOMING && !this.transaction) this.transaction = transaction
    })
    doc.on('update', (u: Uint8Array, origin: unknown) => {
      if (origin === INCOMING || origin === OWN) this.updates.push(u)
    })
    return doc
  }
}
