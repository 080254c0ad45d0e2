import { Fragment, type Mark, type Node } from 'prosemirror-model'
import { CLAUSE_TYPES } from '../schema.ts'
import { changeOf } from './marks.ts'
import { amendmentNames } from './names.ts'
import { type ParagraphProposal, proposalOf } from './proposal.ts'
import type { StatusOf } from './record.ts'

const CLAUSES: readonly string[] = CLAUSE_TYPES

/** Whether a clause with this proposal stands apart from the agreed text: a new paragraph or a moved copy. */
const isAdded = (proposal: ParagraphProposal): boolean =>
  proposal.kind === 'insert' || proposal.from !== undefined

/**
 * One delegation's part of a draft, for telling whether a change of it touches anything else. An amendment
 * counts as the delegation's while it is not accepted: an accepted amendment's words are agreed text.
 */
class Stripper {
  constructor(
    private readonly delegation: string,
    private readonly statusOf: StatusOf,
  ) {}

  private mine(named: { amendment: string; delegation: string }): boolean {
    return named.delegation === this.delegation && this.statusOf(named.amendment) !== 'accepted'
  }

  private ownsMark = (mark: Mark): boolean => {
    const change = changeOf(mark)
    return change !== null && this.mine({ amendment: change.amendment, delegation: mark.attrs.delegation })
  }

  /** Whether anything in a node (a mark, a proposal) names another delegation. */
  private namesOthers(node: Node): boolean {
    for (const names of amendmentNames(node).values()) {
      for (const name of names) if (name !== this.delegation) return true
    }
    return false
  }

  /** A clause without the delegation's proposals; null if the clause is one it adds. */
  clause(node: Node): Node | null {
    const proposal = proposalOf(node)
    if (proposal && isAdded(proposal)) {
      // Another delegation's new paragraph or moved copy is its own: nothing in it is stripped, so whatever
      // this delegation changed there remains a difference. Its own goes, unless it names someone else.
      return this.mine(proposal) && !this.namesOthers(node) ? null : node
    }
    const attrs = proposal && this.mine(proposal) ? { ...node.attrs, proposal: null } : node.attrs
    const content = this.blocks(node)
    if (attrs === node.attrs && content === node.content) return node
    return node.type.create(attrs, content, node.marks)
  }

  private blocks(node: Node): Fragment {
    const children: Node[] = []
    let changed = false
    node.forEach((child) => {
      let kept: Node | null
      if (CLAUSES.includes(child.type.name)) kept = this.clause(child)
      else if (child.inlineContent) kept = this.inline(child)
      else {
        const content = this.blocks(child)
        // A quotation holding nothing but the delegation's new sub-paragraphs goes with them.
        kept = content.childCount === 0 ? null : content === child.content ? child : child.copy(content)
      }
      if (kept !== child) changed = true
      if (kept) children.push(kept)
    })
    return changed ? Fragment.fromArray(children) : node.content
  }

  private inline(node: Node): Node {
    const children: Node[] = []
    let changed = false
    node.forEach((child) => {
      const own = child.marks.filter(this.ownsMark)
      if (own.length === 0) {
        children.push(child)
        return
      }
      changed = true
      const inserted = own.some((m) => m.type.name === 'insertion')
      // Words it proposes go, unless another delegation's insertion names them too (which it cannot have
      // made); its deletion marks go, even over words another delegation marked, because Yjs stretches a
      // formatting range over words inserted inside it at the same moment.
      const foreignInsertion = child.marks.some((m) => m.type.name === 'insertion' && !own.includes(m))
      if (inserted && !foreignInsertion) return
      children.push(child.mark(child.marks.filter((m) => !own.includes(m) || m.type.name === 'insertion')))
    })
    return changed ? node.copy(Fragment.fromArray(children)) : node
  }
}

/**
 * A top-level node of a draft as it stands without one delegation's pending proposals: the words it proposes
 * to insert are left out, its deletion marks removed, its proposed new paragraphs and moved copies left out,
 * and its proposals to delete or move a paragraph cleared. Null when the whole node is its proposal. Two
 * versions of a node that are equal this way differ only in that delegation's proposals, which is all a
 * delegation may change. Marks and proposals it could not have made are kept, so that they count as a change:
 * those outside the clauses (header, title, formula, closing), inside another delegation's new paragraph or
 * moved copy, and those of accepted amendments (`statusOf`), whose words are agreed text; so is a new
 * paragraph of its own in which anything names another delegation.
 */
export function withoutProposalsOf(node: Node, delegation: string, statusOf: StatusOf): Node | null {
  if (!CLAUSES.includes(node.type.name)) return node
  return new Stripper(delegation, statusOf).clause(node)
}
