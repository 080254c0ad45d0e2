// Which words of a shared document an amendment's insertion mark covers, by the Yjs ids of those words: what a
// decision records its facilitator held of them (the editor, see seen.ts) and what the server compares it with
// (server/room/sweep.ts). y-prosemirror keeps a mark as formatting items of a Y.XmlText, on from one item to
// the next one under the same key; an insertion's key is "insertion--" and a hash of the mark. Schema does not
// import Yjs: the editor and the server give it the classes it tells items apart by.

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

/**
 * The words one amendment's insertion mark covers: for each Yjs client that wrote them, the ranges of its
 * clocks [from, to). With the mark as y-prosemirror stores it: its formatting key and attributes.
 */
export interface InsertedWords {
  key: string
  attributes: Record<string, unknown>
  ranges: Map<number, [number, number][]>
}

/** Whether a formatting key is y-prosemirror's for an insertion mark. */
const isInsertion = (key: string): boolean => key.startsWith('insertion--')

/**
 * The words each of `ids` inserts in a shared document (its `document` fragment, or anything with the
 * fragment's `toArray`), read from the items; an amendment that inserts nothing is left out.
 */
export function insertedWords(
  fragment: { toArray(): unknown[] },
  ids: ReadonlySet<string>,
  Y: WalkTypes,
): Map<string, InsertedWords> {
  const out = new Map<string, InsertedWords>()
  const visitText = (start: SharedItem | null) => {
    // The insertion marks of `ids` that are on at this point of the text, by formatting key.
    const on = new Map<string, InsertedWords>()
    for (let item = start; item !== null; item = item.right) {
      if (item.deleted) continue
      if (item.content instanceof Y.ContentFormat) {
        const { key, value } = item.content
        const id = (value as { amendment?: unknown } | null)?.amendment
        if (!isInsertion(key) || typeof id !== 'string' || !ids.has(id)) {
          on.delete(key)
          continue
        }
        if (!out.has(id))
          out.set(id, { key, attributes: value as Record<string, unknown>, ranges: new Map() })
        on.set(key, out.get(id)!)
      } else if (item.countable) {
        const { client, clock } = item.id
        for (const words of on.values()) {
          if (!words.ranges.has(client)) words.ranges.set(client, [])
          words.ranges.get(client)!.push([clock, clock + item.length])
        }
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

/** Whether the change `clock` of `client` is one of the words. */
export function isAmong(words: InsertedWords, client: number, clock: number): boolean {
  return words.ranges.get(client)?.some(([from, to]) => clock >= from && clock < to) ?? false
}
