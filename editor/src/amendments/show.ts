import { type EditorState, TextSelection, type Transaction } from 'prosemirror-state'
import { amendmentsIn } from '../../../schema/index.ts'
import { focusAmendment } from './decorations.ts'
import { setViewMode, viewModeOf } from './view-mode.ts'

/**
 * The transaction that shows an amendment in the text: its words (or its paragraphs) selected and highlighted,
 * scrolled into view; from the clean view, which hides pending proposals, it switches to the compilation view.
 * Null when nothing in the document carries the amendment (it was decided or withdrawn).
 */
export function showAmendment(state: EditorState, id: string): Transaction | null {
  const touch = amendmentsIn(state.doc, id).get(id)
  if (!touch) return null
  const spans = [
    ...touch.insertions,
    ...touch.deletions,
    ...touch.paragraphs.map((p) => ({ from: p.pos, to: p.pos + state.doc.nodeAt(p.pos)!.nodeSize })),
  ]
  const from = Math.min(...spans.map((s) => s.from))
  const to = Math.max(...spans.map((s) => s.to))
  const tr = state.tr.setSelection(TextSelection.between(state.doc.resolve(from), state.doc.resolve(to)))
  focusAmendment(tr, id).scrollIntoView()
  if (viewModeOf(state) === 'clean') setViewMode(tr, 'compilation')
  return tr
}
