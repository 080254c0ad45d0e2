import { Fragment, type Node } from 'prosemirror-model'
import type { Command, Transaction } from 'prosemirror-state'
import { TextSelection } from 'prosemirror-state'
import { schema } from '../../../schema/index.ts'
import { type ClauseAt, innermostClause, isClause } from './clause-at.ts'

/** The selection of a transaction, moved by `delta` when it lay inside [from, to]. */
function follow(tr: Transaction, anchor: number, head: number, from: number, to: number, delta: number) {
  if (anchor >= from && anchor <= to && head >= from && head <= to) {
    tr.setSelection(TextSelection.create(tr.doc, anchor + delta, head + delta))
  }
}

/**
 * Makes the clause the cursor is in a sub-paragraph of the clause before it (Tab), like
 * prosemirror-schema-list's sinkListItem: its own sub-paragraphs go one level deeper with it. A clause with no
 * clause before it cannot sink.
 */
export const sinkClause: Command = (state, dispatch) => {
  const clause = innermostClause(state.selection.$from)
  if (!clause || clause.index === 0) return false
  const before = clause.parent.child(clause.index - 1)
  if (!isClause(before)) return false
  if (dispatch) {
    const { anchor, head } = state.selection
    const end = clause.pos + clause.node.nodeSize
    const tr = state.tr.delete(clause.pos, end)
    // The end of the clause before, inside it: the clause is not yet deleted there, so positions hold.
    const at = clause.pos - 1
    tr.insert(at, schema.nodes.subparagraph.create(clause.node.attrs, clause.node.content))
    follow(tr, anchor, head, clause.pos, end, at - clause.pos)
    dispatch(tr.scrollIntoView())
  }
  return true
}

/**
 * Lifts the sub-paragraph the cursor is in one level (Shift-Tab), like prosemirror-schema-list's
 * liftListItem: it follows the clause that held it, becoming a paragraph of that clause's kind at the top
 * level, and the sub-paragraphs that came after it become its own, so the order of the text is unchanged.
 */
export const liftClause: Command = (state, dispatch) => {
  const clause = innermostClause(state.selection.$from)
  if (clause?.node.type.name !== 'subparagraph' || !isClause(clause.parent)) return false
  if (dispatch) dispatch(liftAt(state.tr, clause).scrollIntoView())
  return true
}

/** Adds to a transaction the steps that lift a sub-paragraph out of the clause that holds it. */
export function liftAt(tr: Transaction, clause: ClauseAt): Transaction {
  const { anchor, head } = tr.selection
  const parentPos = clause.pos - offsetInParent(clause)
  const parentEnd = parentPos + clause.parent.nodeSize
  const later: Node[] = []
  for (let i = clause.index + 1; i < clause.parent.childCount; i++) later.push(clause.parent.child(i))
  // Out of a paragraph it becomes a paragraph of that kind; out of a sub-paragraph, a sub-paragraph.
  const type = clause.parent.type.name === 'subparagraph' ? schema.nodes.subparagraph : clause.parent.type
  const lifted = type.create(clause.node.attrs, clause.node.content.append(Fragment.fromArray(later)))
  // Remove the clause and everything after it in its parent, then place it after the parent.
  tr.delete(clause.pos, parentEnd - 1)
  const at = tr.mapping.map(parentEnd)
  tr.insert(at, lifted)
  follow(tr, anchor, head, clause.pos, clause.pos + clause.node.nodeSize, at - clause.pos)
  return tr
}

/** How far a clause starts from the start of its parent node (the position just before the parent). */
function offsetInParent(clause: ClauseAt): number {
  let offset = 1
  for (let i = 0; i < clause.index; i++) offset += clause.parent.child(i).nodeSize
  return offset
}
