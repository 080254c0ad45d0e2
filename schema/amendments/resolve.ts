import type { Mark, Node } from 'prosemirror-model'
import { Transform } from 'prosemirror-transform'
import { amendmentsIn, type TouchedRange } from './touches.ts'

interface Span {
  from: number
  to: number
}

/** Removes one amendment's marks of a kind over ranges, leaving other delegations' marks on the same words. */
function removeMarks(tr: Transform, doc: Node, ranges: TouchedRange[], kind: string, id: string) {
  for (const range of ranges) {
    const marks = new Set<Mark>()
    doc.nodesBetween(range.from, range.to, (node) => {
      for (const mark of node.marks) {
        if (mark.type.name === kind && mark.attrs.amendment === id) marks.add(mark)
      }
    })
    for (const mark of marks) tr.removeMark(range.from, range.to, mark)
  }
}

/** Deletes spans, skipping those inside another, from the end so earlier positions stay valid. */
function deleteSpans(tr: Transform, spans: Span[]) {
  const sorted = [...spans].sort((a, b) => a.from - b.from || b.to - a.to)
  const outer: Span[] = []
  for (const span of sorted) {
    const last = outer[outer.length - 1]
    if (last && span.from < last.to) {
      last.to = Math.max(last.to, span.to)
      continue
    }
    outer.push({ ...span })
  }
  for (let i = outer.length - 1; i >= 0; i--) tr.delete(outer[i]!.from, outer[i]!.to)
}

function decide(doc: Node, id: string, accept: boolean): Transform {
  const touch = amendmentsIn(doc, id).get(id)
  if (!touch) throw new RangeError(`amendment ${id}: nothing in the draft carries it`)
  const tr = new Transform(doc)
  // Mark and attribute steps keep positions, so they all use the original ones before any deletion.
  removeMarks(tr, doc, accept ? touch.insertions : touch.deletions, accept ? 'insertion' : 'deletion', id)
  const spans: Span[] = (accept ? touch.deletions : touch.insertions).map((r) => ({ from: r.from, to: r.to }))
  const gone = (pos: number, node: Node) => spans.push({ from: pos, to: pos + node.nodeSize })
  const renames: { pos: number; id: string }[] = []
  for (const p of touch.paragraphs) {
    const node = doc.nodeAt(p.pos)!
    const { kind, from } = p.proposal
    const copy = kind === 'move' && from !== undefined
    const stays = kind === 'insert' || copy ? accept : !accept
    if (!stays) gone(p.pos, node)
    else {
      tr.setNodeAttribute(p.pos, 'proposal', null)
      if (accept && copy) renames.push({ pos: p.pos, id: from })
    }
  }
  // The moved paragraph takes back the id of the clause it was moved from, so references follow it, unless
  // another clause that stays still holds that id.
  for (const rename of renames) {
    let taken = false
    doc.descendants((node, pos) => {
      if (taken || node.attrs.id !== rename.id || pos === rename.pos) return !taken
      if (!spans.some((s) => s.from <= pos && pos < s.to)) taken = true
      return false
    })
    if (!taken) tr.setNodeAttribute(rename.pos, 'id', rename.id)
  }
  deleteSpans(tr, spans)
  return tr
}

/**
 * Applies an amendment as one transform: its inserted words lose their marks, its deleted words go, a new
 * paragraph loses its proposal, a deleted paragraph goes, and a moved paragraph goes from where it was while its
 * copy at the new place keeps the original id. Other amendments' marks on the same words stay.
 */
export function acceptAmendment(doc: Node, id: string): Transform {
  return decide(doc, id, true)
}

/**
 * Removes an amendment as one transform: its inserted words and new paragraphs go, its deleted words and
 * paragraphs lose their marks and proposals, and the copy of a moved paragraph goes.
 */
export function rejectAmendment(doc: Node, id: string): Transform {
  return decide(doc, id, false)
}
