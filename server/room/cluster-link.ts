import { type Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness'
import * as Y from 'yjs'
import type { Log } from '../log.ts'
import type { Storage } from '../storage/index.ts'
import { type DraftStatus, decodeDraftStatus } from './draft-status.ts'
import type { LiveDraft } from './live-draft.ts'
import { RemoteClients } from './remote-clients.ts'
import type { StagingCopy } from './staging.ts'

/**
 * What a message between processes carries: an accepted update, a room's own update, awareness, or a change of
 * the draft's standing (`draft-status.ts`: archived, opened again, deleted).
 */
export type ClusterKind = 'update' | 'own' | 'awareness' | 'status'

/** One message between the processes serving a draft. */
export interface ClusterMessage {
  /** The process that sent it; a process never takes its own messages back. */
  origin: string
  draft: string
  kind: ClusterKind
  /** For updates: the draft's last sequence number in the store before them, and after them (0 for awareness). */
  after: number
  seq: number
  /** A Yjs update (the stored updates merged) or an awareness update. */
  bytes: Uint8Array
}

/** What a room hears from the bus. */
export interface ChannelListener {
  /** A message of another process about this draft. */
  receive(message: ClusterMessage): void
  /** The subscription is (again) in place: messages may have been missed before it, catch up from the store. */
  resumed(): void
  /** The bus was cut off: messages are being missed until `resumed`. */
  lost(): void
}

/** A room's subscription to the messages about its draft. */
export interface DraftChannel {
  /** Sends a message (its origin and draft filled in) to the other processes; never throws. */
  publish(kind: ClusterKind, after: number, seq: number, bytes: Uint8Array): void
  /** Whether the subscription is in place now (false while cut off from the bus). */
  readonly live: boolean
  /** Ends the subscription (the room unloads). */
  close(): void
}

/** The bus between the processes serving the same drafts (`server/cluster/`: Redis pub/sub). */
export interface ClusterBus {
  /** Subscribes a room to the messages about its draft. */
  join(draft: string, listener: ChannelListener): DraftChannel
  /** Sends a message about a draft to the other processes, whether or not this process has its room; never throws. */
  announce(draft: string, kind: ClusterKind, bytes: Uint8Array): void
}

/** What a cluster link works on: the room's parts and a way to run work in the room's queue. */
export interface LinkParts {
  draft: LiveDraft
  staging: StagingCopy
  awareness: Awareness
  storage: Storage
  log: Log
  /** Runs `work` in the room's queue, between two messages of its connections. */
  inQueue(work: () => Promise<void>): void
  /** Whether the room was unloaded. */
  destroyed(): boolean
  /** Applies a change of the draft's standing made on another process. */
  statusChanged(status: DraftStatus): void
  /** Whether a connection of this process holds the awareness client id. */
  heldHere(clientID: number): boolean
}

// The origin of awareness changes that came from another process, so they are not sent back out.
const REMOTE = Symbol('remote')
// Gather the awareness changes of the room's own connections for this long (ms) before publishing them.
const AWARENESS_DELAY = 20
// After a lost race, how long (ms) to wait for the winner's message on the bus before reading the store instead:
// the message was published as the winner stored, and is usually there already or a moment away.
const RACE_WAIT = 25

/**
 * A room's link to the other processes serving its draft. Every update this process stores is published with
 * the store's sequence numbers before and after it; an update of another process is applied (it was checked and
 * stored there) when it follows what the room has, ignored when the room has it already, and a gap (a missed
 * message, a message overtaken by one of this process's own appends) is filled from the store. The store's
 * sequence decides the order: the room appends only on top of the last update it has (`Storage.appendAfter`);
 * when another process appended first, the room catches up and checks its update again. It catches up from the
 * messages heard (`afterLostRace`: they carry the updates the store accepted, in its order) when they follow on
 * from what the room has, and from the store only when they do not. Awareness changes of the room's connections
 * go out, and others' come in, as they are.
 */
export class ClusterLink {
  private readonly channel: DraftChannel
  /** Whether the room has every stored update as of the last time the channel was live. */
  private current = false
  private readonly pendingAwareness = new Set<number>()
  private awarenessTimer: NodeJS.Timeout | null = null
  /** Updates of other processes heard and not yet taken, by the sequence number they follow. */
  private readonly heard = new Map<number, ClusterMessage>()
  /** Called when a message is heard, while a lost race waits for one. */
  private onHeard: (() => void) | null = null
  private readonly remote: RemoteClients

  constructor(
    private readonly id: string,
    bus: ClusterBus,
    private readonly parts: LinkParts,
  ) {
    this.channel = bus.join(id, {
      receive: (message) => this.receive(message),
      resumed: () => parts.inQueue(() => this.catchUp()),
      lost: () => {
        this.current = false
        this.heard.clear()
      },
    })
    parts.awareness.on('update', this.onAwareness)
    this.remote = new RemoteClients(parts.awareness)
  }

  /** Whether a connection of another process holds the awareness client id (the guard refuses it here). */
  heldElsewhere(clientID: number): boolean {
    return this.remote.heldElsewhere(clientID)
  }

  /** The last stored update the room has. */
  get lastSeq(): number {
    return this.parts.draft.lastSeq
  }

  /** Brings the room up to date from the store before a first sync, if it may have missed an update. */
  async beforeSync(): Promise<void> {
    if (!this.current) await this.catchUp()
  }

  /** Tells the other processes about updates just stored, numbered `after + 1 … seq`. */
  published(kind: 'update' | 'own', after: number, seq: number, updates: readonly Uint8Array[]): void {
    const bytes = updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates as Uint8Array[])
    this.channel.publish(kind, after, seq, bytes)
  }

  /** Applies what the store holds beyond the room's last update (run in the room's queue). */
  async catchUp(): Promise<void> {
    if (this.parts.destroyed()) return
    const live = this.channel.live
    const since = await this.parts.storage.updatesSince(this.id, this.lastSeq)
    if (!since) throw new Error(`catching up draft ${this.id}: the draft is no longer in the store`)
    if (this.parts.destroyed()) return
    const updates = since.snapshot ? [since.snapshot, ...since.updates] : since.updates
    if (since.lastSeq > this.lastSeq) this.take(updates, since.lastSeq, since.updates.length)
    this.takeHeard()
    this.current = live
    if (updates.length > 0)
      this.parts.log('cluster.catch-up', { draft: this.id, updates: updates.length, seq: since.lastSeq })
  }

  /**
   * After an append found that another process had stored first (run in the room's queue): takes the updates
   * stored since the room's last from the messages heard, waiting a moment for the first of them if it has not
   * come yet, and from the store if the bus does not bring it. Logged as `cluster.race`, with where the
   * updates came from.
   */
  async afterLostRace(): Promise<void> {
    const from = this.lastSeq
    if (!this.heard.has(from) && this.channel.live) await this.hear(from)
    this.takeHeard()
    const bus = this.lastSeq > from
    if (!bus) await this.catchUp()
    this.parts.log('cluster.race', {
      draft: this.id,
      after: from,
      seq: this.lastSeq,
      from: bus ? 'bus' : 'store',
    })
  }

  /** Sends what is left of the awareness changes (the last connections leaving) and ends the subscription. */
  close(): void {
    this.parts.awareness.off('update', this.onAwareness)
    this.heard.clear()
    this.onHeard?.()
    this.remote.close()
    if (this.awarenessTimer) clearTimeout(this.awarenessTimer)
    this.publishAwareness()
    this.channel.close()
  }

  private receive(message: ClusterMessage): void {
    if (message.kind === 'status') {
      this.receiveStatus(message.bytes)
      return
    }
    if (message.kind === 'awareness') {
      if (this.parts.destroyed()) return
      try {
        const update = this.remote.admit(message.origin, message.bytes, this.parts.heldHere)
        if (update) applyAwarenessUpdate(this.parts.awareness, update, REMOTE)
      } catch (e) {
        this.parts.log('cluster.error', { draft: this.id, error: `awareness: ${(e as Error).message}` })
      }
      return
    }
    if (message.seq <= this.lastSeq) return // had it already
    this.heard.set(message.after, message)
    this.onHeard?.()
    this.parts.inQueue(async () => {
      if (this.parts.destroyed()) return
      // Taken with those heard before it (in order), unless a lost race or a catch-up has taken it already.
      this.takeHeard()
      if (message.seq > this.lastSeq) await this.catchUp() // a gap: a message missed or not yet come
    })
  }

  /** Takes the heard updates that follow on from the room's last, in order, and forgets those it has. */
  private takeHeard(): void {
    if (this.parts.destroyed()) return
    for (let next = this.heard.get(this.lastSeq); next; next = this.heard.get(this.lastSeq))
      this.take([next.bytes], next.seq, next.seq - next.after)
    for (const [after, message] of this.heard) if (message.seq <= this.lastSeq) this.heard.delete(after)
  }

  /** Resolves when the update following sequence number `after` is heard, or after RACE_WAIT ms. */
  private hear(after: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer)
        this.onHeard = null
        resolve()
      }
      const timer = setTimeout(done, RACE_WAIT)
      this.onHeard = () => {
        if (this.heard.has(after) || this.parts.destroyed()) done()
      }
    })
  }

  private receiveStatus(bytes: Uint8Array): void {
    if (this.parts.destroyed()) return
    try {
      this.parts.statusChanged(decodeDraftStatus(bytes))
    } catch (e) {
      this.parts.log('cluster.error', { draft: this.id, error: `status: ${(e as Error).message}` })
    }
  }

  /** Applies stored updates of other processes to the draft and sends them to the room's connections. */
  private take(updates: Uint8Array[], seq: number, logged: number): void {
    this.parts.draft.takeStored(updates, seq, logged)
    for (const u of updates) this.parts.staging.lagBehind(u)
  }

  private readonly onAwareness = (
    { added, updated, removed }: Record<string, number[]>,
    origin: unknown,
  ): void => {
    if (origin === REMOTE) return
    for (const client of [...added!, ...updated!, ...removed!]) this.pendingAwareness.add(client)
    this.awarenessTimer ??= setTimeout(() => this.publishAwareness(), AWARENESS_DELAY)
  }

  private publishAwareness(): void {
    this.awarenessTimer = null
    const clients = [...this.pendingAwareness]
    this.pendingAwareness.clear()
    if (clients.length === 0) return
    this.channel.publish('awareness', 0, 0, encodeAwarenessUpdate(this.parts.awareness, clients))
  }
}
