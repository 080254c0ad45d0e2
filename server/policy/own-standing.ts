import type { Node } from 'prosemirror-model'
import { CLAUSE_TYPES, proposalOf } from '../../schema/index.ts'
import type { UpdateChange } from '../model/index.ts'

const CLAUSES: readonly string[] = CLAUSE_TYPES

/** A clause's square brackets and alternatives, as one comparable value. */
const standingOf = (clause: Node): string =>
  JSON.stringify([clause.attrs.bracketed ?? null, clause.attrs.alternatives ?? null])

const NONE = standingOf({ attrs: {} } as Node)

/** What a set of nodes holds: each clause's standing by id, and each pair of word brackets' delegation by id. */
function gather(nodes: readonly Node[], skip: (clause: Node) => boolean = () => false) {
  const clauses = new Map<string, string>()
  const brackets: { id: string; by: string; clause: string }[] = []
  const visit = (node: Node, clause: string) => {
    if (CLAUSES.includes(node.type.name)) {
      if (skip(node)) return
      clause = String(node.attrs.id)
      clauses.set(clause, standingOf(node))
    }
    for (const mark of node.marks) {
      if (mark.type.name === 'bracket') brackets.push({ id: mark.attrs.id, by: mark.attrs.by, clause })
    }
    node.forEach((child) => {
      visit(child, clause)
    })
  }
  for (const node of nodes) visit(node, '')
  return { clauses, brackets }
}

/**
 * Why a delegation's change places, moves or takes away square brackets or alternative wordings, or null. The
 * facilitator places brackets at a delegation's request; a delegation cannot, not even inside its own proposals
 * (a new paragraph, words it inserts), where the comparison of the agreed text (`textRefusal`) does not look.
 * Words it types inside words in brackets take their brackets (the same pair, already there), and the copy of a
 * paragraph it moves keeps the paragraph's (`movedCopyRefusal` checks the copy is faithful), so both are allowed.
 */
export function standingRefusal(change: UpdateChange, delegation: string): string | null {
  const before: Node[] = []
  const after: Node[] = []
  for (const block of change.blocks) {
    if (block.before) before.push(block.before)
    if (block.after) after.push(block.after)
  }
  const movedCopy = (clause: Node) => proposalOf(clause)?.from !== undefined
  const was = gather(before)
  const is = gather(after, movedCopy)
  for (const [id, standing] of is.clauses) {
    const previous = was.clauses.get(id) ?? NONE
    if (standing !== previous) {
      return `clause ${id}: only the facilitator changes square brackets and alternatives, not ${delegation}`
    }
  }
  const placed = new Map(was.brackets.map((b) => [b.id, b.by]))
  for (const b of is.brackets) {
    if (placed.get(b.id) !== b.by) {
      return `clause ${b.clause}: only the facilitator places square brackets (${b.by}), not ${delegation}`
    }
  }
  return null
}
