import * as Y from 'yjs'
import { CLOSE } from '../../schema/index.ts'
import { SYNC, syncStep1Message, syncStep2Message } from './protocol.ts'
import { Refusal } from './refusal.ts'

/** An answer computed for one connection is sent only up to this size; past it, the shared answer goes instead. */
const OWN_ANSWER_MAX = 64 * 1024
/** The shared state is encoded afresh once what changed since outgrows this share of it (plus a little). */
const TAIL_SHARE = 4
const TAIL_SLACK = 16 * 1024

/** The shared encoding of the whole state at one moment. */
interface Base {
  message: Uint8Array
  /** The same update framed as a plain update, sent before a tail (made when first needed). */
  asUpdate: Uint8Array | null
  /** The state vector it was encoded at, to encode what changed since. */
  vector: Uint8Array
  /** The size of the encoded state (the update, without the message's framing). */
  bytes: number
}

/**
 * A room's answers to sync step 1, the request a connection opens with: most connections ask for the whole
 * draft (an empty state vector), and they all get the same bytes. The whole state is encoded once (the base)
 * and kept; what changed since is encoded once per change (the tail) and sent after it, the tail then being the
 * sync step 2 and the base a plain update before it: y-websocket's client counts itself synced on sync step 2,
 * which must therefore come last, with the whole draft before it. When the tail grows
 * past a quarter of the base, the state is encoded afresh. A connection that already holds most of the draft
 * (a reconnecting client) gets its own, small, answer; one whose answer would be large gets the shared one,
 * which holds more than it lacks and costs no memory per connection.
 *
 * The room calls `changed` whenever it applies an update to the draft.
 */
export class SyncAnswers {
  private step1: Uint8Array | null = null
  private base: Base | null = null
  private tail: Uint8Array | null = null
  private changedSinceBase = false

  /**
   * `stored`, if given, is an encoding of the whole of `doc` as it is (the stored snapshot of a draft whose log
   * was empty): the first sync sends it as it is instead of encoding the draft again.
   */
  constructor(
    private readonly doc: Y.Doc,
    stored: Uint8Array | null = null,
  ) {
    if (stored) this.base = baseOf(stored, Y.encodeStateVector(doc))
  }

  /** The draft changed: the state vector and the tail are encoded afresh when next asked for. */
  changed(): void {
    this.step1 = null
    this.tail = null
    this.changedSinceBase = true
  }

  /** Sync step 1 of the server (its state vector), for a connection that joins. */
  request(): Uint8Array {
    this.step1 ??= syncStep1Message(this.doc)
    return this.step1
  }

  /**
   * The messages answering a connection's sync step 1 with state vector `stateVector`: what it lacks. Throws a
   * Refusal (malformed) if the state vector cannot be read.
   */
  answer(stateVector: Uint8Array): Uint8Array[] {
    let vector: Map<number, number>
    try {
      vector = Y.decodeStateVector(stateVector)
    } catch (e) {
      throw new Refusal(CLOSE.malformed, `not a state vector: ${(e as Error).message}`)
    }
    if (vector.size > 0 && this.missing(vector) <= OWN_ANSWER_MAX) {
      const own = Y.encodeStateAsUpdate(this.doc, stateVector)
      if (own.byteLength <= OWN_ANSWER_MAX) return [syncStep2Message(own)]
    }
    return this.shared()
  }

  /** The size in bytes of the draft's encoded state, exact (encoded now if it changed since it last was). */
  stateSize(): number {
    if (this.changedSinceBase || !this.base) this.rebase()
    return this.base!.bytes
  }

  /** The shared answer: the base, and the tail if the draft changed since the base was encoded. */
  private shared(): Uint8Array[] {
    if (!this.base) this.rebase()
    if (!this.changedSinceBase) return [this.base!.message]
    if (!this.tail) {
      const tail = Y.encodeStateAsUpdate(this.doc, this.base!.vector)
      if (tail.byteLength > this.base!.bytes / TAIL_SHARE + TAIL_SLACK) {
        this.rebase()
        return [this.base!.message]
      }
      this.tail = syncStep2Message(tail)
    }
    const base = this.base!
    base.asUpdate ??= asUpdate(base.message)
    return [base.asUpdate, this.tail]
  }

  private rebase(): void {
    this.base = baseOf(Y.encodeStateAsUpdate(this.doc), Y.encodeStateVector(this.doc))
    this.tail = null
    this.changedSinceBase = false
  }

  /** How many clock units (characters, mostly) of the draft a client with `vector` lacks: a cheap estimate. */
  private missing(vector: Map<number, number>): number {
    let missing = 0
    for (const client of this.doc.store.clients.keys()) {
      missing += Math.max(0, Y.getState(this.doc.store, client) - (vector.get(client) ?? 0))
    }
    return missing
  }
}

/** The shared encoding of a state encoded as `state`, at state vector `vector`. */
const baseOf = (state: Uint8Array, vector: Uint8Array): Base => ({
  message: syncStep2Message(state),
  asUpdate: null,
  vector,
  bytes: state.byteLength,
})

/** A sync step 2 message framed instead as a plain update: the same bytes but the sub-type. */
function asUpdate(step2: Uint8Array): Uint8Array {
  const copy = Buffer.from(step2)
  copy[1] = SYNC.update
  return copy
}
