import type { Node, ResolvedPos } from 'prosemirror-model'
import { isPartName } from '../../../schema/index.ts'

/** The node types that make a clause: a numbered or labelled unit that the commands move, nest and split. */
const CLAUSES = new Set(['preambular', 'operative', 'subparagraph'])

/** A clause found around a position: the node, where it starts, and how deep it sits. */
export interface ClauseAt {
  node: Node
  /** Position just before the clause node. */
  pos: number
  /** Depth of the clause node in the resolved position ($pos.node(depth) === node). */
  depth: number
  /** The node that holds the clause (its part of the document, a clause, or a quotation). */
  parent: Node
  /** Index of the clause in its parent. */
  index: number
}

/** Whether a node is a clause (preambular, operative or sub-paragraph). */
export const isClause = (node: Node): boolean => CLAUSES.has(node.type.name)

/** The innermost clause that contains a position, or null outside the body of the resolution. */
export function innermostClause($pos: ResolvedPos): ClauseAt | null {
  for (let d = $pos.depth; d > 0; d--) {
    if (isClause($pos.node(d))) return describe($pos, d)
  }
  return null
}

/** The paragraph (preambular or operative, in its part) that contains a position, or null. */
export function topClause($pos: ResolvedPos): ClauseAt | null {
  return $pos.depth >= 2 && isPartName($pos.node(1).type.name) && isClause($pos.node(2))
    ? describe($pos, 2)
    : null
}

function describe($pos: ResolvedPos, depth: number): ClauseAt {
  return {
    node: $pos.node(depth),
    pos: $pos.before(depth),
    depth,
    parent: $pos.node(depth - 1),
    index: $pos.index(depth - 1),
  }
}

/**
 * Whether the position sits in the first `para` of a clause, the one that carries the number, the label and
 * the opening phrase.
 */
export function inLeadPara($pos: ResolvedPos): boolean {
  return (
    $pos.parent.type.name === 'para' && $pos.depth >= 2 && isClause($pos.node(-1)) && $pos.index(-1) === 0
  )
}
