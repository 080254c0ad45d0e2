import { Fragment, type Node } from 'prosemirror-model'
import { ID_TYPES, newId, type ParagraphProposal, proposalAttr, schema } from '../../../schema/index.ts'
import type { SuggestionContext } from './context.ts'
import { isChangeMark, isClause } from './regions.ts'

/**
 * Makes content a delegation adds its own proposal: every inline node carries its insertion mark (and no other
 * insertion or deletion mark, which pasted or inherited content may bring), clauses and footnotes get fresh ids
 * where theirs is missing or already taken (a copy must never take the id references point to), and clauses
 * carry the given proposal at the top and none below it.
 */
export class Claimer {
  private taken: Set<string> | null = null

  constructor(
    private readonly doc: Node,
    private readonly ctx: SuggestionContext,
  ) {}

  private ids(): Set<string> {
    if (!this.taken) {
      const ids = new Set<string>()
      this.doc.descendants((node) => {
        if (ID_TYPES.includes(node.type.name) && node.attrs.id) ids.add(node.attrs.id as string)
        return node.type.name !== 'footnote'
      })
      this.taken = ids
    }
    return this.taken
  }

  /** A clause or footnote id no node of the document holds. */
  freshId(): string {
    const ids = this.ids()
    const make = this.ctx.newClauseId ?? newId
    let id = make()
    while (ids.has(id)) id = make()
    ids.add(id)
    return id
  }

  /** The id a new node keeps: its own when free, else a fresh one. */
  idFor(current: unknown): string {
    const ids = this.ids()
    if (typeof current === 'string' && current !== '' && !ids.has(current)) {
      ids.add(current)
      return current
    }
    return this.freshId()
  }

  /** The insertion mark of an amendment of this delegation. */
  insertionMark(amendment: string) {
    return schema.marks.insertion.create({ amendment, delegation: this.ctx.delegation })
  }

  /** An inline node as words inserted by the amendment. */
  inline(node: Node, amendment: string): Node {
    const marks = this.insertionMark(amendment).addToSet(node.marks.filter((m) => !isChangeMark(m)))
    if (!ID_TYPES.includes(node.type.name)) return node.mark(marks)
    return node.type.create({ ...node.attrs, id: this.idFor(node.attrs.id) }, node.content, marks)
  }

  /** A copy of agreed content for a new place: the same words, fresh ids, `proposal` on top and none below. */
  copy(node: Node, proposal: ParagraphProposal | null): Node {
    if (node.isText) return node
    const children: Node[] = []
    node.forEach((child) => {
      children.push(this.copy(child, null))
    })
    let attrs = node.attrs
    if (ID_TYPES.includes(node.type.name)) attrs = { ...attrs, id: this.idFor(attrs.id) }
    if (isClause(node)) attrs = { ...attrs, proposal: proposal ? proposalAttr(proposal) : null }
    return node.type.create(attrs, Fragment.fromArray(children), node.marks)
  }

  /**
   * A block node as content the amendment adds; `proposal` goes on it when it is a clause, and no square
   * brackets or alternatives (the facilitator's).
   */
  block(node: Node, amendment: string, proposal: ParagraphProposal | null): Node {
    if (node.isInline) return this.inline(node, amendment)
    const children: Node[] = []
    node.forEach((child) => {
      children.push(this.block(child, amendment, null))
    })
    let attrs = node.attrs
    if (isClause(node)) {
      // Square brackets and alternatives are the facilitator's: a delegation's new paragraph has none.
      const proposed = proposal ? proposalAttr(proposal) : null
      attrs = { ...attrs, id: this.idFor(attrs.id), proposal: proposed, bracketed: null, alternatives: null }
    }
    return node.type.create(attrs, Fragment.fromArray(children), node.marks)
  }
}
