import type { Command } from 'prosemirror-state'
import { TextSelection } from 'prosemirror-state'
import { innermostClause } from './clause-at.ts'

/**
 * Moves the clause the cursor is in (a paragraph, or a sub-paragraph within its paragraph) one place up
 * (`-1`) or down (`1`), past the neighbouring clause of the same kind. Its number follows from its new place;
 * its id goes with it, so amendments and references keep pointing at it.
 */
export function moveClause(dir: -1 | 1): Command {
  return (state, dispatch) => {
    const clause = innermostClause(state.selection.$from)
    if (!clause) return false
    const neighbourIndex = clause.index + dir
    if (neighbourIndex < 0 || neighbourIndex >= clause.parent.childCount) return false
    const neighbour = clause.parent.child(neighbourIndex)
    if (neighbour.type !== clause.node.type) return false
    if (dispatch) {
      const { anchor, head } = state.selection
      const size = clause.node.nodeSize
      const tr = state.tr.delete(clause.pos, clause.pos + size)
      // Up: the clause goes where the neighbour started. Down: just after the neighbour, which has moved up by
      // the clause's size.
      const at = dir === -1 ? clause.pos - neighbour.nodeSize : clause.pos + neighbour.nodeSize
      tr.insert(at, clause.node)
      tr.setSelection(TextSelection.create(tr.doc, at + (anchor - clause.pos), at + (head - clause.pos)))
      dispatch(tr.scrollIntoView())
    }
    return true
  }
}
