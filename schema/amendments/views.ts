import { Fragment, type Node } from 'prosemirror-model'
import { CLAUSE_TYPES } from '../schema.ts'
import { keptInClean, withoutChanges } from './marks.ts'
import { parseProposal } from './proposal.ts'
import { type StatusOf, type StatusSource, statusLookup } from './record.ts'

const CLAUSES: readonly string[] = CLAUSE_TYPES

/** A clean document and where each clause that stays in it went. */
export interface CleanView {
  doc: Node
  /** Position of each kept clause in the original document → its position in the clean one. */
  clausePos: Map<number, number>
}

/** Whether a clause with a proposal stands in the agreed text, given whether its amendment was accepted. */
function clauseKept(kind: string, moveCopy: boolean, accepted: boolean): boolean {
  if (kind === 'insert' || moveCopy) return accepted
  return !accepted
}

/**
 * The clean view with a map of clause positions, for callers that must name clauses by their clean numbers.
 * Unchanged subtrees are shared with the original document.
 */
export function cleanView(doc: Node, statuses: StatusSource): CleanView {
  const statusOf: StatusOf = statusLookup(statuses)
  const clausePos = new Map<number, number>()

  const rebuild = (node: Node, raw: number, clean: number): Node | null => {
    let attrs = node.attrs
    if (CLAUSES.includes(node.type.name)) {
      const proposal = parseProposal(node.attrs.proposal, `${node.type.name} at ${raw}: proposal`)
      if (proposal) {
        const accepted = statusOf(proposal.amendment) === 'accepted'
        const moveCopy = proposal.kind === 'move' && proposal.from !== undefined
        if (!clauseKept(proposal.kind, moveCopy, accepted)) return null
        // An accepted move takes the id of the clause it was moved from, as acceptAmendment does.
        attrs = { ...attrs, proposal: null, ...(moveCopy ? { id: proposal.from } : {}) }
      }
      clausePos.set(raw, clean)
    }
    const children: Node[] = []
    let changed = attrs !== node.attrs
    if (node.inlineContent) {
      node.forEach((child) => {
        if (!keptInClean(child, statusOf)) {
          changed = true
          return
        }
        const plain = withoutChanges(child)
        if (plain !== child) changed = true
        children.push(plain)
      })
    } else {
      const contentRaw = node.type.name === 'doc' ? 0 : raw + 1
      const contentClean = node.type.name === 'doc' ? 0 : clean + 1
      let size = 0
      node.forEach((child, offset) => {
        const kept = child.isLeaf ? child : rebuild(child, contentRaw + offset, contentClean + size)
        if (kept !== child) changed = true
        if (kept) {
          children.push(kept)
          size += kept.nodeSize
        }
      })
      // A quotation holding nothing but proposed sub-paragraphs goes with them.
      if (node.type.name === 'quotation' && children.length === 0) return null
    }
    if (!changed) return node
    return node.type.create(attrs, Fragment.fromArray(children), node.marks)
  }

  const cleaned = rebuild(doc, -1, -1)
  if (!cleaned) throw new RangeError('the clean view of a document cannot be empty')
  return { doc: cleaned, clausePos }
}

/**
 * The agreed text: every accepted amendment applied and nothing pending. Words inserted by an amendment that is
 * not accepted are left out and words it would delete stay (without their marks); proposed new paragraphs are
 * left out and paragraphs proposed for deletion or a move stay where they were. Amendments without a record
 * count as pending.
 */
export function cleanDoc(doc: Node, statuses: StatusSource): Node {
  return cleanView(doc, statuses).doc
}
