import type { ClusterKind, ClusterMessage } from '../room/index.ts'

// The layout of a message on the bus: a version byte, the kind, the two sequence numbers (float64: exact far past
// any count of updates), the origin and the draft (each a uint16 length and UTF-8), then the update's bytes.
const VERSION = 1
const KINDS: readonly ClusterKind[] = ['update', 'own', 'awareness', 'status']
const HEAD = 1 + 1 + 8 + 8

/** Encodes a message for the bus. */
export function encodeClusterMessage(message: ClusterMessage): Buffer {
  const origin = Buffer.from(message.origin, 'utf8')
  const draft = Buffer.from(message.draft, 'utf8')
  const out = Buffer.allocUnsafe(HEAD + 2 + origin.length + 2 + draft.length + message.bytes.byteLength)
  out.writeUInt8(VERSION, 0)
  out.writeUInt8(KINDS.indexOf(message.kind), 1)
  out.writeDoubleBE(message.after, 2)
  out.writeDoubleBE(message.seq, 10)
  let at = HEAD
  for (const text of [origin, draft]) {
    out.writeUInt16BE(text.length, at)
    text.copy(out, at + 2)
    at += 2 + text.length
  }
  out.set(message.bytes, at)
  return out
}

/** Decodes a message from the bus; throws, saying what is wrong, for bytes that are not one. */
export function decodeClusterMessage(data: Buffer): ClusterMessage {
  if (data.length < HEAD + 4) throw new Error(`a cluster message of ${data.length} bytes is too short`)
  if (data.readUInt8(0) !== VERSION) throw new Error(`a cluster message of version ${data.readUInt8(0)}`)
  const kind = KINDS[data.readUInt8(1)]
  if (!kind) throw new Error(`a cluster message of unknown kind ${data.readUInt8(1)}`)
  const texts: string[] = []
  let at = HEAD
  for (let i = 0; i < 2; i++) {
    const length = data.readUInt16BE(at)
    if (at + 2 + length > data.length) throw new Error('a cluster message cut short')
    texts.push(data.toString('utf8', at + 2, at + 2 + length))
    at += 2 + length
  }
  return {
    origin: texts[0]!,
    draft: texts[1]!,
    kind,
    after: data.readDoubleBE(2),
    seq: data.readDoubleBE(10),
    bytes: new Uint8Array(data.buffer, data.byteOffset + at, data.length - at),
  }
}
