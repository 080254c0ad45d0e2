import type { Node } from 'prosemirror-model'
import { proposalOf } from '../amendments/proposal.ts'
import { forEachBlock } from '../blocks.ts'
import type { ParagraphStatus, StatusLookup } from './status.ts'

/** How many paragraphs of a draft stand where: "12 of 27 paragraphs agreed". */
export interface StandingSummary {
  /** Preambular and operative paragraphs of the text (not those only proposed). */
  total: number
  open: number
  'agreed-ad-ref': number
  agreed: number
}

/** The status of a clause by its id: its entry's, or open. */
export const statusOfClause = (node: Node, lookup: StatusLookup): ParagraphStatus => {
  const id = node.attrs.id as string | null
  return (id && lookup(id)?.status) || 'open'
}

/**
 * Counts the preambular and operative paragraphs of a draft by status. A paragraph only proposed (a new one, or
 * the copy of a moved one, still pending) is not yet in the text and is not counted; a paragraph proposed for
 * deletion still is.
 */
export function standingSummary(doc: Node, lookup: StatusLookup): StandingSummary {
  const summary: StandingSummary = { total: 0, open: 0, 'agreed-ad-ref': 0, agreed: 0 }
  forEachBlock(doc, (node) => {
    if (node.type.name !== 'preambular' && node.type.name !== 'operative') return
    const proposal = proposalOf(node)
    if (proposal && (proposal.kind === 'insert' || proposal.from !== undefined)) return
    summary.total++
    summary[statusOfClause(node, lookup)]++
  })
  return summary
}
