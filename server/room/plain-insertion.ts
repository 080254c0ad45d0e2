import * as Y from 'yjs'
import { isPartName, SHARED, schema } from '../../schema/index.ts'
import { markNameOfKey } from '../convert/index.ts'

// The marks and the attribute that name an amendment in a block: text under them, or a clause they
// are set on, is what amendments refer to, and a change there may make one outdated.
const AMENDMENT_MARKS: ReadonlySet<string> = new Set([
  schema.marks.insertion.name,
  schema.marks.deletion.name,
])
const PROPOSAL_ATTRIBUTE = 'proposal'

/** The items of the update being read, by client, each with the type it goes into. */
type Own = Map<number, { item: Y.Item; parent: Y.XmlText }[]>

/**
 * The text holding the item an ID names, in the draft or earlier in the update itself (a run of typing); null
 * if the ID names nothing known or something not in a text.
 */
function textAt(doc: Y.Doc, own: Own, id: Y.ID): Y.XmlText | null {
  if (id.clock < Y.getState(doc.store, id.client)) {
    const found = Y.getItem(doc.store, id)
    return found instanceof Y.Item && found.parent instanceof Y.XmlText ? found.parent : null
  }
  for (const { item, parent } of own.get(id.client) ?? []) {
    if (id.clock >= item.id.clock && id.clock < item.id.clock + item.length) return parent
  }
  return null
}

/** Whether a block (see `sharedBlocks`) names an amendment anywhere: a proposal attribute or an amendment mark. */
function namesAmendment(element: Y.XmlElement): boolean {
  if (element.getAttribute(PROPOSAL_ATTRIBUTE) !== undefined) return true
  for (let item = element._start; item !== null; item = item.right) {
    if (item.deleted || !(item.content instanceof Y.ContentType)) continue
    const child = item.content.type
    if (child instanceof Y.XmlElement ? namesAmendment(child) : hasAmendmentFormat(child as Y.XmlText)) {
      return true
    }
  }
  return false
}

function hasAmendmentFormat(text: Y.XmlText): boolean {
  for (let item = text._start; item !== null; item = item.right) {
    const content = item.content
    if (
      !item.deleted &&
      content instanceof Y.ContentFormat &&
      AMENDMENT_MARKS.has(markNameOfKey(content.key))
    ) {
      return true
    }
  }
  return false
}

/**
 * Whether an update does nothing but insert plain characters into text of the draft that no amendment refers to,
 * checked on the encoded update before anything applies it: no deletions; every new item a string whose
 * neighbours (origin and right origin) are already in the draft or earlier in the update and lie in one live
 * Y.XmlText of the document; each client's items continuing its clock without a gap; and no proposal attribute
 * or amendment mark anywhere in the block (paragraph, or header, title, formula, closing) of that text.
 *
 * Such an update is valid against the schema whatever the characters: the text inherits the marks of the text
 * beside it, which that node already allows, and every node holding a Y.XmlText takes text. It changes no
 * amendment's words, so it makes none outdated. The room lets an unrestricted role's such update skip the
 * staging copy and the conversion to ProseMirror, which is most of what a facilitator's keystroke costs.
 * Anything else, including an update this cannot read, answers false and takes the full path.
 */
export function isPlainInsertion(doc: Y.Doc, update: Uint8Array): boolean {
  let decoded: ReturnType<typeof Y.decodeUpdate>
  try {
    decoded = Y.decodeUpdate(update)
  } catch {
    return false
  }
  if (decoded.ds.clients.size > 0 || decoded.structs.length === 0) return false
  const fragment = doc.getXmlFragment(SHARED.document)
  const own: Own = new Map()
  const checked = new Set<Y.XmlElement>()
  for (const struct of decoded.structs) {
    if (!(struct instanceof Y.Item) || !(struct.content instanceof Y.ContentString)) return false
    if (struct.parentSub !== null) return false
    const { client, clock } = struct.id
    const earlier = own.get(client) ?? []
    const last = earlier.at(-1)?.item
    if (clock !== (last ? last.id.clock + last.length : Y.getState(doc.store, client))) return false

    const left = struct.origin && textAt(doc, own, struct.origin)
    const right = struct.rightOrigin && textAt(doc, own, struct.rightOrigin)
    if ((struct.origin && !left) || (struct.rightOrigin && !right)) return false
    const parent = left || right
    if (!parent || (left && right && left !== right)) return false
    earlier.push({ item: struct, parent })
    own.set(client, earlier)

    // The text must be live, inside the document fragment, and its block (a paragraph in its part, or a
    // top-level node) free of amendments.
    let node: Y.XmlText | Y.XmlElement = parent
    for (;;) {
      const item: Y.Item | null = node._item
      if (!item || item.deleted) return false
      if (item.parent === fragment) break
      if (!(item.parent instanceof Y.XmlElement)) return false
      if (isPartName(item.parent.nodeName) && item.parent._item?.parent === fragment) {
        if (item.parent._item.deleted) return false
        break
      }
      node = item.parent
    }
    const top = node
    if (!(top instanceof Y.XmlElement)) return false
    if (!checked.has(top)) {
      if (namesAmendment(top)) return false
      checked.add(top)
    }
  }
  return true
}
