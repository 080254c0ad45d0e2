import type { Mark, Node, ResolvedPos } from 'prosemirror-model'
import { CLAUSE_TYPES, isPending, proposalOf, type StatusOf } from '../../../schema/index.ts'

const CLAUSES: readonly string[] = CLAUSE_TYPES

/** Whether a node is a clause (preambular, operative, sub-paragraph), the nodes that carry proposals. */
export const isClause = (node: Node): boolean => CLAUSES.includes(node.type.name)

/** Whether a mark is an insertion or deletion mark. */
export const isChangeMark = (mark: Mark): boolean =>
  mark.type.name === 'insertion' || mark.type.name === 'deletion'

/**
 * Who a place in the document belongs to, for a delegation in suggestion mode:
 * - `agreed`: the agreed text (also in a paragraph someone proposes to delete or move), amended word by word;
 * - `own`: inside a paragraph this delegation proposes to add, which it edits freely (`depth` is that
 *   paragraph's depth, `amendment` its amendment);
 * - `foreign`: inside a paragraph another delegation proposes, or in the copy of a moved paragraph, whose
 *   words are not agreed text and so cannot be amended;
 * - `outside`: text outside the clauses (header, title, formula, closing, annexes), which amendments do not
 *   concern (an amendment's wording names the resolution's paragraphs, not an annex's).
 */
export type Region =
  | { kind: 'agreed' }
  | { kind: 'own'; amendment: string; depth: number }
  | { kind: 'foreign' }
  | { kind: 'outside' }

/**
 * The region a position lies in, from the proposals on the clauses around it (outermost first). A proposal
 * whose amendment is decided (`statusOf`; its marks left over until the server resolves them) makes no region
 * of its own: an accepted new paragraph or moved copy is agreed text, a rejected or withdrawn one is on its way
 * out and takes no words, so that nothing is ever added to an amendment no longer pending.
 */
export function regionAt(
  $pos: ResolvedPos,
  delegation: string,
  statusOf: StatusOf = () => undefined,
): Region {
  let inClause = false
  for (let d = 1; d <= $pos.depth; d++) {
    const node = $pos.node(d)
    if (node.type.name === 'annex') return { kind: 'outside' }
    if (!isClause(node)) continue
    inClause = true
    const proposal = proposalOf(node)
    if (!proposal || (proposal.kind !== 'insert' && proposal.from === undefined)) continue
    const status = statusOf(proposal.amendment)
    if (status === 'accepted') continue
    if (!isPending(status)) return { kind: 'foreign' }
    if (proposal.kind === 'insert') {
      return proposal.delegation === delegation
        ? { kind: 'own', amendment: proposal.amendment, depth: d }
        : { kind: 'foreign' }
    }
    // A moved copy stands for the paragraph as agreed; its words are amended where the paragraph stands now.
    return { kind: 'foreign' }
  }
  return inClause || !$pos.parent.inlineContent ? { kind: 'agreed' } : { kind: 'outside' }
}

/**
 * What an inline node is to a delegation deleting it:
 * - `agreed`: agreed text, which a deletion marks;
 * - `own-insertion`: words it proposed itself, which a deletion really removes;
 * - `own-deletion`: agreed words it already proposes to delete;
 * - `foreign-insertion`: words another delegation proposes, which it cannot delete (they are not agreed text);
 * - `gone`: words no longer in the agreed text (an accepted deletion, a rejected insertion awaiting cleanup).
 */
export type InlineRole = 'agreed' | 'own-insertion' | 'own-deletion' | 'foreign-insertion' | 'gone'

/** The role of an inline node for a delegation, given the status of the amendments on it. */
export function inlineRole(node: Node, delegation: string, statusOf: StatusOf): InlineRole {
  let foreign = false
  let gone = false
  let ownInsertion = false
  let ownDeletion = false
  for (const mark of node.marks) {
    if (!isChangeMark(mark)) continue
    const status = statusOf(mark.attrs.amendment as string)
    const own = mark.attrs.delegation === delegation
    if (mark.type.name === 'insertion') {
      if (status === 'accepted') continue
      if (!isPending(status)) gone = true
      else if (own) ownInsertion = true
      else foreign = true
    } else if (status === 'accepted') gone = true
    else if (isPending(status) && own) ownDeletion = true
  }
  if (foreign) return 'foreign-insertion'
  if (gone) return 'gone'
  if (ownInsertion) return 'own-insertion'
  return ownDeletion ? 'own-deletion' : 'agreed'
}

/** Whether an inline node stands in the agreed text, leaving one amendment's marks out of account. */
export function agreedIgnoring(node: Node, statusOf: StatusOf, ignore: string): boolean {
  for (const mark of node.marks) {
    if (!isChangeMark(mark) || mark.attrs.amendment === ignore) continue
    const accepted = statusOf(mark.attrs.amendment as string) === 'accepted'
    if (mark.type.name === 'insertion' ? !accepted : accepted) return false
  }
  return true
}

/** The text an inline node adds to the words of its paragraph: footnotes and cross-references add none. */
export function inlineText(node: Node): string {
  if (node.isText) return node.text ?? ''
  return node.type.name === 'hard_break' ? ' ' : ''
}
