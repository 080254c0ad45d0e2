import type { Awareness } from 'y-protocols/awareness'
import type * as Y from 'yjs'
import { CLOSE } from '../../schema/index.ts'
import type { Log } from '../log.ts'
import type { Policies } from '../policy/index.ts'
import type { Storage } from '../storage/index.ts'
import { AwarenessFanOut } from './awareness.ts'
import { type ClusterBus, ClusterLink } from './cluster-link.ts'
import type { DraftStatus } from './draft-status.ts'
import { FullPath } from './full-path.ts'
import type { OwnUpdate, RoomHook } from './hooks.ts'
import { LiveDraft, type StoredSize } from './live-draft.ts'
import type { Peer } from './peer.ts'
import { PlainTyping } from './plain-typing.ts'
import { SerialQueue } from './queue.ts'
import { decodeMessage, type IncomingMessage } from './receiver.ts'
import { ARCHIVED_REASON, closeRefused, Refusal } from './refusal.ts'
import { StagingCopy } from './staging.ts'
import { openStoredDraft } from './stored-draft.ts'
import { type LogState, StoredLog } from './stored-log.ts'

/** What a room needs from the server. */
export interface RoomOptions {
  storage: Storage
  policies: Policies
  /** Run, in order, after each update the room accepts (see `RoomHook`); the server's is the amendment follow-up. */
  hooks: readonly RoomHook[]
  log: Log
  /** Compact the stored log into one state once it holds this many updates. */
  compactEvery: number
  /** Gather awareness changes for this long (ms) and forward them together, so a flood costs little. */
  awarenessDelay: number
  /** An update that would make the draft's encoded state larger than this (bytes) is refused. */
  maxDraftBytes: number
  /** The bus to the other processes serving the same drafts (`--redis`); none when this process is alone. */
  cluster?: ClusterBus
}

/**
 * One draft being edited: its shared document and its connections. Every message of every connection goes
 * through one queue, so updates are checked, stored and forwarded in the order they arrived, and a sync reply
 * never shows what is not stored.
 *
 * Messages are decoded by `receiver.ts`; awareness goes to its fan-out (`awareness.ts`); sync requests are
 * answered from shared encodings of the draft (`sync-answers.ts`). Plain typing by a role whose policy is
 * unrestricted (see `isPlainInsertion`) cannot break the schema or outdate an amendment: it is stored in batches
 * (`plain-typing.ts`), whatever arrived meanwhile in one append, before anything else of the queue reads the
 * draft. Any other update takes the full path (`full-path.ts`): staged, judged by its role's policy, validated,
 * looked at by the hooks (which may ask for updates of the room's own), then stored, applied to the real
 * document and handed to the fan-out (`update-fan-out.ts`), which sends what was accepted at the same time,
 * merged and encoded once, to every connection; a refused update closes its connection.
 * With other processes serving the draft (`cluster-link.ts`), what they stored comes in through the same queue,
 * and an update is stored only on top of the last one the room has; else the room catches up and checks again.
 */
export class Room {
  /** The awareness states of the room's connections. */
  readonly awareness: Awareness
  private readonly fanOut: AwarenessFanOut
  private readonly draft: LiveDraft
  private readonly staging: StagingCopy
  private readonly link: ClusterLink | null
  private readonly plain: PlainTyping
  private readonly peers = new Set<Peer>()
  private readonly full: FullPath
  private readonly queue = new SerialQueue()
  private reservations = 0
  private destroyedFlag = false
  /** The draft was deleted: the room closes its connections and stores nothing more. */
  private deletedFlag = false
  /** When the draft was archived (it then takes no change), or null. */
  private archivedAt: number | null = null
  /** Called when the last connection has left and no other is on its way. */
  onIdle: ((room: Room) => void) | null = null

  private constructor(
    readonly id: string,
    readonly doc: Y.Doc,
    stored: LogState,
    storedSize: StoredSize,
    private readonly options: RoomOptions,
  ) {
    const log = new StoredLog(
      id,
      options.storage,
      options.log,
      options.compactEvery,
      stored,
      !!options.cluster,
    )
    this.draft = new LiveDraft(doc, log, this.peers, options.maxDraftBytes, storedSize)
    this.fanOut = new AwarenessFanOut(doc, this.peers, {
      draft: id,
      log: options.log,
      delay: options.awarenessDelay,
      heldElsewhere: (client) => this.link?.heldElsewhere(client) ?? false,
    })
    this.awareness = this.fanOut.awareness
    this.staging = new StagingCopy(doc)
    const parts = { draft: this.draft, staging: this.staging, awareness: this.awareness, ...options }
    this.link = options.cluster
      ? new ClusterLink(id, options.cluster, {
          ...parts,
          inQueue: (work) => void this.queue.run(work).catch((e: Error) => this.failed('cluster', e)),
          destroyed: () => this.destroyedFlag,
          statusChanged: (status) => this.statusChanged(status),
          heldHere: (client) => this.fanOut.holds(client),
        })
      : null
    this.full = new FullPath({
      id,
      doc,
      draft: this.draft,
      staging: this.staging,
      link: this.link,
      ...options,
      archivedInStore: (at) => {
        this.archivedAt = at
        options.log('room.archived', { draft: id, learned: 'from the store' })
      },
    })
    this.plain = new PlainTyping({
      doc,
      draft: this.draft,
      staging: this.staging,
      store: (updates) => this.full.publishStored(updates, 'update'),
      caughtUp: () => this.link!.afterLostRace(),
      inQueue: (work) => void this.queue.run(work).catch((e: Error) => this.failed('typing', e)),
      fullPath: (peer, update) => this.guarded(peer, () => this.full.accept(peer, update)),
      failed: (peer, error) => closeRefused(options.log, id, peer, error),
    })
  }

  /** Loads a draft's stored state into a new room; null if there is no such draft. */
  static async load(id: string, options: RoomOptions): Promise<Room | null> {
    const opened = await openStoredDraft(id, options.storage, options.log)
    if (!opened) return null
    const room = new Room(id, opened.doc, opened.log, opened.size, options)
    room.archivedAt = opened.archived
    return room
  }

  /**
   * Archives the draft as of `at` (ms since 1970), or opens it again with null: see `refuseIfArchived`. Archiving
   * closes the room's connections with CLOSE.archived, so that every open page turns read-only and says why at
   * once, rather than at its delegate's next keystroke (a page opened afterwards learns it from `/me`).
   */
  setArchived(at: number | null): void {
    this.archivedAt = at
    if (at === null) return
    for (const peer of this.peers) peer.close(CLOSE.archived, ARCHIVED_REASON)
  }

  /**
   * Applies a change of the draft's standing, made by this process or announced by another: archived or opened
   * again (see `refuseIfArchived`), or deleted: every connection is closed with CLOSE.deleted.
   */
  statusChanged(status: DraftStatus): void {
    if ('archived' in status) {
      this.setArchived(status.archived)
      return
    }
    this.deletedFlag = true
    for (const peer of this.peers) peer.close(CLOSE.deleted, 'the draft was deleted')
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
    return [...this.peers]
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
    this.peers.add(peer)
    peer.send(this.draft.answers.request())
    this.fanOut.greet(peer)
  }

  /** Removes a connection (closed by either side) and its awareness states. */
  leave(peer: Peer): void {
    if (!this.peers.delete(peer)) return
    this.fanOut.leave(peer)
    if (this.idle) this.onIdle?.(this)
  }

  /** Queues a message from a connection; resolves when it has been handled. */
  receive(peer: Peer, data: Uint8Array): Promise<void> {
    return this.queue.run(() => this.handle(peer, data))
  }

  /**
   * Runs a change of the server's own that no connection sent (issuing a revision) in the room's queue, between
   * two messages: `task` makes updates of the room's own with `write` (stored, applied and sent as a hook's are;
   * `write` rejects with what failed) and reads the draft, with nothing else changing it meanwhile.
   */
  serverChange<T>(task: (draft: Y.Doc, write: (own: OwnUpdate) => Promise<void>) => Promise<T>): Promise<T> {
    return this.queue.run(async () => {
      if (this.destroyedFlag) throw new Error(`the room of draft ${this.id} was unloaded`)
      await this.plain.flush()
      const result = await task(this.doc, (own) => this.full.writeOwn(own, true))
      await this.draft.compactIfLong()
      return result
    })
  }

  /**
   * Makes a change of the server's own, not a connection's (the comments counter of `server/http/api-comments.ts`),
   * after every queued message: made, stored and sent to every connection as a hook's own update is.
   */
  change(own: OwnUpdate): Promise<void> {
    return this.queue.run(async () => {
      await this.plain.flush()
      await this.full.writeOwn(own)
    })
  }

  /** Stores the whole state as one snapshot and empties the log, after every queued message is handled. */
  compact(): Promise<void> {
    // A deleted draft has nothing left to compact into.
    return this.queue.run(async () => {
      await this.plain.flush()
      if (!this.deletedFlag) await this.draft.compact()
    })
  }

  /** Stops the room's timers and frees its documents. The caller has compacted it and closed its connections. */
  destroy(): void {
    this.destroyedFlag = true
    this.link?.close()
    this.plain.clear()
    this.fanOut.destroy()
    this.staging.discard()
    this.draft.destroy()
  }

  private async handle(peer: Peer, data: Uint8Array): Promise<void> {
    if (peer.closed || this.destroyedFlag || !this.peers.has(peer)) return
    await this.guarded(peer, () => this.dispatch(peer, decodeMessage(data)))
  }

  /** Runs work for a connection; a refusal or a failure closes that connection (and is logged). */
  private async guarded(peer: Peer, work: () => Promise<void>): Promise<void> {
    try {
      await work()
    } catch (e) {
      closeRefused(this.options.log, this.id, peer, e)
    }
  }

  private async dispatch(peer: Peer, message: IncomingMessage): Promise<void> {
    switch (message.kind) {
      case 'sync-request':
        // Typing accepted before the request is stored first: the answer shows only what is stored, and all of it.
        await this.plain.flush()
        // A process cut off from the other processes answers only once it has what the store has.
        await this.link?.beforeSync()
        for (const answer of this.draft.answers.answer(message.stateVector)) peer.send(answer)
        return
      case 'update':
        return this.acceptUpdate(peer, message.update)
      case 'awareness':
        this.fanOut.receive(peer, message.update)
        return
      case 'awareness-request':
        peer.send(this.fanOut.everyState())
        return
      case 'auth':
        return
    }
  }

  private async acceptUpdate(peer: Peer, update: Uint8Array): Promise<void> {
    if (this.archivedAt !== null) return this.refuseIfArchived(update)
    // Plain typing by a role that may change anything: only its size to check (see isPlainInsertion).
    if (this.options.policies[peer.identity.role].unrestricted && this.plain.accept(peer, update)) return
    await this.plain.flush()
    await this.full.accept(peer, update)
  }

  private failed(what: string, error: Error): void {
    this.options.log('room.error', { draft: this.id, error: `${what}: ${error.message}` })
  }

  /** An archived draft is read-only for everyone: an update that changes it is refused, one that does not is let be. */
  private refuseIfArchived(update: Uint8Array): void {
    if (!this.staging.stage(update)) return
    this.staging.discard()
    throw new Refusal(CLOSE.archived, ARCHIVED_REASON)
  }
}
