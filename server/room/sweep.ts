import * as Y from 'yjs'
import { CLAUSE_TYPES, decidedLeftovers, isPending, parseProposal, SHARED } from '../../schema/index.ts'
import { checkTopLevel, markNameOfKey, yElementToNode } from '../convert/index.ts'
import { recordedAfter, type UpdateChange } from '../policy/index.ts'

// The server's sweep of amendments decided while their marks were still being written. A delegation typing in
// its amendment while the facilitator accepts it makes two updates that cross: the facilitator resolves the
// marks she has, the delegation's new words arrive with the amendment's mark. The room resolves what is left
// as the record's decision says, as its own update, so that exactly one peer writes it (schema's
// `sweepDecided` is the same resolution on a ProseMirror document). It works on the shared document directly
// (formats, deletions and attributes of Y types), so that it merges with typing that crosses it too.

const CLAUSES: readonly string[] = CLAUSE_TYPES

/**
 * The amendments an accepted update leaves marks or proposals of although their record is decided (accepted,
 * rejected or withdrawn), each with whether it was accepted: those the touched top-level nodes name, and those
 * the update decided, whose marks may lie anywhere (the sweep looks, and finds nothing when the decision took
 * them all).
 */
export function leftoversOf(change: UpdateChange): Map<string, boolean> {
  const { statusOf } = recordedAfter(change)
  const out = new Map<string, boolean>()
  for (const block of change.blocks) {
    if (block.after)
      for (const [id, accepted] of decidedLeftovers(block.after, statusOf)) out.set(id, accepted)
  }
  for (const entry of change.amendments) {
    const status = statusOf(entry.key)
    if (status !== undefined && !isPending(status)) out.set(entry.key, status === 'accepted')
  }
  return out
}

interface Range {
  text: Y.XmlText
  index: number
  length: number
}

/** What a sweep changes, found in one walk over the shared document before anything is changed. */
interface Plan {
  /** Marks to take off: an accepted insertion, a rejected deletion. */
  unmark: (Range & { key: string })[]
  /** Words to remove: a rejected insertion, an accepted deletion. */
  cut: Range[]
  /** Clauses that stay, without their proposal. */
  clear: Y.XmlElement[]
  /** Clauses that go: a rejected new paragraph or moved copy, an accepted deletion or a moved one's old place. */
  drop: Y.XmlElement[]
  /** Accepted moved copies that take back the id of the clause they were moved from. */
  rename: { element: Y.XmlElement; id: string }[]
  /** Ids of the elements that stay, to tell whether a moved copy may take its clause's id. */
  ids: Map<string, Y.XmlElement[]>
  /** The top-level elements a change falls in. */
  tops: Set<Y.XmlElement>
  /** The amendments whose marks or proposals it found. */
  found: Set<string>
}

/** Whether a text holds a mark of one of the amendments; read from its formatting items, without a delta. */
function mentions(text: Y.XmlText, decisions: ReadonlyMap<string, boolean>): boolean {
  for (let item = text._start; item !== null; item = item.right) {
    if (item.deleted || !(item.content instanceof Y.ContentFormat)) continue
    const id = (item.content.value as { amendment?: unknown } | null)?.amendment
    if (typeof id === 'string' && decisions.has(id)) return true
  }
  return false
}

function planText(text: Y.XmlText, top: Y.XmlElement, decisions: ReadonlyMap<string, boolean>, plan: Plan) {
  // Most texts hold none of them: a walk over their items is cheaper than their delta.
  if (!mentions(text, decisions)) return
  let index = 0
  for (const part of text.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[]) {
    const length = typeof part.insert === 'string' ? part.insert.length : 1
    let cut = false
    const keys: string[] = []
    for (const [key, value] of Object.entries(part.attributes ?? {})) {
      const name = markNameOfKey(key)
      if (name !== 'insertion' && name !== 'deletion') continue
      const id = (value as { amendment?: unknown } | null)?.amendment
      if (typeof id !== 'string' || !decisions.has(id)) continue
      // Inserted words go when rejected, deleted ones when accepted; otherwise only the mark goes.
      if ((name === 'insertion') !== decisions.get(id)) cut = true
      else keys.push(key)
      plan.found.add(id)
    }
    if (cut) plan.cut.push({ text, index, length })
    else for (const key of keys) plan.unmark.push({ text, index, length, key })
    if (cut || keys.length > 0) plan.tops.add(top)
    index += length
  }
}

function planElement(
  parent: Y.XmlElement | Y.XmlFragment,
  top: Y.XmlElement | null,
  decisions: ReadonlyMap<string, boolean>,
  plan: Plan,
) {
  for (const child of parent.toArray()) {
    if (child instanceof Y.XmlText) {
      if (top) planText(child, top, decisions, plan)
      continue
    }
    if (!(child instanceof Y.XmlElement)) continue
    const within = top ?? child
    let proposal = null
    if (CLAUSES.includes(child.nodeName)) {
      try {
        proposal = parseProposal(child.getAttribute('proposal') ?? null)
      } catch (e) {
        if (!(e instanceof RangeError)) throw e
      }
    }
    if (proposal && decisions.has(proposal.amendment)) {
      const accepted = decisions.get(proposal.amendment)!
      const copy = proposal.kind === 'move' && proposal.from !== undefined
      const stays = proposal.kind === 'insert' || copy ? accepted : !accepted
      plan.tops.add(within)
      plan.found.add(proposal.amendment)
      if (!stays) {
        plan.drop.push(child)
        continue
      }
      plan.clear.push(child)
      if (accepted && copy) plan.rename.push({ element: child, id: proposal.from! })
    }
    const id = child.getAttribute('id')
    if (typeof id === 'string') plan.ids.set(id, [...(plan.ids.get(id) ?? []), child])
    planElement(child, within, decisions, plan)
  }
}

/** The index of an element among its parent's children. */
const indexIn = (element: Y.XmlElement): number =>
  (element.parent as Y.XmlElement | Y.XmlFragment).toArray().indexOf(element)

/**
 * Resolves, in a draft's shared document, the marks and proposals of decided amendments (id → accepted) as
 * schema's `acceptAmendment` and `rejectAmendment` do: inserted words of an accepted amendment and deleted
 * words of a rejected or withdrawn one lose the mark, the others go; a new paragraph or moved copy stays
 * without its proposal when accepted and goes when not, a paragraph proposed for deletion (or the old place of
 * a move) the other way round, and an accepted moved copy takes back the id of the clause it was moved from
 * unless a clause that stays holds it. Call it inside a transaction. Returns the ids it found marks or
 * proposals of, and checks what it changed against the schema (an InvalidDocumentError if that fails: the
 * caller then discards the copy it swept).
 */
export function sweepDecided(ydoc: Y.Doc, decisions: ReadonlyMap<string, boolean>): string[] {
  const fragment = ydoc.getXmlFragment(SHARED.document)
  if (decisions.size === 0) return []
  const plan: Plan = {
    unmark: [],
    cut: [],
    clear: [],
    drop: [],
    rename: [],
    ids: new Map(),
    tops: new Set(),
    found: new Set(),
  }
  planElement(fragment, null, decisions, plan)
  if (plan.found.size === 0) return []
  for (const { text, index, length, key } of plan.unmark) text.format(index, length, { [key]: null })
  for (const { text, index, length } of [...plan.cut].reverse()) text.delete(index, length)
  for (const element of plan.clear) element.removeAttribute('proposal')
  for (const { element, id } of plan.rename) {
    const holders = (plan.ids.get(id) ?? []).filter((other) => other !== element)
    if (holders.length === 0) element.setAttribute('id', id)
  }
  for (const element of [...plan.drop].reverse()) {
    ;(element.parent as Y.XmlElement | Y.XmlFragment).delete(indexIn(element), 1)
  }
  const sequenceChanged = plan.drop.some((element) => element.parent === fragment)
  if (sequenceChanged) checkTopLevel(fragment)
  fragment.toArray().forEach((top, i) => {
    if (top instanceof Y.XmlElement && plan.tops.has(top)) yElementToNode(top, `doc/${i}:${top.nodeName}`)
  })
  return [...plan.found]
}
