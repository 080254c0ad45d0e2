import type { ResolvedPos, Slice } from 'prosemirror-model'
import { type EditorState, Selection, TextSelection, type Transaction } from 'prosemirror-state'
import { ReplaceAroundStep, ReplaceStep } from 'prosemirror-transform'
import type { SuggestionContext } from './context.ts'
import { SuggestionJob } from './job.ts'
import { Offsets } from './offsets.ts'
import { changesAgreedKind, proposeMove, recognizeMove } from './paragraphs.ts'
import { isChangeMark } from './regions.ts'

const inFootnote = ($pos: ResolvedPos) => $pos.parent.type.name === 'footnote'

/**
 * Replays one user replace step on the rewritten transaction: its deleted range is deleted the suggestion way
 * (kept and marked where agreed) and its content inserted after what was kept. Returns where the cursor
 * belongs when the step rearranged content (a split), null when positions follow `offsets`, or false when the
 * step cannot be proposed.
 */
function replayReplace(job: SuggestionJob, offsets: Offsets, step: ReplaceStep): number | null | false {
  const { from, to, slice } = step
  const f = offsets.map(from, 1)
  const t = from === to ? f : offsets.map(to, -1)
  const doc = job.out.doc
  if (t < f || t > doc.content.size) return false
  const $f = doc.resolve(f)
  const $t = doc.resolve(t)
  job.beginStep()
  if (inFootnote($f) || inFootnote($t)) {
    if (!job.editFootnote(f, t, slice)) return false
    offsets.replaced(from, to, slice.size, 0)
    return null
  }
  let at = f
  if (t > f) {
    const end = job.deleteRange(f, t)
    if (end === null) return false
    at = end
  }
  let cursor: number | null = null
  if (slice.size > 0) {
    const inserted = job.insert(at, slice, () => job.wordsId($t, f, t))
    if (!inserted) return false
    cursor = inserted.cursor
  }
  offsets.replaced(from, to, slice.size, at - f)
  return cursor
}

/** Whether a slice holds words or other inline content, rather than only the structure around them. */
function holdsInline(slice: Slice): boolean {
  let found = false
  slice.content.descendants((node) => {
    if (node.isInline) found = true
    return !found
  })
  return found
}

/**
 * A step that lifts or joins blocks around a gap and inserts no words (how ProseMirror joins paragraphs with
 * Backspace or deletes a selection across paragraphs in this schema), replayed as what it means for the text:
 * the content outside the gap is deleted the suggestion way and the structure stays. Returns the selection:
 * where the deleted range starts, or after Delete where it ends, in the nearest paragraph, so that Backspace
 * at the start of a paragraph moves into the one before.
 */
function replayJoin(job: SuggestionJob, state: EditorState, step: ReplaceAroundStep): Selection | null {
  job.beginStep()
  const start = job.out.mapping.maps.length
  // The later range first, so that the positions of the earlier one stay as they are.
  if (job.deleteRange(step.gapTo, step.to) === null || job.deleteRange(step.from, step.gapFrom) === null) {
    return null
  }
  const mapping = job.out.mapping.slice(start)
  const doc = job.out.doc
  const forward = state.selection.empty && state.selection.from <= step.from
  return forward
    ? Selection.near(doc.resolve(mapping.map(step.to, -1)), 1)
    : Selection.near(doc.resolve(mapping.map(step.from, -1)), -1)
}

/** Whether the transaction is the Delete key: a deletion forward from an empty selection. */
function deletesForward(state: EditorState, tr: Transaction): boolean {
  const step = tr.steps[0]
  return (
    state.selection.empty &&
    tr.steps.length === 1 &&
    step instanceof ReplaceStep &&
    step.slice.size === 0 &&
    step.from === state.selection.from
  )
}

/**
 * The user's selection in the rewritten document. After Backspace the cursor stands before the words it struck
 * through (so the next Backspace strikes the word before), after Delete after them; after typing, after the
 * typed words.
 */
function mappedSelection(
  state: EditorState,
  tr: Transaction,
  out: Transaction,
  offsets: Offsets,
  cursor: number | null,
) {
  const sel = tr.selection
  const doc = out.doc
  try {
    if (cursor !== null && sel.empty) return TextSelection.near(doc.resolve(cursor))
    if (sel instanceof TextSelection) {
      const assoc = deletesForward(state, tr) ? 1 : -1
      return TextSelection.between(
        doc.resolve(offsets.map(sel.anchor, assoc)),
        doc.resolve(offsets.map(sel.head, assoc)),
      )
    }
    return sel.map(doc, offsets.stepMap())
  } catch (e) {
    if (!(e instanceof RangeError)) throw e
    return Selection.near(doc.resolve(Math.min(offsets.map(sel.head, -1), doc.content.size)))
  }
}

/** Carries what the user's transaction says besides its steps (metas, time, stored marks, scrolling). */
function carryOver(tr: Transaction, out: Transaction) {
  const metas = (tr as unknown as { meta: Record<string, unknown> }).meta
  for (const key of Object.keys(metas)) out.setMeta(key, metas[key])
  out.setTime(tr.time)
  if (tr.storedMarksSet) out.setStoredMarks(tr.storedMarks?.filter((m) => !isChangeMark(m)) ?? null)
  if (tr.scrolledIntoView) out.scrollIntoView()
}

/**
 * Rewrites a transaction a delegation made on `state` into one that proposes instead of changing the agreed
 * text (DESIGN.md section 5): typed words carry its insertion mark, deleted agreed words stay with its deletion
 * mark, its own proposed words really go, a new paragraph is a proposed paragraph, a paragraph deleted whole
 * carries a delete proposal and the editor's move commands become move proposals. Edits touching a pending
 * amendment of the delegation in the same paragraph join it; a replacement in one step is one amendment.
 *
 * Returns null when the change cannot be proposed, and the caller drops it: edits outside the preambular and
 * operative paragraphs, inside another delegation's proposed paragraph or a moved copy, in an agreed
 * footnote's text, structural changes to agreed paragraphs (joining two of them with Backspace, indenting
 * them, changing their kind), formatting of agreed words, and anything else that would change the agreed text
 * after all, which `finish` checks with `cleanDoc` the way the server does. The result carries the records to
 * write as its `suggestionKey` meta (see `applyRecordChanges`).
 */
export function suggestTransaction(
  state: EditorState,
  tr: Transaction,
  ctx: SuggestionContext,
): Transaction | null {
  if (!tr.docChanged) return tr
  if (changesAgreedKind(state, tr, ctx)) return null
  const move = recognizeMove(state, tr)
  if (move) return proposeMove(state, move.pos, move.index, ctx)
  const job = new SuggestionJob(state, ctx)
  const offsets = new Offsets()
  let cursor: number | null = null
  let selection: Selection | null = null
  for (const step of tr.steps) {
    // After content was rearranged (a split, a join) the user's later positions no longer map; such steps
    // come last.
    if (cursor !== null || selection) return null
    if (step instanceof ReplaceAroundStep && !holdsInline(step.slice) && offsets.isEmpty()) {
      selection = replayJoin(job, state, step)
      if (!selection) return null
      continue
    }
    if (step instanceof ReplaceStep) {
      const result = replayReplace(job, offsets, step)
      if (result === false) return null
      cursor = result
      continue
    }
    // Marks, attributes and wrapping: made as they are inside what the delegation owns, refused elsewhere.
    const mapped = step.map(offsets.stepMap())
    if (!mapped || !job.ownsStep(mapped) || job.out.maybeStep(mapped).failed) return null
    offsets.through(step.getMap())
  }
  job.out.setSelection(selection ?? mappedSelection(state, tr, job.out, offsets, cursor))
  carryOver(tr, job.out)
  return job.finish()
}
