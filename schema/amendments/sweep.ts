import type { Mark, Node } from 'prosemirror-model'
import { Transform } from 'prosemirror-transform'
import { CLAUSE_TYPES } from '../schema.ts'
import { changeOf } from './marks.ts'
import { amendmentNames } from './names.ts'
import { proposalAttr, proposalOf } from './proposal.ts'
import { type AmendmentRecord, isPending, type StatusOf } from './record.ts'
import { amendmentShapeOf, proposedRecord } from './shape.ts'
import { amendmentsIn } from './touches.ts'

// Marks of an amendment can outlive its decision: the delegation typed or struck words in its amendment while
// the facilitator accepted or rejected it, and the two updates crossed. Those words are exactly what the
// facilitator did not see when she decided, so they are not hers to have decided: they become a new proposal of
// the same delegation, which she then decides like any other. Nothing is deleted and nothing turns into agreed
// text without a decision. One peer, the server, does this (server/room/sweep.ts does it on the shared types).

const CLAUSES: readonly string[] = CLAUSE_TYPES

/**
 * The amendments a node still names (in marks or clause proposals) whose record says they are decided:
 * accepted, rejected or withdrawn. Each id maps to true if it was accepted; in the order the node names them.
 */
export function decidedLeftovers(node: Node, statusOf: StatusOf): Map<string, boolean> {
  const out = new Map<string, boolean>()
  for (const id of amendmentNames(node).keys()) {
    const status = statusOf(id)
    if (!isPending(status)) out.set(id, status === 'accepted')
  }
  return out
}

/** The leftovers of a decided amendment in one delegation's name, given to a new amendment. */
export interface Rehoming {
  /** The decided amendment the marks or proposals named. */
  decided: string
  /** The delegation they name, which proposes the new amendment. */
  delegation: string
  /** The new amendment's id. */
  id: string
}

/**
 * Names the new amendment for a decided one's leftovers in a delegation's name. Made by the one peer that
 * sweeps (the server), so it need only be unique: derived from the decided id and the sweep's own update.
 */
export type RehomedId = (decided: string, delegation: string) => string

/** The new amendments of one sweep: one per decided amendment and delegation, in the order they are met. */
export class Rehomings {
  private readonly byPair = new Map<string, Rehoming>()

  constructor(private readonly newId: RehomedId) {}

  /** The new amendment that takes a decided one's leftovers in a delegation's name. */
  idFor(decided: string, delegation: string): string {
    const pair = `${decided}\n${delegation}`
    let rehoming = this.byPair.get(pair)
    if (!rehoming) {
      rehoming = { decided, delegation, id: this.newId(decided, delegation) }
      this.byPair.set(pair, rehoming)
    }
    return rehoming.id
  }

  /** Every rehoming made so far. */
  get list(): Rehoming[] {
    return [...this.byPair.values()]
  }
}

/**
 * The records of the new amendments a sweep made, from what the swept document holds of them, as the editor
 * records a proposal: status proposed, the delegation's name, kind, clause and words worked out by
 * `amendmentShapeOf`, no rationale, no supporters, proposed `now`. A new amendment the document holds nothing
 * of, or whose clause has no id, gets none.
 */
export function rehomedRecords(
  doc: Node,
  rehomed: readonly Rehoming[],
  statusOf: StatusOf,
  now: number,
): AmendmentRecord[] {
  if (rehomed.length === 0) return []
  const touches = amendmentsIn(doc)
  const out: AmendmentRecord[] = []
  for (const { id, delegation } of rehomed) {
    const touch = touches.get(id)
    const shape = touch ? amendmentShapeOf(doc, touch, statusOf) : null
    if (shape) out.push(proposedRecord(id, delegation, shape, now))
  }
  return out
}

/** What a sweep does: the transform that re-keys the leftovers, the new amendments and their records. */
export interface DecidedSweep {
  /** Only mark and attribute steps: a sweep never deletes or adds text. */
  tr: Transform
  rehomed: Rehoming[]
  records: AmendmentRecord[]
}

/** The mark re-keyed to the new amendment its leftovers go to. */
const rehomedMark = (mark: Mark, homes: Rehomings): Mark =>
  mark.type.create({
    ...mark.attrs,
    amendment: homes.idFor(mark.attrs.amendment as string, mark.attrs.delegation as string),
  })

/**
 * Gives every leftover of a decided amendment in a document to a new proposal of the same delegation: its
 * insertion and deletion marks and its clause proposals are re-keyed to the new amendment (`newId` names it),
 * and a record is made for it (see {@link rehomedRecords}). Words keep their place and their kind of change;
 * the decided amendment's record is left as it is. What the server writes into the shared document after an
 * update that left such marks (DESIGN.md section 5).
 */
export function sweepDecided(doc: Node, statusOf: StatusOf, newId: RehomedId, now: number): DecidedSweep {
  const tr = new Transform(doc)
  const decided = decidedLeftovers(doc, statusOf)
  if (decided.size === 0) return { tr, rehomed: [], records: [] }
  const homes = new Rehomings(newId)
  // Mark and attribute steps keep positions, so every step uses the positions of `doc`.
  doc.descendants((node, pos) => {
    const proposal = CLAUSES.includes(node.type.name) ? proposalOf(node) : null
    if (proposal && decided.has(proposal.amendment)) {
      const id = homes.idFor(proposal.amendment, proposal.delegation)
      tr.setNodeAttribute(pos, 'proposal', proposalAttr({ ...proposal, amendment: id }))
    }
    if (!node.isInline) return true
    for (const mark of node.marks) {
      const change = changeOf(mark)
      if (!change || !decided.has(change.amendment)) continue
      const next = rehomedMark(mark, homes)
      if (node.isText) {
        tr.removeMark(pos, pos + node.nodeSize, mark)
        tr.addMark(pos, pos + node.nodeSize, next)
      } else {
        tr.removeNodeMark(pos, mark)
        tr.addNodeMark(pos, next)
      }
    }
    return true
  })
  const rehomed = homes.list
  return { tr, rehomed, records: rehomedRecords(tr.doc, rehomed, statusOf, now) }
}
