import type { Node } from 'prosemirror-model'
import { CLAUSE_TYPES, type ClauseType } from '../schema.ts'
import { changeOf, inlineText } from './marks.ts'
import { type ParagraphProposal, parseProposal } from './proposal.ts'

/** A stretch of inline content that carries one amendment's insertion or deletion mark. */
export interface TouchedRange {
  from: number
  to: number
  text: string
  /** Position of the textblock (paragraph) that holds it. */
  block: number
  /** Position and id of the innermost clause around it; -1 and null outside clauses (title, header). */
  clausePos: number
  clause: string | null
}

/** A clause whose `proposal` attribute names the amendment. */
export interface TouchedParagraph {
  pos: number
  clause: string | null
  type: ClauseType
  proposal: ParagraphProposal
}

/** Everything one amendment touches in a document, in document order. */
export interface AmendmentTouch {
  id: string
  /** The delegation named by its marks or proposals (the first one met). */
  delegation: string
  insertions: TouchedRange[]
  deletions: TouchedRange[]
  paragraphs: TouchedParagraph[]
  /** Ids of the clauses it touches, each once, in document order. */
  clauses: string[]
  /** The first position it touches, to list amendments in the order of the text. */
  start: number
}

const CLAUSES: readonly string[] = CLAUSE_TYPES

/** The positions an amendment touches: its paragraph proposals and the starts of its marked words. */
export const touchedPositions = (touch: AmendmentTouch): number[] =>
  [
    ...touch.paragraphs.map((p) => p.pos),
    ...touch.insertions.map((r) => r.from),
    ...touch.deletions.map((r) => r.from),
  ].sort((a, b) => a - b)

function touchOf(map: Map<string, AmendmentTouch>, id: string, delegation: string, pos: number) {
  let touch = map.get(id)
  if (!touch) {
    touch = { id, delegation, insertions: [], deletions: [], paragraphs: [], clauses: [], start: pos }
    map.set(id, touch)
  }
  return touch
}

function noteClause(touch: AmendmentTouch, clause: string | null) {
  if (clause && touch.clauses[touch.clauses.length - 1] !== clause && !touch.clauses.includes(clause)) {
    touch.clauses.push(clause)
  }
}

/**
 * For each amendment id found in the document, the ranges its insertion and deletion marks cover and the
 * clauses whose `proposal` names it. One walk over the document; pass `only` to collect a single amendment.
 */
export function amendmentsIn(doc: Node, only?: string): Map<string, AmendmentTouch> {
  const map = new Map<string, AmendmentTouch>()

  const walk = (node: Node, pos: number, clausePos: number, clause: string | null) => {
    // pos is the position of `node`; its content starts at pos + 1 (the document's at 0).
    const contentStart = node === doc ? 0 : pos + 1
    if (node.inlineContent) {
      node.forEach((child, offset) => {
        const from = contentStart + offset
        for (const mark of child.marks) {
          const change = changeOf(mark)
          if (!change || (only !== undefined && change.amendment !== only)) continue
          const touch = touchOf(map, change.amendment, mark.attrs.delegation as string, from)
          const list = change.kind === 'insertion' ? touch.insertions : touch.deletions
          const last = list[list.length - 1]
          const text = inlineText(child)
          if (last && last.to === from && last.block === pos) {
            last.to = from + child.nodeSize
            last.text += text
          } else list.push({ from, to: from + child.nodeSize, text, block: pos, clausePos, clause })
          noteClause(touch, clause)
        }
      })
      return
    }
    node.forEach((child, offset) => {
      const childPos = contentStart + offset
      if (CLAUSES.includes(child.type.name)) {
        const id = (child.attrs.id as string | null) ?? null
        const proposal = parseProposal(child.attrs.proposal, `${child.type.name} at ${childPos}: proposal`)
        if (proposal && (only === undefined || proposal.amendment === only)) {
          const touch = touchOf(map, proposal.amendment, proposal.delegation, childPos)
          touch.paragraphs.push({ pos: childPos, clause: id, type: child.type.name as ClauseType, proposal })
          noteClause(touch, id)
        }
        walk(child, childPos, childPos, id)
      } else if (!child.isLeaf) walk(child, childPos, clausePos, clause)
    })
  }
  walk(doc, -1, -1, null)
  return map
}
