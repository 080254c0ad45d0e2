import * as idb from 'lib0/indexeddb'
import { IndexeddbPersistence, storeState } from 'y-indexeddb'
import * as Y from 'yjs'
import type { Role } from '../../../schema/index.ts'

/** What this browser noted about the changes one Y.Doc client (one page) made to the local copy. */
export interface LedgerEntry {
  /** The Yjs client id of the page. */
  client: number
  /** How far the page's own changes went (its clock in the draft) when the entry was written. */
  clock: number
  /** How far the server had confirmed storing them. */
  confirmed: number
  /** How many of its transactions the server had not yet confirmed. */
  unsent: number
}

// y-indexeddb's database has an `updates` store (the Y.Doc's updates) and a `custom` store for the page's own
// values, where the ledger keeps one entry per client so that two tabs never write the same key.
const CUSTOM = 'custom'
const UPDATES = 'updates'
const LEDGER = 'ledger:'

/**
 * The IndexedDB database of a draft's local copy. Named per draft and per the token's role and delegation, so
 * that two delegations (or a delegation and the facilitator) using one browser never share a copy, and one
 * never sends the other's words with its own token.
 */
export const localCopyName = (draftId: string, who: { delegation: string; role: Role }): string =>
  `penholder:${encodeURIComponent(draftId)}:${who.role}:${encodeURIComponent(who.delegation)}`

/** Whether this browser offers IndexedDB at all (not in some private modes, nor in Node). */
const hasIndexedDB = (): boolean => {
  try {
    return typeof globalThis.indexedDB?.open === 'function'
  } catch {
    return false
  }
}

/** Resolves when an IndexedDB request succeeds, rejects with what failed. */
const done = <T>(request: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error)
  })

/** Runs `write` once the page has drawn the frame it is working on (at once where there are no frames). */
function afterNextPaint(write: () => void): void {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(write, 0))
  else setTimeout(write, 0)
}

/**
 * This browser's copy of a draft in IndexedDB (y-indexeddb): every update of the page's Y.Doc, its own and the
 * server's, is written as it happens, so that what the delegate typed survives a closed tab or a sleeping laptop
 * and the draft opens without the server. Besides the updates it keeps the ledger of unsent changes (see
 * `UnsentLedger`).
 *
 * The updates are written just after the frame that shows them, not as y-indexeddb would, inside the key press:
 * a write costs the page a fraction of a millisecond, and now and then much more, which the typist would feel
 * as a late letter. The updates of one frame go as one; a page being closed or hidden writes what waits at once.
 */
export class LocalCopy {
  /**
   * Resolves once the stored copy has been applied to the Y.Doc: true if the Y.Doc then holds a draft, false if
   * it is still empty (nothing was stored) or the database could not be opened (storage full or refused).
   */
  readonly loaded: Promise<boolean>
  private closed = false
  /** Updates waiting to be written after the frame. */
  private waiting: Uint8Array[] = []
  private readonly onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === this.persistence || this.closed) return
    if (this.waiting.push(update) === 1) afterNextPaint(this.write)
  }
  private readonly write = () => {
    if (this.closed || this.waiting.length === 0) return
    const updates = this.waiting
    this.waiting = []
    this.persistence._storeUpdate(updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates), null)
  }

  private constructor(
    private readonly persistence: IndexeddbPersistence,
    private readonly ydoc: Y.Doc,
  ) {
    // y-indexeddb never settles `whenSynced` when the database fails to open: the failure settles instead.
    const failed = persistence._db.then(
      () => new Promise<never>(() => {}),
      () => false,
    )
    this.loaded = Promise.race([persistence.whenSynced.then(() => ydoc.store.clients.size > 0), failed])
    ydoc.off('update', persistence._storeUpdate)
    ydoc.on('update', this.onUpdate)
    globalThis.addEventListener?.('pagehide', this.write)
    globalThis.document?.addEventListener('visibilitychange', this.write)
  }

  /**
   * Opens (or creates) the local copy named `name` and starts loading it into `ydoc`; from now on every update
   * of `ydoc` is written to it. Null where the browser has no IndexedDB.
   */
  static open(name: string, ydoc: Y.Doc): LocalCopy | null {
    if (!hasIndexedDB()) return null
    return new LocalCopy(new IndexeddbPersistence(name, ydoc), ydoc)
  }

  /** The origin of the updates the copy applies to the Y.Doc as it loads: changes that are not the page's. */
  get origin(): object {
    return this.persistence
  }

  /** The ledger's entries, as they were stored. */
  async entries(): Promise<LedgerEntry[]> {
    const db = await this.persistence._db
    const [store] = idb.transact(db, [CUSTOM], 'readonly')
    const values = await done(store!.getAll(IDBKeyRange.bound(LEDGER, `${LEDGER}\uffff`)))
    return (values as unknown[]).filter(isLedgerEntry)
  }

  /**
   * Compacts the stored copy into one update when it holds several. y-indexeddb adds an update for every change
   * and, at each opening, the whole state it had before loading (the server's, when that answered first), and
   * only compacts past 500 of them, so a draft reopened often is decoded several times over at each opening.
   * Meant to run once the draft is on the screen: encoding the state costs the page a moment.
   */
  async compact(): Promise<void> {
    if (this.closed || !this.persistence.synced || this.persistence._dbsize <= 1) return
    this.write()
    await storeState(this.persistence, true)
  }

  /** Writes a client's ledger entry (nothing once the copy is closed). */
  putEntry(entry: LedgerEntry): void {
    if (this.closed) return
    this.persistence.set(LEDGER + entry.client, entry as never).catch(() => {})
  }

  /** Removes a client's ledger entry: the server holds everything that page wrote. */
  deleteEntry(client: number): void {
    if (this.closed) return
    this.persistence.del(LEDGER + client).catch(() => {})
  }

  /**
   * Replaces the copy with `state` (an update holding a whole draft: the server's, after it refused this page's
   * changes) and an empty ledger, and stops writing the page's Y.Doc to it: the page is about to start over.
   */
  async replace(state: Uint8Array): Promise<void> {
    await this.close()
    const db = await idb.openDB(this.persistence.name, () => {})
    try {
      const [updates, custom] = idb.transact(db, [UPDATES, CUSTOM])
      await Promise.all([done(updates!.clear()), done(custom!.clear())])
      await done(updates!.add(state))
    } finally {
      db.close()
    }
  }

  /**
   * Stops writing and deletes the copy: the server refused what it holds, and sending it again from a later
   * page would be refused again.
   */
  async discard(): Promise<void> {
    await this.close()
    await new Promise<void>((resolve) => {
      const request = indexedDB.deleteDatabase(this.persistence.name)
      // Blocked: another tab still has the copy open; it is deleted once that tab lets go.
      request.onsuccess = request.onerror = request.onblocked = () => resolve()
    })
  }

  /** Stops writing the page's Y.Doc to the copy (updates not yet written are dropped). */
  async close(): Promise<void> {
    if (this.closed) return
    this.closed = true
    this.waiting = []
    this.ydoc.off('update', this.onUpdate)
    globalThis.removeEventListener?.('pagehide', this.write)
    globalThis.document?.removeEventListener('visibilitychange', this.write)
    await this.persistence.destroy().catch(() => {})
  }
}

function isLedgerEntry(value: unknown): value is LedgerEntry {
  if (typeof value !== 'object' || value === null) return false
  const { client, clock, confirmed, unsent } = value as Record<string, unknown>
  return [client, clock, confirmed, unsent].every((n) => typeof n === 'number' && Number.isFinite(n))
}
