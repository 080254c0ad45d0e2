import * as encoding from 'lib0/encoding'
import * as syncProtocol from 'y-protocols/sync'
import type * as Y from 'yjs'

/** The message types of the y-websocket protocol (the first varint of every message). */
export const MESSAGE = { sync: 0, awareness: 1, auth: 2, queryAwareness: 3 } as const

/** The sub-types of a sync message. */
export const SYNC = {
  step1: syncProtocol.messageYjsSyncStep1,
  step2: syncProtocol.messageYjsSyncStep2,
  update: syncProtocol.messageYjsUpdate,
} as const

// A Buffer over the encoded bytes (no copy): the WebSocket layer sends a Buffer as it is, where it would wrap
// any other Uint8Array anew for each of the hundreds of connections a forwarded update goes to.
const message = (write: (encoder: encoding.Encoder) => void): Uint8Array => {
  const encoder = encoding.createEncoder()
  write(encoder)
  const bytes = encoding.toUint8Array(encoder)
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}

/** Sync step 1: the server's state vector, asking the client for what the server lacks. */
export const syncStep1Message = (doc: Y.Doc): Uint8Array =>
  message((e) => {
    encoding.writeVarUint(e, MESSAGE.sync)
    syncProtocol.writeSyncStep1(e, doc)
  })

/**
 * A sync message of `step` carrying `update`, written in one allocation: the whole draft may be in it, and an
 * encoder would copy it twice more.
 */
function syncMessage(step: number, update: Uint8Array): Uint8Array {
  const length: number[] = []
  let n = update.byteLength
  while (n > 0x7f) {
    length.push(0x80 | (n & 0x7f))
    n = Math.floor(n / 128)
  }
  length.push(n)
  const bytes = Buffer.allocUnsafe(2 + length.length + update.byteLength)
  bytes[0] = MESSAGE.sync
  bytes[1] = step
  bytes.set(length, 2)
  bytes.set(update, 2 + length.length)
  return bytes
}

/** Sync step 2: an update holding what the client lacks. */
export const syncStep2Message = (update: Uint8Array): Uint8Array => syncMessage(SYNC.step2, update)

/** A document update to forward. */
export const updateMessage = (update: Uint8Array): Uint8Array => syncMessage(SYNC.update, update)

/** An awareness message carrying an encoded awareness update. */
export const awarenessMessage = (update: Uint8Array): Uint8Array =>
  message((e) => {
    encoding.writeVarUint(e, MESSAGE.awareness)
    encoding.writeVarUint8Array(e, update)
  })

/**
 * An awareness message that changes nothing (no client states): sent to a connection that has received
 * nothing for a while, so that y-websocket's 30-second silence timeout never fires on a healthy connection.
 */
export const KEEPALIVE_MESSAGE: Uint8Array = awarenessMessage(new Uint8Array([0]))
