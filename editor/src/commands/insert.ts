import { Fragment, type Node } from 'prosemirror-model'
import { type Command, NodeSelection, TextSelection } from 'prosemirror-state'
import { newId, partOf, schema } from '../../../schema/index.ts'
import { innermostClause, topClause } from './clause-at.ts'

/** A new, empty clause of a kind with a fresh id. */
export const emptyClause = (kind: 'preambular' | 'operative' | 'subparagraph'): Node =>
  schema.nodes[kind]!.create({ id: newId() }, schema.nodes.para.create())

/**
 * Inserts an empty preambular or operative paragraph: after the paragraph the cursor is in when it is of the
 * same kind, else where that kind belongs (new operative paragraphs after the preamble, preambular paragraphs
 * at the end of the preamble). The cursor moves into it.
 */
export function insertClause(kind: 'preambular' | 'operative'): Command {
  return (state, dispatch) => {
    const top = topClause(state.selection.$from)
    let at: number
    if (top && top.node.type.name === kind) at = top.pos + top.node.nodeSize
    else if (kind === 'operative' && top?.node.type.name === 'preambular') at = partOf(state.doc, kind).start
    else at = partOf(state.doc, kind).end
    const node = emptyClause(kind)
    const $at = state.doc.resolve(at)
    if (!$at.parent.canReplaceWith($at.index(), $at.index(), node.type)) return false
    if (dispatch) {
      const tr = state.tr.insert(at, node)
      tr.setSelection(TextSelection.create(tr.doc, at + 2))
      dispatch(tr.scrollIntoView())
    }
    return true
  }
}

/**
 * Inserts an empty sub-paragraph: after the sub-paragraph the cursor is in, or as the last sub-paragraph of
 * the paragraph the cursor is in.
 */
export const insertSubparagraph: Command = (state, dispatch) => {
  const clause = innermostClause(state.selection.$from)
  if (!clause) return false
  const at =
    clause.node.type.name === 'subparagraph'
      ? clause.pos + clause.node.nodeSize
      : clause.pos + clause.node.nodeSize - 1
  if (dispatch) {
    const tr = state.tr.insert(at, emptyClause('subparagraph'))
    tr.setSelection(TextSelection.create(tr.doc, at + 2))
    dispatch(tr.scrollIntoView())
  }
  return true
}

/**
 * Inserts an empty footnote at the cursor and selects it, which opens its editor. Footnotes are numbered from
 * position, so none is typed.
 */
export const insertFootnote: Command = (state, dispatch) => {
  const { $from, $to } = state.selection
  const type = schema.nodes.footnote
  if (!$from.parent.isTextblock || !$from.parent.canReplaceWith($from.index(), $to.index(), type))
    return false
  if ($from.parent.type.name === 'footnote') return false
  if (dispatch) {
    const node = type.create({ id: newId() }, Fragment.empty)
    const tr = state.tr.replaceSelectionWith(node, false)
    // replaceSelectionWith leaves the cursor just after what it inserted.
    tr.setSelection(NodeSelection.create(tr.doc, tr.selection.from - node.nodeSize))
    dispatch(tr.scrollIntoView())
  }
  return true
}
