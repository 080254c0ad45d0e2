import { Fragment, type Node } from 'prosemirror-model'
import { type EditorState, type Selection, TextSelection, type Transaction } from 'prosemirror-state'
import { ReplaceStep } from 'prosemirror-transform'
import { cleanView, isPending, proposalAttr, proposalOf } from '../../../schema/index.ts'
import type { SuggestionContext } from './context.ts'
import { SuggestionJob } from './job.ts'
import { isClause, regionAt } from './regions.ts'

/** A clause and the index among its siblings (without it) a transaction moved it to. */
export interface RecognizedMove {
  pos: number
  index: number
}

/**
 * Recognises the editor's move commands (`moveClause`): a transaction that deletes a whole clause and inserts
 * the same clause, id and all, elsewhere in the same parent.
 */
export function recognizeMove(state: EditorState, tr: Transaction): RecognizedMove | null {
  if (tr.steps.length !== 2) return null
  const [remove, insert] = tr.steps
  if (!(remove instanceof ReplaceStep) || !(insert instanceof ReplaceStep)) return null
  if (remove.slice.size !== 0 || insert.from !== insert.to) return null
  const { slice } = insert
  if (slice.openStart !== 0 || slice.openEnd !== 0 || slice.content.childCount !== 1) return null
  const node = state.doc.nodeAt(remove.from)
  if (!node || !isClause(node) || remove.from + node.nodeSize !== remove.to) return null
  if (!slice.content.firstChild!.eq(node)) return null
  const $from = state.doc.resolve(remove.from)
  const $target = tr.docs[1]!.resolve(insert.from)
  if ($target.depth !== $from.depth || $target.start() !== $from.start()) return null
  return { pos: remove.from, index: $target.index() }
}

/**
 * Whether a transaction is the editor's change of a paragraph's kind (`setParagraphKind`, Enter in an empty
 * last preambular paragraph) on a paragraph that is not the delegation's own pending proposal: it deletes the
 * paragraph from its part and inserts it, id and content kept, into the other part as the other kind. The kind
 * of an agreed paragraph is not something a delegation can propose.
 */
export function changesAgreedKind(state: EditorState, tr: Transaction, ctx: SuggestionContext): boolean {
  if (tr.steps.length !== 2) return false
  const [remove, insert] = tr.steps
  if (!(remove instanceof ReplaceStep) || !(insert instanceof ReplaceStep)) return false
  if (remove.slice.size !== 0 || insert.from !== insert.to || insert.slice.content.childCount !== 1)
    return false
  const node = state.doc.nodeAt(remove.from)
  const moved = insert.slice.content.firstChild!
  if (!node || !isClause(node) || remove.from + node.nodeSize !== remove.to) return false
  if (moved.type === node.type || moved.attrs.id !== node.attrs.id || !moved.content.eq(node.content))
    return false
  const proposal = proposalOf(node)
  const statusOf = ctx.statusOf ?? (() => undefined)
  const own = proposal?.delegation === ctx.delegation && proposal.kind === 'insert'
  return !(own && isPending(statusOf(proposal.amendment)))
}

/** The position before the child at `index` of the node whose content starts at `parentStart`, or its end. */
function childPos(doc: Node, parentStart: number, index: number): number {
  const parent = doc.resolve(parentStart).parent
  let pos = parentStart
  for (let i = 0; i < index; i++) pos += parent.child(i).nodeSize
  return pos
}

/** The selection inside a moved clause, at the same place in it when it was inside before. */
function followInto(tr: Transaction, selection: Selection, oldPos: number, size: number, newPos: number) {
  const { from, to } = selection
  if (from < oldPos || to > oldPos + size) return
  const inside = Math.min(newPos + (from - oldPos), tr.doc.content.size)
  tr.setSelection(TextSelection.near(tr.doc.resolve(Math.max(inside, newPos + 1))))
}

/**
 * Proposes moving the clause at `clausePos` so that it stands at `targetIndex` among its siblings (counted
 * without it, as the editor's move commands count). An agreed clause stays where it is with a move proposal
 * and a copy of its agreed text, with a fresh id, goes to the new place naming it in `from`. A paragraph of
 * this delegation's own (proposed, or the copy of its own move) really moves; moving a copy back next to the
 * clause it copies withdraws the move. Null when the clause cannot be moved so.
 */
export function proposeMove(
  state: EditorState,
  clausePos: number,
  targetIndex: number,
  ctx: SuggestionContext,
): Transaction | null {
  const doc = state.doc
  const node = doc.nodeAt(clausePos)
  if (!node || !isClause(node)) return null
  const $pos = doc.resolve(clausePos)
  const index = $pos.index()
  const parentStart = $pos.start()
  if (targetIndex < 0 || targetIndex > $pos.parent.childCount - 1 || targetIndex === index) return null
  const job = new SuggestionJob(state, ctx)
  const tr = job.out
  const region = regionAt($pos, ctx.delegation, job.statusOf)
  const proposal = proposalOf(node)
  // A proposal of its own that is decided (left over until the server resolves it) is no longer its to move.
  const own = proposal?.delegation === ctx.delegation && isPending(job.statusOf(proposal.amendment))
  const target = childPos(doc, parentStart, targetIndex < index ? targetIndex : targetIndex + 1)

  if (region.kind === 'own' || (own && (proposal.kind === 'insert' || proposal.from !== undefined))) {
    job.involved.add(region.kind === 'own' ? region.amendment : proposal!.amendment)
    if (own && proposal.from !== undefined) {
      let original = -1
      $pos.parent.forEach((child, _offset, i) => {
        if (child.attrs.id === proposal.from && proposalOf(child)?.amendment === proposal.amendment)
          original = i
      })
      const originalIndex = original > index ? original - 1 : original
      if (original >= 0 && (targetIndex === originalIndex || targetIndex === originalIndex + 1)) {
        tr.setNodeAttribute(childPos(doc, parentStart, original), 'proposal', null)
        tr.delete(clausePos, clausePos + node.nodeSize)
        return job.finish()
      }
    }
    tr.delete(clausePos, clausePos + node.nodeSize)
    const at = tr.mapping.map(target)
    tr.insert(at, node)
    followInto(tr, state.selection, clausePos, node.nodeSize, at)
    return job.finish()
  }

  if (region.kind !== 'agreed' || proposal || typeof node.attrs.id !== 'string') return null
  const view = cleanView(doc, job.statusOf)
  const cleanPos = view.clausePos.get(clausePos)
  if (cleanPos === undefined) return null
  const id = job.freshAmendment()
  const copy = job.claim.copy(view.doc.nodeAt(cleanPos)!, job.proposal(id, 'move', node.attrs.id))
  const $target = doc.resolve(target)
  if (!$target.parent.canReplace($target.index(), $target.index(), Fragment.from(copy))) return null
  tr.setNodeAttribute(clausePos, 'proposal', proposalAttr(job.proposal(id, 'move')))
  tr.insert(target, copy)
  followInto(tr, state.selection, clausePos, node.nodeSize, target)
  return job.finish()
}

/**
 * Proposes deleting the clause at `clausePos` as a whole (the paragraph stays, with a delete proposal); for a
 * paragraph of this delegation's own, deletes it (and for the copy of its own move, withdraws the move).
 */
export function proposeDeleteClause(
  state: EditorState,
  clausePos: number,
  ctx: SuggestionContext,
): Transaction | null {
  const node = state.doc.nodeAt(clausePos)
  if (!node || !isClause(node)) return null
  const job = new SuggestionJob(state, ctx)
  if (job.deleteRange(clausePos, clausePos + node.nodeSize) === null || !job.out.docChanged) return null
  return job.finish()
}
