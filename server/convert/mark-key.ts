import * as buffer from 'lib0/buffer'
import * as sha256 from 'lib0/hash/sha256'
import type { Mark, MarkType } from 'prosemirror-model'

// y-prosemirror stores a mark as a formatting attribute of Y.XmlText. A mark type that may appear several times
// on the same text (our `insertion` and `deletion`, whose `excludes` is '') gets a key suffixed with a short
// hash of the mark's JSON, so that two delegations' insertions over the same words stay two attributes. These
// functions reproduce y-prosemirror's `marksToAttributes` and `yattr2markname` (src/plugins/sync-plugin.js).

const HASHED_KEY = /(.*)(--[a-zA-Z0-9+/=]{8})$/

/** Whether y-prosemirror stores marks of this type under hashed keys: the type does not exclude itself. */
export const isOverlapping = (type: MarkType): boolean => !type.excludes(type)

// y-prosemirror's `hashOfJSON`: SHA-256 of lib0's binary encoding of the JSON, folded to 6 bytes, in base64.
function hashOfJSON(json: unknown): string {
  const digest = sha256.digest(buffer.encodeAny(json as Parameters<typeof buffer.encodeAny>[0]))
  const n = 6
  for (let i = n; i < digest.length; i++) digest[i % n] = digest[i % n]! ^ digest[i]!
  return buffer.toBase64(digest.slice(0, n))
}

/** The formatting-attribute key under which y-prosemirror stores a mark in a Y.XmlText. */
export function markKey(mark: Mark): string {
  return isOverlapping(mark.type) ? `${mark.type.name}--${hashOfJSON(mark.toJSON())}` : mark.type.name
}

/** The mark type name a formatting-attribute key stands for (the key without its hash suffix). */
export function markNameOfKey(key: string): string {
  return HASHED_KEY.exec(key)?.[1] ?? key
}
