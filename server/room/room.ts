import * as decoding from 'lib0/decoding'
import {
  Awareness,
  applyAwarenessUpdate,
  encodeAwarenessUpdate,
  removeAwarenessStates,
} from 'y-protocols/awareness'
import * as Y from 'yjs'
import {
  type AmendmentRecord,
  CLOSE,
  markedWords,
  parseSeen,
  SCHEMA_VERSION,
  type Seen,
  SHARED,
  type WalkTypes,
} from '../../schema/index.ts'
import { InvalidDocumentError } from '../convert/index.ts'
import { draftDocFromStore, listedFields, newDraftDoc } from '../drafts/ydoc.ts'
import type { Log } from '../log.ts'
import { readRecord, type UpdateChange, writeRecord } from '../model/index.ts'
import type { Policies } from '../policy/index.ts'
import type { DraftFields, Storage } from '../storage/index.ts'
import { validateChange } from '../validate/index.ts'
import { guardAwareness } from './awareness-guard.ts'
import { describeChange } from './describe-change.ts'
import { outdatedBy } from './outdate.ts'
import type { Peer } from './peer.ts'
import { isPlainInsertion } from './plain-insertion.ts'
import {
  awarenessMessage,
  MESSAGE,
  SYNC,
  syncStep1Message,
  syncStep2Message,
  updateMessage,
} from './protocol.ts'
import { Refusal } from './refusal.ts'
import { type Crossed, leftoversOf, type Swept, sweepLeftovers } from './sweep.ts'

/** What a room needs from the server. */
export interface RoomOptions {
  storage: Storage
  policies: Policies
  log: Log
  /** Compact the stored log into one state once it holds this many updates. */
  compactEvery: number
  /** Gather awareness changes for this long (ms) and forward them together, so a flood costs little. */
  awarenessDelay: number
}

// The origin of transactions on the staging copy, to tell the incoming update's transaction from the
// formatting clean-up Yjs runs after it.
const STAGING = Symbol('staging')
// The origin of the server's own changes (amendments it marks outdated, leftover marks of decided amendments it
// gives to new proposals), sent to every connection.
const SERVER = Symbol('server')
// Updates that took the fast path wait for the staging copy's next use; past this many it is dropped instead
// and made afresh from the draft when needed.
const MAX_STAGING_LAG = 256

/**
 * One draft being edited: its shared document, a staging copy kept in step with it, the awareness of its
 * connections, and the connections. Every message of every connection goes through one queue, so updates are
 * checked, stored and forwarded in the order they arrived, and a sync reply never shows what is not stored.
 *
 * An incoming update is applied first to the staging copy (Yjs cannot undo an applied update); what it changed
 * goes to the policy of the sender's role and to the schema validation; only then is it stored, applied to the
 * real document and forwarded. A refused update closes its connection and the staging copy is rebuilt. If an
 * accepted update changed the words of another delegation's pending amendment, the room marks it outdated; if
 * it left marks of an amendment already decided (edits that crossed the decision), the room gives them to a new
 * proposal of the same delegation.
 * Plain typing by a role whose policy is unrestricted (see `isPlainInsertion`) cannot break the schema or
 * outdate an amendment: it is stored and forwarded at once, and reaches the staging copy when that is next used.
 */
export class Room {
  readonly awareness: Awareness
  private stagingDoc: Y.Doc | null = null
  /** Accepted updates the staging copy has not had yet (they took the fast path). */
  private stagingLag: Uint8Array[] = []
  private stagedTransaction: Y.Transaction | null = null
  private stagedUpdates: Uint8Array[] = []
  private readonly peers = new Map<Peer, Set<number>>()
  private readonly awarenessOwners = new Map<number, Peer>()
  private pendingAwareness = new Set<number>()
  private awarenessTimer: NodeJS.Timeout | null = null
  private queue: Promise<void> = Promise.resolve()
  private reservations = 0
  private logLength: number
  private lastSeq: number
  private fields: DraftFields
  private destroyedFlag = false
  /** Called when the last connection has left and no other is on its way. */
  onIdle: ((room: Room) => void) | null = null

  private constructor(
    readonly id: string,
    readonly doc: Y.Doc,
    stored: { logLength: number; lastSeq: number; fields: DraftFields },
    private readonly options: RoomOptions,
  ) {
    this.logLength = stored.logLength
    this.lastSeq = stored.lastSeq
    this.fields = stored.fields
    this.awareness = new Awareness(doc)
    this.awareness.setLocalState(null)
    this.awareness.on('update', ({ added, updated, removed }: Record<string, number[]>) => {
      for (const client of [...added!, ...updated!, ...removed!]) this.pendingAwareness.add(client)
      this.awarenessTimer ??= setTimeout(() => this.flushAwareness(), this.options.awarenessDelay)
    })
  }

  /** Loads a draft's stored state into a new room; null if there is no such draft. */
  static async load(id: string, options: RoomOptions): Promise<Room | null> {
    const started = performance.now()
    const stored = await options.storage.loadDraft(id)
    if (!stored) return null
    let migration: Uint8Array | null = null
    const doc = draftDocFromStore(stored, (update) => {
      migration = update
    })
    let { lastSeq } = stored
    if (migration) {
      lastSeq = await options.storage.appendUpdate(id, migration)
      options.log('room.migrate', { draft: id, schemaVersion: SCHEMA_VERSION })
    }
    const room = new Room(
      id,
      doc,
      { logLength: stored.updates.length + (migration ? 1 : 0), lastSeq, fields: stored.meta },
      options,
    )
    options.log('room.load', {
      draft: id,
      updates: stored.updates.length,
      ms: Math.round(performance.now() - started),
    })
    return room
  }

  /** Whether the room has been unloaded; a destroyed room takes no connections. */
  get destroyed(): boolean {
    return this.destroyedFlag
  }

  /** No connection is in the room and none is about to join. */
  get idle(): boolean {
    return this.peers.size === 0 && this.reservations === 0
  }

  /** The connections in the room. */
  get connections(): Peer[] {
    return [...this.peers.keys()]
  }

  /** Holds the room loaded for a connection that is about to join (its WebSocket is being opened). */
  reserve(): void {
    this.reservations++
  }

  /** Gives up a reservation whose connection never joined. */
  release(): void {
    this.reservations--
    if (this.idle) this.onIdle?.(this)
  }

  /** Adds a reserved connection and asks it for what the server lacks (sync step 1). */
  join(peer: Peer): void {
    this.reservations--
    this.peers.set(peer, new Set())
    peer.send(syncStep1Message(this.doc))
    if (this.awareness.getStates().size > 0) {
      peer.send(
        awarenessMessage(encodeAwarenessUpdate(this.awareness, [...this.awareness.getStates().keys()])),
      )
    }
  }

  /** Removes a connection (closed by either side) and its awareness states. */
  leave(peer: Peer): void {
    const clients = this.peers.get(peer)
    if (!clients) return
    this.peers.delete(peer)
    for (const client of clients) this.awarenessOwners.delete(client)
    removeAwarenessStates(this.awareness, [...clients], null)
    if (this.idle) this.onIdle?.(this)
  }

  /** Queues a message from a connection; resolves when it has been handled. */
  receive(peer: Peer, data: Uint8Array): Promise<void> {
    const handled = this.queue.then(() => this.handle(peer, data))
    this.queue = handled.catch(() => {})
    return handled
  }

  /** Stores the whole state as one snapshot and empties the log, after every queued message is handled. */
  compact(): Promise<void> {
    const done = this.queue.then(() => this.compactNow())
    this.queue = done.catch(() => {})
    return done
  }

  /** Stops the room's timers and frees its documents. The caller has compacted it and closed its connections. */
  destroy(): void {
    this.destroyedFlag = true
    if (this.awarenessTimer) clearTimeout(this.awarenessTimer)
    this.awareness.destroy()
    this.stagingDoc?.destroy()
    this.doc.destroy()
  }

  private async handle(peer: Peer, data: Uint8Array): Promise<void> {
    if (peer.closed || this.destroyedFlag || !this.peers.has(peer)) return
    try {
      await this.dispatch(peer, data)
    } catch (e) {
      if (e instanceof Refusal) {
        this.refuse(peer, e)
        return
      }
      this.options.log('room.error', { draft: this.id, error: (e as Error).message })
      peer.close(1011, 'internal error')
    }
  }

  private async dispatch(peer: Peer, data: Uint8Array): Promise<void> {
    const decoder = decoding.createDecoder(data)
    const read = <T>(f: () => T): T => {
      try {
        return f()
      } catch (e) {
        throw new Refusal(CLOSE.malformed, `not a y-websocket message: ${(e as Error).message}`)
      }
    }
    const type = read(() => decoding.readVarUint(decoder))
    if (type === MESSAGE.sync) {
      const step = read(() => decoding.readVarUint(decoder))
      const payload = read(() => decoding.readVarUint8Array(decoder))
      if (step === SYNC.step1) {
        peer.send(syncStep2Message(read(() => Y.encodeStateAsUpdate(this.doc, payload))))
      } else if (step === SYNC.step2 || step === SYNC.update) {
        await this.receiveUpdate(peer, payload)
      } else {
        throw new Refusal(CLOSE.malformed, `unknown sync message type ${step}`)
      }
    } else if (type === MESSAGE.awareness) {
      this.receiveAwareness(
        peer,
        read(() => decoding.readVarUint8Array(decoder)),
      )
    } else if (type === MESSAGE.queryAwareness) {
      peer.send(
        awarenessMessage(encodeAwarenessUpdate(this.awareness, [...this.awareness.getStates().keys()])),
      )
    } else if (type !== MESSAGE.auth) {
      throw new Refusal(CLOSE.malformed, `unknown message type ${type}`)
    }
  }

  private async receiveUpdate(peer: Peer, update: Uint8Array): Promise<void> {
    if (this.options.policies[peer.identity.role].unrestricted && isPlainInsertion(this.doc, update)) {
      // Plain typing by a role that may change anything: nothing to check (see isPlainInsertion).
      await this.store([update])
      this.applyAndForward([update], peer)
      this.lagStaging(update)
      await this.compactIfLong()
      return
    }
    const staging = this.staging
    this.stagedTransaction = null
    this.stagedUpdates = []
    try {
      Y.applyUpdate(staging, update, STAGING)
    } catch (e) {
      this.rebuildStaging()
      throw new Refusal(CLOSE.malformed, `not a Yjs update: ${(e as Error).message}`)
    }
    const { pendingStructs, pendingDs } = staging.store
    if (pendingStructs || pendingDs) {
      this.rebuildStaging()
      throw new Refusal(CLOSE.malformed, 'the update depends on changes the server does not have')
    }
    const transaction = this.stagedTransaction as Y.Transaction | null
    const staged = this.stagedUpdates
    if (!transaction || staged.length === 0) return // nothing new: a sync reply the server already had
    let outdated: AmendmentRecord[]
    let leftovers: Map<string, boolean>
    let crossed: Map<string, Crossed>
    try {
      const change = describeChange(transaction, staging, this.doc)
      const verdict = this.options.policies[peer.identity.role](change, peer.identity)
      if (!verdict.allow) throw new Refusal(CLOSE.forbidden, verdict.reason)
      validateChange(change)
      outdated = this.outdatedBy(change, peer)
      leftovers = this.leftoversOf(change)
      crossed = this.crossedBy(leftovers)
    } catch (e) {
      this.rebuildStaging()
      if (e instanceof InvalidDocumentError) throw new Refusal(CLOSE.invalidDocument, e.message)
      throw e
    }
    // Accepted. Stored before the real document (and so any other connection) sees it.
    await this.store(staged)
    this.applyAndForward([update], peer)
    if (outdated.length > 0 || leftovers.size > 0) await this.followUp(outdated, leftovers, crossed)
    await this.compactIfLong()
  }

  private async compactIfLong(): Promise<void> {
    if (this.logLength >= this.options.compactEvery) await this.compactNow()
  }

  /** The amendments an accepted update made outdated; none if that cannot be worked out (it is logged). */
  private outdatedBy(change: UpdateChange, peer: Peer): AmendmentRecord[] {
    try {
      return outdatedBy(change, peer.identity.delegation, Date.now())
    } catch (e) {
      this.options.log('room.error', {
        draft: this.id,
        error: `outdated amendments: ${(e as Error).message}`,
      })
      return []
    }
  }

  /** The decided amendments an accepted update left marks of; none if that cannot be worked out (it is logged). */
  private leftoversOf(change: UpdateChange): Map<string, boolean> {
    try {
      return leftoversOf(change)
    } catch (e) {
      this.options.log('room.error', { draft: this.id, error: `decided amendments: ${(e as Error).message}` })
      return new Map()
    }
  }

  /**
   * The marks of decided amendments whose decision says what the facilitator's editor showed of them (the
   * record's `seen`), each with the words it covers in the draft as it stands before the update, by formatting
   * key: what the sweep needs to give the words marked meanwhile to a new proposal (see sweep.ts). Read before
   * the update is applied to the draft; none if that cannot be worked out (it is logged).
   */
  private crossedBy(leftovers: ReadonlyMap<string, boolean>): Map<string, Crossed> {
    const out = new Map<string, Crossed>()
    try {
      const records = this.staging.getMap<unknown>(SHARED.amendments)
      const seen = new Map<string, Seen>()
      for (const id of leftovers.keys()) {
        const value = records.get(id)
        const record = value === undefined ? undefined : readRecord(value, `amendments.${id}`)
        if (record?.seen !== undefined) seen.set(id, parseSeen(record.seen, `amendments.${id}.seen`))
      }
      if (seen.size === 0) return out
      const fragment = this.doc.getXmlFragment(SHARED.document)
      for (const [key, words] of markedWords(fragment, new Set(seen.keys()), Y as unknown as WalkTypes)) {
        out.set(key, { words, seen: seen.get(words.id)! })
      }
    } catch (e) {
      this.options.log('room.error', { draft: this.id, error: `crossed decisions: ${(e as Error).message}` })
    }
    return out
  }

  /**
   * Writes the server's own update after an accepted one: the outdated status of amendments, and the leftovers
   * of decided amendments given to new proposals of their delegations (see sweep.ts). Made on the staging copy,
   * stored, then applied to the draft and sent to every connection, like an accepted update. It never passes the
   * checks, so it cannot set off another. A sweep whose result the schema would not allow is dropped (and
   * logged), the rest written.
   */
  private async followUp(
    records: AmendmentRecord[],
    leftovers: Map<string, boolean>,
    crossed: ReadonlyMap<string, Crossed> = new Map(),
  ): Promise<void> {
    const staging = this.staging
    this.stagedUpdates = []
    let swept: Swept = { rehomed: [], records: [], emptied: [] }
    try {
      staging.transact(() => {
        const map = staging.getMap(SHARED.amendments)
        for (const record of records) writeRecord(map, record)
        swept = sweepLeftovers(staging, leftovers, Date.now(), crossed)
      }, SERVER)
    } catch (e) {
      this.rebuildStaging()
      this.options.log('room.error', { draft: this.id, error: `sweep: ${(e as Error).message}` })
      if (records.length > 0) await this.followUp(records, new Map())
      return
    }
    const staged = this.stagedUpdates
    if (staged.length === 0) return
    await this.store(staged)
    this.applyAndForward(staged, SERVER)
    if (records.length > 0) {
      this.options.log('amendments.outdated', {
        draft: this.id,
        amendments: records.map((r) => r.id).join(','),
      })
    }
    const { rehomed, emptied } = swept
    if (rehomed.length > 0 || emptied.length > 0) {
      const decision = (id: string) => (leftovers.get(id) ? 'accepted' : 'not accepted')
      this.options.log('amendments.swept', {
        draft: this.id,
        amendments: [...new Set([...rehomed.map((r) => r.decided), ...emptied])].join(','),
        rehomed: rehomed
          .map((r) => `${r.decided} (${decision(r.decided)}) -> ${r.id} (${r.delegation})`)
          .join(', '),
        emptied: emptied.join(','),
      })
    }
  }

  /** Appends updates to the stored log; on failure the staging copy, which holds them, is rebuilt. */
  private async store(updates: Uint8Array[]): Promise<void> {
    try {
      for (const u of updates) this.lastSeq = await this.options.storage.appendUpdate(this.id, u)
    } catch (e) {
      this.rebuildStaging()
      throw e
    }
    this.logLength += updates.length
  }

  /** Applies stored updates to the draft and sends what they changed to every connection but `origin`. */
  private applyAndForward(updates: Uint8Array[], origin: Peer | typeof SERVER): void {
    const outgoing: [Uint8Array, unknown][] = []
    const collect = (u: Uint8Array, from: unknown) => outgoing.push([u, from])
    this.doc.on('update', collect)
    try {
      for (const u of updates) Y.applyUpdate(this.doc, u, origin)
    } finally {
      this.doc.off('update', collect)
    }
    for (const [u, from] of outgoing) {
      const message = updateMessage(u)
      for (const other of this.peers.keys()) if (other !== from) other.send(message)
    }
  }

  private receiveAwareness(peer: Peer, update: Uint8Array): void {
    const owned = this.peers.get(peer)!
    const guarded = guardAwareness(update, peer.identity, (client) => {
      const owner = this.awarenessOwners.get(client)
      return owner !== undefined && owner !== peer
    })
    if ('dropped' in guarded) {
      this.options.log('awareness.dropped', { draft: this.id, ...who(peer), reason: guarded.dropped })
      return
    }
    applyAwarenessUpdate(this.awareness, guarded.update, peer)
    for (const { clientID, state } of guarded.entries) {
      if (state === null) {
        owned.delete(clientID)
        this.awarenessOwners.delete(clientID)
      } else {
        owned.add(clientID)
        this.awarenessOwners.set(clientID, peer)
      }
    }
  }

  private flushAwareness(): void {
    this.awarenessTimer = null
    const clients = [...this.pendingAwareness]
    this.pendingAwareness.clear()
    if (clients.length === 0 || this.destroyedFlag) return
    const message = awarenessMessage(encodeAwarenessUpdate(this.awareness, clients))
    for (const peer of this.peers.keys()) peer.send(message)
  }

  private refuse(peer: Peer, refusal: Refusal): void {
    this.options.log('update.refused', {
      draft: this.id,
      ...who(peer),
      code: refusal.code,
      reason: refusal.reason,
    })
    // A close reason is at most 123 bytes.
    peer.close(
      refusal.code,
      Buffer.from(refusal.reason)
        .subarray(0, 120)
        .toString()
        .replace(/\uFFFD$/, ''),
    )
  }

  private async compactNow(): Promise<void> {
    if (this.logLength === 0) return
    const started = performance.now()
    const state = Y.encodeStateAsUpdate(this.doc)
    try {
      this.fields = listedFields(this.doc)
    } catch (e) {
      // Every accepted update was validated, so only a stored state written by hand gets here; keep its listing.
      this.options.log('room.unreadable', { draft: this.id, error: (e as Error).message })
    }
    await this.options.storage.compact(this.id, state, this.lastSeq, this.fields)
    this.options.log('room.compact', {
      draft: this.id,
      updates: this.logLength,
      bytes: state.byteLength,
      ms: Math.round(performance.now() - started),
    })
    this.logLength = 0
  }

  private makeStaging(): Y.Doc {
    const staging = newDraftDoc()
    Y.applyUpdate(staging, Y.encodeStateAsUpdate(this.doc))
    staging.on('afterTransaction', (transaction: Y.Transaction) => {
      if (transaction.origin === STAGING && !this.stagedTransaction) this.stagedTransaction = transaction
    })
    staging.on('update', (u: Uint8Array, origin: unknown) => {
      if (origin === STAGING || origin === SERVER) this.stagedUpdates.push(u)
    })
    return staging
  }

  // Made on first use, not when the room loads: a room that only serves readers never needs one, and the
  // first sync of a draft with a long log does not wait for a second copy of it. Brought up to date with the
  // draft here, so that plain typing never waits for it.
  private get staging(): Y.Doc {
    if (!this.stagingDoc) {
      this.stagingDoc = this.makeStaging()
    } else if (this.stagingLag.length > 0) {
      const staging = this.stagingDoc
      staging.transact(() => {
        for (const update of this.stagingLag) Y.applyUpdate(staging, update)
      })
    }
    this.stagingLag = []
    return this.stagingDoc
  }

  /** Notes an update applied to the draft but not to the staging copy. */
  private lagStaging(update: Uint8Array): void {
    if (!this.stagingDoc) return
    if (this.stagingLag.length < MAX_STAGING_LAG) this.stagingLag.push(update)
    else this.rebuildStaging()
  }

  private rebuildStaging(): void {
    this.stagingDoc?.destroy()
    this.stagingDoc = null
    this.stagingLag = []
  }
}

/** How a connection is named in the log: its delegation, role and token id, never its token. */
const who = (peer: Peer) => ({
  delegation: peer.identity.delegation,
  role: peer.identity.role,
  token: peer.identity.tokenId,
})
