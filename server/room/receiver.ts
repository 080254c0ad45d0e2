import * as decoding from 'lib0/decoding'
import { CLOSE } from '../../schema/index.ts'
import { MESSAGE, SYNC } from './protocol.ts'
import { Refusal } from './refusal.ts'

/** One y-websocket message from a connection, decoded: what the room does with it depends only on its kind. */
export type IncomingMessage =
  /** Sync step 1: the client's state vector, asking for what it lacks. */
  | { kind: 'sync-request'; stateVector: Uint8Array }
  /** Sync step 2 or an update: changes the client made or the server lacks. */
  | { kind: 'update'; update: Uint8Array }
  /** An encoded awareness update (cursors, who is connected). */
  | { kind: 'awareness'; update: Uint8Array }
  /** A request for every awareness state the room holds. */
  | { kind: 'awareness-request' }
  /** An auth message, which this server has no use for (the token was checked at the upgrade). */
  | { kind: 'auth' }

/** Runs a read of the message, turning a failure into a refusal of a malformed message. */
function read<T>(f: () => T): T {
  try {
    return f()
  } catch (e) {
    throw new Refusal(CLOSE.malformed, `not a y-websocket message: ${(e as Error).message}`)
  }
}

/**
 * Decodes a message of the y-websocket protocol (y-protocols sync and awareness). Only the framing is read;
 * updates stay encoded for the room to check. Throws a Refusal (malformed) for bytes that are not such a
 * message, or a message type or sync step the protocol does not have.
 */
export function decodeMessage(data: Uint8Array): IncomingMessage {
  const decoder = decoding.createDecoder(data)
  const type = read(() => decoding.readVarUint(decoder))
  if (type === MESSAGE.sync) {
    const step = read(() => decoding.readVarUint(decoder))
    const payload = read(() => decoding.readVarUint8Array(decoder))
    if (step === SYNC.step1) return { kind: 'sync-request', stateVector: payload }
    if (step === SYNC.step2 || step === SYNC.update) return { kind: 'update', update: payload }
    throw new Refusal(CLOSE.malformed, `unknown sync message type ${step}`)
  }
  if (type === MESSAGE.awareness) {
    return { kind: 'awareness', update: read(() => decoding.readVarUint8Array(decoder)) }
  }
  if (type === MESSAGE.queryAwareness) return { kind: 'awareness-request' }
  if (type === MESSAGE.auth) return { kind: 'auth' }
  throw new Refusal(CLOSE.malformed, `unknown message type ${type}`)
}
