import * as Y from 'yjs'
import { isPartName, SHARED } from '../../../schema/index.ts'
import { partKey } from './parts.ts'

type DeleteSet = ReturnType<typeof Y.createDeleteSetFromStructStore>
type DeleteRanges = DeleteSet['clients'] extends Map<number, infer R> ? R : never

/**
 * The blocks of the draft (keys as `partKey` makes them: paragraphs by id, the header, title, formula and
 * closing by name) in which `local` holds changes that `server` does not: what this browser wrote after the last
 * of its changes the server took, and what it deleted that the server still has. Every change of another page
 * reached this one through the server, so these are this browser's own; comparing the two texts alone would also
 * list the paragraphs others changed since this page last heard from the server, with their old words. `own`
 * names this browser's Yjs clients: this page's, and those of earlier pages whose changes the local copy kept
 * unsent. Both documents must keep their history (`gc: false`), as the page's do.
 */
export function untakenParts(
  local: Y.Doc,
  server: Y.Doc,
  own: Iterable<number> = [local.clientID],
): Set<string> {
  const keys = new Set<string>()
  const note = noter(local, keys)
  // The server holds a prefix of each client's changes: it applies a client's updates in order and stops at the
  // first one it refuses.
  for (const client of own) notePast(local, client, Y.getState(server.store, client), note)
  const theirs = Y.createDeleteSetFromStructStore(server.store)
  for (const [client, ranges] of Y.createDeleteSetFromStructStore(local.store).clients) {
    const structs = local.store.clients.get(client)
    if (!structs) continue
    for (const { clock, len } of ranges) {
      for (let i = Y.findIndexSS(structs, clock); i < structs.length; i++) {
        const struct = structs[i]!
        if (struct.id.clock >= clock + len) break
        const from = Math.max(clock, struct.id.clock)
        const to = Math.min(clock + len, struct.id.clock + struct.length)
        if (!covered(theirs.clients.get(client), from, to)) note(struct)
      }
    }
  }
  return keys
}

/**
 * The blocks in which this browser's clients wrote past what the server confirmed storing (`confirmed`: the
 * clock confirmed for each client, see `UnsentLedger`), when the server cannot be asked for its copy (the
 * invitation ended while offline). Words deleted without a trace (by a facilitator editing directly) cannot be
 * told apart from the others' without the server's copy; they are not listed, and hold no words to keep.
 */
export function unconfirmedParts(local: Y.Doc, confirmed: ReadonlyMap<number, number>): Set<string> {
  const keys = new Set<string>()
  const note = noter(local, keys)
  for (const [client, clock] of confirmed) notePast(local, client, clock, note)
  return keys
}

/** A function that adds to `keys` the block of the draft an item lies in. */
function noter(local: Y.Doc, keys: Set<string>): (struct: Y.Item | Y.GC) => void {
  const fragment = local.getXmlFragment(SHARED.document)
  return (struct) => {
    const part = struct instanceof Y.Item ? topLevelElement(struct, fragment) : null
    const key = part && partKey(part.nodeName, part.getAttribute('id'))
    if (key) keys.add(key)
  }
}

/** Notes every item a client wrote at or after a clock. */
function notePast(local: Y.Doc, client: number, from: number, note: (struct: Y.Item | Y.GC) => void): void {
  const structs = local.store.clients.get(client) ?? []
  const first = from > 0 && structs.length > 0 ? Math.max(0, indexAt(structs, from)) : 0
  for (let i = first; i < structs.length; i++) {
    const struct = structs[i]!
    if (struct.id.clock + struct.length > from) note(struct)
  }
}

/** The index of the struct holding a clock, or of the last one before it (the clock may lie past the end). */
function indexAt(structs: readonly (Y.Item | Y.GC)[], clock: number): number {
  const last = structs[structs.length - 1]!
  if (clock >= last.id.clock + last.length) return structs.length
  return Y.findIndexSS(structs as (Y.Item | Y.GC)[], clock)
}

/**
 * The block of the fragment that an item lies in (or is): a top-level element, or a paragraph in its part;
 * null for items of other shared types.
 */
function topLevelElement(item: Y.Item, fragment: Y.XmlFragment): Y.XmlElement | null {
  let current: Y.Item | null = item
  while (current) {
    const parent: unknown = current.parent
    const inPart =
      parent instanceof Y.XmlElement && isPartName(parent.nodeName) && parent._item?.parent === fragment
    if (parent === fragment || inPart) {
      const content = current.content
      return content instanceof Y.ContentType && content.type instanceof Y.XmlElement ? content.type : null
    }
    if (!(parent instanceof Y.AbstractType)) return null
    current = parent._item
  }
  return null
}

/** Whether every clock in [from, to) lies in the sorted, merged deletion ranges of one client. */
function covered(ranges: DeleteRanges | undefined, from: number, to: number): boolean {
  if (!ranges) return false
  let clock = from
  while (clock < to) {
    // The last range starting at or before `clock`.
    let low = 0
    let high = ranges.length - 1
    let found = -1
    while (low <= high) {
      const mid = (low + high) >> 1
      if (ranges[mid]!.clock <= clock) {
        found = mid
        low = mid + 1
      } else high = mid - 1
    }
    const range = found >= 0 ? ranges[found]! : null
    if (!range || range.clock + range.len <= clock) return false
    clock = range.clock + range.len
  }
  return true
}
