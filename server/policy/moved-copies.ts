import type { Node } from 'prosemirror-model'
import * as Y from 'yjs'
import {
  CLAUSE_TYPES,
  isFaithfulCopy,
  type ParagraphProposal,
  proposalOf,
  SHARED,
  sharedBlocks,
} from '../../schema/index.ts'
import { pathOf, yElementToNode } from '../convert/index.ts'
import type { Recorded, UpdateChange } from '../model/index.ts'

const CLAUSES: readonly string[] = CLAUSE_TYPES

/** A clause and its proposal, found in a node. */
interface Proposed {
  node: Node
  proposal: ParagraphProposal
}

/** The clauses in `nodes` (and below them) whose proposal passes `test`. */
function proposed(nodes: readonly Node[], test: (p: ParagraphProposal) => boolean): Proposed[] {
  const out: Proposed[] = []
  const visit = (node: Node) => {
    if (!CLAUSES.includes(node.type.name)) return true
    const proposal = proposalOf(node)
    if (proposal && test(proposal)) out.push({ node, proposal })
    return true
  }
  for (const node of nodes) {
    visit(node)
    node.descendants(visit)
  }
  return out
}

/** The clause with an id among `nodes` (and below them). */
function clauseIn(nodes: readonly Node[], id: string): Node | null {
  let found: Node | null = null
  const visit = (node: Node) => {
    if (found) return false
    if (CLAUSES.includes(node.type.name) && node.attrs.id === id) found = node
    return !found
  }
  for (const node of nodes) {
    if (visit(node)) node.descendants(visit)
  }
  return found
}

/** Whether a shared element or one below it is the clause with an id. */
function holdsClause(element: Y.XmlElement, id: string): boolean {
  if (CLAUSES.includes(element.nodeName) && element.getAttribute('id') === id) return true
  return element.toArray().some((child) => child instanceof Y.XmlElement && holdsClause(child, id))
}

/** The clause with an id in the whole draft after the update: only its block is converted. */
function clauseInDraft(change: UpdateChange, id: string): Node | null {
  const element = sharedBlocks<Y.XmlElement | Y.XmlText>(change.after.getXmlFragment(SHARED.document)).find(
    (child): child is Y.XmlElement => child instanceof Y.XmlElement && holdsClause(child, id),
  )
  return element ? clauseIn([yElementToNode(element, pathOf(element))], id) : null
}

/**
 * Why a copy of a moved paragraph that the delegation's change adds or alters is not a faithful move, or null.
 * Accepting a move keeps the copy and drops the paragraph it was moved from, so the copy must hold that
 * paragraph's agreed words, and that paragraph must carry the same move proposal. A copy the change only
 * moves (removed and added again as it was) is left as it is: the paragraph's words may have changed since.
 */
export function movedCopyRefusal(
  change: UpdateChange,
  delegation: string,
  recorded: Recorded,
): string | null {
  const before: Node[] = []
  const after: Node[] = []
  for (const block of change.blocks) {
    if (block.kind !== 'added') before.push(block.before!)
    if (block.kind !== 'removed') after.push(block.after!)
  }
  const ownCopy = (p: ParagraphProposal) =>
    p.delegation === delegation && p.kind === 'move' && p.from !== undefined
  const copies = proposed(after, ownCopy)
  if (copies.length === 0) return null
  const earlier = proposed(before, ownCopy)
  for (const copy of copies) {
    if (earlier.some((e) => e.node.eq(copy.node))) continue
    const from = copy.proposal.from!
    const original = clauseIn(after, from) ?? clauseInDraft(change, from)
    if (!original)
      return `the copy of amendment ${copy.proposal.amendment} moves clause ${from}, which is gone`
    const mark = proposalOf(original)
    const same = mark?.amendment === copy.proposal.amendment && mark.delegation === delegation
    if (!same || mark.kind !== 'move' || mark.from !== undefined) {
      return `clause ${from} does not carry the move of amendment ${copy.proposal.amendment}`
    }
    if (!isFaithfulCopy(copy.node, original, recorded.statusOf)) {
      return `the copy of clause ${from} (amendment ${copy.proposal.amendment}) changes its words`
    }
  }
  return null
}
