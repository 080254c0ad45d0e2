import type { Node } from 'prosemirror-model'
import { Transform } from 'prosemirror-transform'
import { amendmentNames } from './names.ts'
import { isPending, type StatusOf } from './record.ts'
import { acceptAmendment, rejectAmendment } from './resolve.ts'
import { amendmentsIn } from './touches.ts'

/**
 * The amendments a node still names (in marks or clause proposals) whose record says they are decided:
 * accepted, rejected or withdrawn. Their marks are left over from edits that crossed the decision (the
 * delegation typed in its amendment while the facilitator accepted it), and go as the decision says. Each id
 * maps to true if it was accepted; in the order the node names them.
 */
export function decidedLeftovers(node: Node, statusOf: StatusOf): Map<string, boolean> {
  const out = new Map<string, boolean>()
  for (const id of amendmentNames(node).keys()) {
    const status = statusOf(id)
    if (!isPending(status)) out.set(id, status === 'accepted')
  }
  return out
}

/**
 * Resolves every leftover of a decided amendment in a document as its decision says: an accepted one as
 * `acceptAmendment` does (inserted words stay without their mark, deleted words go, a new paragraph loses its
 * proposal, a moved one its old place), a rejected or withdrawn one as `rejectAmendment` does. What the server
 * writes into the shared document after an update that left such marks (DESIGN.md section 5).
 */
export function sweepDecided(doc: Node, statusOf: StatusOf): Transform {
  const tr = new Transform(doc)
  for (const [id, accepted] of decidedLeftovers(doc, statusOf)) {
    // An earlier one may have taken this one's marks with it (a paragraph that went).
    if (!amendmentsIn(tr.doc, id).has(id)) continue
    const decided = accepted ? acceptAmendment(tr.doc, id) : rejectAmendment(tr.doc, id)
    for (const step of decided.steps) tr.step(step)
  }
  return tr
}
