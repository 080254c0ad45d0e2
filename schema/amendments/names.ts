import type { Node } from 'prosemirror-model'
import { CLAUSE_TYPES } from '../schema.ts'
import { changeOf } from './marks.ts'
import { proposalOf } from './proposal.ts'

const CLAUSES: readonly string[] = CLAUSE_TYPES

/**
 * Every amendment a node names, in insertion and deletion marks and in clause proposals (the node's own and
 * those below it), with the delegations named beside it. An honest amendment names one delegation; adds to
 * `into` when given, so that several nodes can be gathered.
 */
export function amendmentNames(
  node: Node,
  into: Map<string, Set<string>> = new Map(),
): Map<string, Set<string>> {
  const note = (amendment: string, delegation: string) => {
    let names = into.get(amendment)
    if (!names) {
      names = new Set()
      into.set(amendment, names)
    }
    names.add(delegation)
  }
  const visit = (child: Node) => {
    if (CLAUSES.includes(child.type.name)) {
      const proposal = proposalOf(child)
      if (proposal) note(proposal.amendment, proposal.delegation)
    }
    for (const mark of child.marks) {
      const change = changeOf(mark)
      if (change) note(change.amendment, mark.attrs.delegation as string)
    }
  }
  visit(node)
  node.descendants(visit)
  return into
}
