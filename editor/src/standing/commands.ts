import type { Mark } from 'prosemirror-model'
import type { EditorState, Transaction } from 'prosemirror-state'
import {
  type Alternative,
  newId,
  pickAlternative,
  placeBrackets,
  removeBrackets,
  schema,
  setAlternatives,
} from '../../../schema/index.ts'
import { innermostClause } from '../commands/clause-at.ts'
import { exempt } from '../suggestion/index.ts'

/** What the facilitator's commands act on: the clause at the cursor (its id and position), if any. */
export interface ClauseTarget {
  id: string
  pos: number
}

/** The clause (paragraph or sub-paragraph) the selection starts in, with a stable id; null outside one. */
export function clauseTarget(state: EditorState): ClauseTarget | null {
  const clause = innermostClause(state.selection.$from)
  const id = clause?.node.attrs.id
  return clause && typeof id === 'string' ? { id, pos: clause.pos } : null
}

/** The pair of word brackets the selection starts in, if any. */
export function bracketAt(state: EditorState): Mark | null {
  const { $from } = state.selection
  const marks = [...$from.marks(), ...($from.nodeAfter?.marks ?? [])]
  return marks.find((m) => m.type === schema.marks.bracket) ?? null
}

// The facilitator's changes of where a paragraph stands are not proposals: suggestion mode leaves them be.
const own = (tr: Transaction, action: string) => exempt(tr, action)

/** Puts the selected words in square brackets at the request of a delegation; null without a selection. */
export function bracketWords(state: EditorState, by: string): Transaction | null {
  const { from, to, empty } = state.selection
  if (empty) return null
  const tr = state.tr
  for (const step of placeBrackets(state.doc, from, to, by, newId()).steps) tr.step(step)
  return own(tr, 'bracket')
}

/** Takes away the brackets around the words at the cursor; null where there are none. */
export function unbracketWords(state: EditorState): Transaction | null {
  const mark = bracketAt(state)
  if (!mark) return null
  const tr = state.tr
  for (const step of removeBrackets(state.doc, mark.attrs.id as string).steps) tr.step(step)
  return own(tr, 'unbracket')
}

/** Puts the clause at the cursor in square brackets at the request of a delegation, or (null) takes them away. */
export function bracketClause(state: EditorState, by: string | null): Transaction | null {
  const target = clauseTarget(state)
  if (!target) return null
  return own(state.tr.setNodeAttribute(target.pos, 'bracketed', by), 'bracket-paragraph')
}

/** Changes the alternative wordings of the clause at the cursor; null outside a clause. */
export function changeAlternatives(
  state: EditorState,
  change: (current: Alternative[]) => Alternative[],
): Transaction | null {
  const target = clauseTarget(state)
  if (!target) return null
  const tr = state.tr
  for (const step of setAlternatives(state.doc, target.id, change).steps) tr.step(step)
  return own(tr, 'alternatives')
}

/** Makes wording `n` (1: the words it has) the text of the clause at the cursor; the others go. */
export function useAlternative(state: EditorState, n: number): Transaction | null {
  const target = clauseTarget(state)
  if (!target) return null
  const tr = state.tr
  for (const step of pickAlternative(state.doc, target.id, n).steps) tr.step(step)
  return own(tr, 'pick-alternative')
}
