import { Fragment, type Node } from 'prosemirror-model'
import { ID_TYPES } from '../ids.ts'
import { CLAUSE_TYPES } from '../schema.ts'
import type { StatusSource } from './record.ts'
import { cleanDoc } from './views.ts'

const CLAUSES: readonly string[] = CLAUSE_TYPES

/** The node without clause and footnote ids and without proposals, which a copy takes anew. */
function anonymous(node: Node): Node {
  if (node.isText) return node
  const children: Node[] = []
  node.forEach((child) => {
    children.push(anonymous(child))
  })
  let attrs = node.attrs
  if (ID_TYPES.includes(node.type.name)) attrs = { ...attrs, id: null }
  if (CLAUSES.includes(node.type.name)) attrs = { ...attrs, proposal: null }
  return node.type.create(attrs, Fragment.fromArray(children), node.marks)
}

/**
 * Whether the copy a move proposal puts at the new place holds the agreed text of the clause it moves (ids
 * and proposals aside), as the editor makes it. Accepting a move keeps the copy, so a copy with other words
 * would change the agreed text without saying so.
 */
export function isFaithfulCopy(copy: Node, original: Node, statuses: StatusSource): boolean {
  let clean: Node
  try {
    clean = cleanDoc(original, statuses)
  } catch (e) {
    if (e instanceof RangeError) return false
    throw e
  }
  return copy.type === original.type && anonymous(copy).eq(anonymous(clean))
}
