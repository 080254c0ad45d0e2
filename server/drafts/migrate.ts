import * as Y from 'yjs'
import { isPartName, META, PART_OF, SCHEMA_VERSION, SHARED } from '../../schema/index.ts'

const KINDS = Object.keys(PART_OF) as (keyof typeof PART_OF)[]

/**
 * Brings a shared document of an older schema version to this one (SCHEMA_VERSION). From version 1: its
 * preambular and operative paragraphs, which stood at the top level, are moved into a preamble and an operative
 * part made for them (copies, with their attributes, words and marks; stable ids and amendment marks are
 * attributes, so every reference follows). From version 2 (no annexes yet): only the number changes. Returns
 * the update that did it, for the caller to store and send, or null if the document needed nothing.
 */
export function migrateDraft(ydoc: Y.Doc): Uint8Array | null {
  const meta = ydoc.getMap<unknown>(SHARED.meta)
  const version = meta.get(META.schemaVersion)
  if (typeof version !== 'number' || version >= SCHEMA_VERSION) return null
  let update: Uint8Array | null = null
  const keep = (u: Uint8Array) => {
    update = u
  }
  ydoc.on('update', keep)
  try {
    ydoc.transact(() => {
      const fragment = ydoc.getXmlFragment(SHARED.document)
      const children = fragment.toArray()
      // Parts already there: the draft was written by a later version and only its number is wrong.
      if (
        version === 1 &&
        !children.some((child) => child instanceof Y.XmlElement && isPartName(child.nodeName))
      ) {
        moveIntoParts(fragment)
      }
      meta.set(META.schemaVersion, SCHEMA_VERSION)
    })
  } finally {
    ydoc.off('update', keep)
  }
  return update
}

/** Moves the paragraphs at the top level of a version 1 fragment into a preamble and an operative part. */
function moveIntoParts(fragment: Y.XmlFragment): void {
  const children = fragment.toArray()
  const kindOf = (child: unknown) =>
    child instanceof Y.XmlElement ? KINDS.find((kind) => kind === child.nodeName) : undefined
  // The parts go where the first paragraph stood, or after the formula in a draft without paragraphs.
  const first = children.findIndex((child) => kindOf(child) !== undefined)
  const at =
    first >= 0 ? first : children.findIndex((c) => c instanceof Y.XmlElement && c.nodeName === 'formula') + 1
  const parts = KINDS.map((kind) => {
    const part = new Y.XmlElement(PART_OF[kind])
    part.insert(
      0,
      children.filter((child) => kindOf(child) === kind).map((child) => (child as Y.XmlElement).clone()),
    )
    return part
  })
  for (let i = children.length - 1; i >= 0; i--) if (kindOf(children[i])) fragment.delete(i, 1)
  fragment.insert(at, parts)
}
