import {
  Awareness,
  applyAwarenessUpdate,
  encodeAwarenessUpdate,
  removeAwarenessStates,
} from 'y-protocols/awareness'
import type * as Y from 'yjs'
import type { Log } from '../log.ts'
import { guardAwareness } from './awareness-guard.ts'
import { type Peer, peerLogFields } from './peer.ts'
import { awarenessMessage } from './protocol.ts'

/** What the fan-out of a room's awareness needs from the room. */
export interface AwarenessOptions {
  /** The draft's id, for the log. */
  draft: string
  log: Log
  /** Gather awareness changes for this long (ms) and forward them together, so a flood costs little. */
  delay: number
  /** Whether a connection of another process serving the draft holds the client id (`remote-clients.ts`). */
  heldElsewhere?: (clientID: number) => boolean
}

/**
 * The awareness of a room's connections (cursors, who is connected). A connection's states pass the guard
 * (`guardAwareness`: they carry the token's delegation and role) and belong to it until it leaves, when they
 * are removed. Changes are gathered and sent to every connection of the room together, once per `delay`.
 */
export class AwarenessFanOut {
  /** The awareness states of every connection; the server has none of its own. */
  readonly awareness: Awareness
  private readonly owned = new Map<Peer, Set<number>>()
  private readonly owners = new Map<number, Peer>()
  private readonly pending = new Set<number>()
  private timer: NodeJS.Timeout | null = null
  private destroyed = false

  constructor(
    doc: Y.Doc,
    /** The room's connections, which every change is sent to. */
    private readonly peers: ReadonlySet<Peer>,
    private readonly options: AwarenessOptions,
  ) {
    this.awareness = new Awareness(doc)
    this.awareness.setLocalState(null)
    this.awareness.on('update', ({ added, updated, removed }: Record<string, number[]>) => {
      for (const client of [...added!, ...updated!, ...removed!]) this.pending.add(client)
      this.timer ??= setTimeout(() => this.flush(), this.options.delay)
    })
  }

  /** An awareness message holding every state, for a connection that joins or asks. */
  everyState(): Uint8Array {
    return awarenessMessage(encodeAwarenessUpdate(this.awareness, [...this.awareness.getStates().keys()]))
  }

  /** Sends a connection that joins the states there are, if any. */
  greet(peer: Peer): void {
    if (this.awareness.getStates().size > 0) peer.send(this.everyState())
  }

  /**
   * Takes an awareness update from a connection: applied (and later forwarded) if the guard lets it through,
   * dropped and logged if it claims another connection's client or another delegation or role. Throws a
   * Refusal (malformed) for bytes that are not an awareness update.
   */
  receive(peer: Peer, update: Uint8Array): void {
    const guarded = guardAwareness(update, peer.identity, (client) => {
      const owner = this.owners.get(client)
      return (owner !== undefined && owner !== peer) || !!this.options.heldElsewhere?.(client)
    })
    if ('dropped' in guarded) {
      this.options.log('awareness.dropped', {
        draft: this.options.draft,
        ...peerLogFields(peer),
        reason: guarded.dropped,
      })
      return
    }
    applyAwarenessUpdate(this.awareness, guarded.update, peer)
    let owned = this.owned.get(peer)
    if (!owned) {
      owned = new Set()
      this.owned.set(peer, owned)
    }
    for (const { clientID, state } of guarded.entries) {
      if (state === null) {
        owned.delete(clientID)
        this.owners.delete(clientID)
      } else {
        owned.add(clientID)
        this.owners.set(clientID, peer)
      }
    }
  }

  /** Whether a connection of this process holds the client id. */
  holds(clientID: number): boolean {
    return this.owners.has(clientID)
  }

  /** Removes the states of a connection that left; the others are told with the next change. */
  leave(peer: Peer): void {
    const clients = this.owned.get(peer)
    if (!clients) return
    this.owned.delete(peer)
    for (const client of clients) this.owners.delete(client)
    removeAwarenessStates(this.awareness, [...clients], null)
  }

  /** Stops the timer and frees the states. */
  destroy(): void {
    this.destroyed = true
    if (this.timer) clearTimeout(this.timer)
    this.awareness.destroy()
  }

  private flush(): void {
    this.timer = null
    const clients = [...this.pending]
    this.pending.clear()
    if (clients.length === 0 || this.destroyed) return
    const message = awarenessMessage(encodeAwarenessUpdate(this.awareness, clients))
    for (const peer of this.peers) peer.send(message)
  }
}
