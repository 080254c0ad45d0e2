import type { Command } from 'prosemirror-state'
import { Selection } from 'prosemirror-state'
import { inLeadPara, topClause } from './clause-at.ts'

/**
 * Backspace in an empty paragraph that opens its part (the first preambular or operative paragraph): removes
 * it and puts the cursor at the end of the text before, as Backspace in an empty paragraph does elsewhere.
 * The part's edge stops ProseMirror's own join there, so without this an Enter pressed by mistake in the last
 * preambular paragraph (which makes it the first operative one) could not be taken back with Backspace.
 */
export const removeEmptyOpening: Command = (state, dispatch) => {
  const { $from, empty } = state.selection
  if (!empty || !inLeadPara($from) || $from.parent.content.size !== 0) return false
  const clause = topClause($from)
  if (clause?.index !== 0 || clause.node.childCount !== 1) return false
  if (dispatch) {
    const tr = state.tr.delete(clause.pos, clause.pos + clause.node.nodeSize)
    tr.setSelection(Selection.near(tr.doc.resolve(clause.pos), -1))
    dispatch(tr.scrollIntoView())
  }
  return true
}
