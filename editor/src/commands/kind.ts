import type { Command, Transaction } from 'prosemirror-state'
import { TextSelection } from 'prosemirror-state'
import { partOf, schema } from '../../../schema/index.ts'
import { topClause } from './clause-at.ts'

/** A paragraph kind: the part a paragraph stands in. */
export type ParagraphKind = 'preambular' | 'operative'

/**
 * Turns the paragraph the cursor is in into a paragraph of the other kind, keeping its id, text and
 * sub-paragraphs. The preamble comes before the operative part, so the paragraph moves to the edge between
 * them: a preambular paragraph becomes the first operative one, an operative paragraph the last preambular one.
 */
export function setParagraphKind(kind: ParagraphKind): Command {
  return (state, dispatch) => {
    const top = topClause(state.selection.$from)
    if (!top || top.node.type.name === kind) return false
    if (top.node.type.name !== 'preambular' && top.node.type.name !== 'operative') return false
    if (dispatch) dispatch(moveToKind(state.tr, top.pos, kind).scrollIntoView())
    return true
  }
}

/** Changes the kind of the paragraph the cursor is in between preambular and operative. */
export const toggleParagraphKind: Command = (state, dispatch) => {
  const top = topClause(state.selection.$from)
  const name = top?.node.type.name
  if (name === 'preambular') return setParagraphKind('operative')(state, dispatch)
  if (name === 'operative') return setParagraphKind('preambular')(state, dispatch)
  return false
}

/**
 * Adds to a transaction the steps that make the paragraph at `pos` one of `kind`, moved to where its
 * kind begins or ends, with the selection following it.
 */
export function moveToKind(tr: Transaction, pos: number, kind: ParagraphKind): Transaction {
  const node = tr.doc.nodeAt(pos)!
  const { anchor, head } = tr.selection
  const inside = (p: number) => p >= pos && p <= pos + node.nodeSize
  tr.delete(pos, pos + node.nodeSize)
  // Either way the paragraph lands on the edge between preamble and operative part, so the last preambular
  // paragraph becoming operative, or the first operative one becoming preambular, stays where it is.
  const part = partOf(tr.doc, kind)
  const at = kind === 'operative' ? part.start : part.end
  tr.insert(at, schema.nodes[kind]!.create(node.attrs, node.content))
  if (inside(anchor) && inside(head)) {
    tr.setSelection(TextSelection.create(tr.doc, at + (anchor - pos), at + (head - pos)))
  }
  return tr
}
