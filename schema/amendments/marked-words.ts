// Which words of a shared document an amendment's marks cover, by the Yjs ids of those words: what a decision
// records its facilitator saw (the editor, see seen.ts) and what the server compares it with
// (server/room/sweep.ts). Yjs names every piece of text by the client that typed it and a counter (its clock)
// of that client's changes. y-prosemirror keeps a mark as formatting items of a Y.XmlText, on from one item to
// the next one under the same key; the key of an insertion or deletion is the mark's name, "--" and a hash of
// the mark. Schema does not import Yjs: the editor and the server give it the classes it tells items apart by.

/** What the walk reads of a Yjs item (one struct of a Y.XmlText). */
export interface SharedItem {
  readonly deleted: boolean
  readonly countable: boolean
  readonly length: number
  readonly id: { readonly client: number; readonly clock: number }
  readonly content: unknown
  readonly right: SharedItem | null
}

/** The Yjs classes the walk tells items and types apart by. */
export interface WalkTypes {
  ContentFormat: abstract new (...args: never[]) => { key: string; value: unknown }
  XmlText: abstract new (...args: never[]) => { _start: SharedItem | null }
  XmlElement: abstract new (...args: never[]) => { toArray(): unknown[] }
}

/** Pieces of text by Yjs id: for each client, the ranges of its clocks [from, to), in order. */
export type IdRanges = ReadonlyMap<number, readonly (readonly [number, number])[]>

/**
 * The words one mark of an amendment covers (its insertion, or its deletion), with the mark as y-prosemirror
 * stores it: its formatting key and attributes.
 */
export interface MarkedWords {
  id: string
  kind: 'insertion' | 'deletion'
  key: string
  attributes: Record<string, unknown>
  ranges: Map<number, [number, number][]>
}

const KINDS = ['insertion', 'deletion'] as const

/** The kind of amendment mark a formatting key is y-prosemirror's for, if any. */
const kindOf = (key: string) => KINDS.find((kind) => key.startsWith(`${kind}--`))

/**
 * The words the marks of each of `ids` cover in a shared document (its `document` fragment, or anything with
 * the fragment's `toArray`), read from the items, by formatting key (one for each mark).
 */
export function markedWords(
  fragment: { toArray(): unknown[] },
  ids: ReadonlySet<string>,
  Y: WalkTypes,
): Map<string, MarkedWords> {
  const out = new Map<string, MarkedWords>()
  const visitText = (start: SharedItem | null) => {
    // The marks of `ids` that are on at this point of the text.
    const on = new Map<string, MarkedWords>()
    for (let item = start; item !== null; item = item.right) {
      if (item.deleted) continue
      if (item.content instanceof Y.ContentFormat) {
        const { key, value } = item.content
        const id = (value as { amendment?: unknown } | null)?.amendment
        const kind = kindOf(key)
        if (!kind || typeof id !== 'string' || !ids.has(id)) {
          on.delete(key)
          continue
        }
        if (!out.has(key)) {
          out.set(key, { id, kind, key, attributes: value as Record<string, unknown>, ranges: new Map() })
        }
        on.set(key, out.get(key)!)
      } else if (item.countable) {
        for (const words of on.values()) addRange(words.ranges, item.id.client, item.id.clock, item.length)
      }
    }
  }
  const visit = (parent: { toArray(): unknown[] }) => {
    for (const child of parent.toArray()) {
      if (child instanceof Y.XmlText) visitText(child._start)
      else if (child instanceof Y.XmlElement) visit(child)
    }
  }
  visit(fragment)
  return out
}

/** Adds the clocks [clock, clock + length) of `client` to `ranges`, joined to the last range it continues. */
export function addRange(
  ranges: Map<number, [number, number][]>,
  client: number,
  clock: number,
  length: number,
) {
  if (!ranges.has(client)) ranges.set(client, [])
  const list = ranges.get(client)!
  const last = list.at(-1)
  if (last && last[1] === clock) last[1] = clock + length
  else list.push([clock, clock + length])
}

/** Whether the piece of text `clock` of `client` is in the ranges. */
export const inRanges = (ranges: IdRanges, client: number, clock: number): boolean =>
  ranges.get(client)?.some(([from, to]) => clock >= from && clock < to) ?? false
