import type { Command } from 'prosemirror-state'
import { TextSelection } from 'prosemirror-state'
import { partOf, schema } from '../../../schema/index.ts'
import { inLeadPara, innermostClause } from './clause-at.ts'
import { emptyClause } from './insert.ts'
import { moveToKind } from './kind.ts'
import { liftAt } from './nesting.ts'

/**
 * Enter in the first paragraph of a clause: at its end, starts a new clause of the same kind after it (after
 * its sub-paragraphs); at its start, opens a new clause before it, so the clause keeps its id; in the middle,
 * splits the clause in two, the second part getting a fresh id. In an empty clause, Enter changes its place
 * instead: an empty sub-paragraph is lifted one level, and an empty last preambular paragraph becomes the
 * first operative one.
 */
export const splitClause: Command = (state, dispatch) => {
  const tr = state.tr
  if (!state.selection.empty) tr.deleteSelection()
  const { $from } = tr.selection
  if (!(tr.selection instanceof TextSelection) || !inLeadPara($from)) return false
  const clause = innermostClause($from)!
  const kind = clause.node.type.name as 'preambular' | 'operative' | 'subparagraph'
  const para = $from.parent
  const alone = clause.node.childCount === 1

  if (para.content.size === 0 && alone) {
    if (kind === 'subparagraph' && clause.depth > 1 && clause.parent.type.name !== 'quotation') {
      if (dispatch) dispatch(liftAt(tr, clause).scrollIntoView())
      return true
    }
    const next = clause.index + 1 < clause.parent.childCount ? clause.parent.child(clause.index + 1) : null
    if (kind === 'preambular' && next?.type.name !== 'preambular') {
      if (dispatch) dispatch(moveToKind(tr, clause.pos, 'operative').scrollIntoView())
      return true
    }
  }

  if (dispatch) {
    if ($from.parentOffset === para.content.size) {
      const at = clause.pos + clause.node.nodeSize
      tr.insert(at, emptyClause(kind))
      tr.setSelection(TextSelection.create(tr.doc, at + 2))
    } else if ($from.parentOffset === 0) {
      const fresh = emptyClause(kind)
      tr.insert(clause.pos, fresh)
      tr.setSelection(TextSelection.create(tr.doc, clause.pos + fresh.nodeSize + 2))
    } else {
      tr.split($from.pos, 2, [{ type: schema.nodes[kind]!, attrs: { id: null } }])
    }
    dispatch(tr.scrollIntoView())
  }
  return true
}

/**
 * Enter in a header line adds a line break: the header fields are fixed lines (organ, symbol, date ...), but a
 * line such as the agenda item title may run over several.
 */
export const breakHeaderLine: Command = (state, dispatch) => {
  const { $from } = state.selection
  if ($from.parent.type.name !== 'header_field') return false
  if (dispatch) dispatch(state.tr.replaceSelectionWith(schema.nodes.hard_break.create()).scrollIntoView())
  return true
}

/** Enter at the end of the authoring formula or the title moves to the first paragraph, adding one if none. */
export const leaveFormula: Command = (state, dispatch) => {
  const { $from } = state.selection
  const name = $from.parent.type.name
  if ((name !== 'formula' && name !== 'title') || $from.parentOffset !== $from.parent.content.size)
    return false
  if (dispatch) {
    const after = $from.after()
    const tr = state.tr
    const preamble = partOf(state.doc, 'preambular')
    const operatives = partOf(state.doc, 'operative')
    if (name === 'title') tr.setSelection(TextSelection.create(tr.doc, after + 1))
    else if (preamble.node.childCount > 0) tr.setSelection(TextSelection.create(tr.doc, preamble.start + 2))
    else if (operatives.node.childCount > 0)
      tr.setSelection(TextSelection.create(tr.doc, operatives.start + 2))
    else {
      tr.insert(preamble.start, emptyClause('preambular'))
      tr.setSelection(TextSelection.create(tr.doc, preamble.start + 2))
    }
    dispatch(tr.scrollIntoView())
  }
  return true
}
