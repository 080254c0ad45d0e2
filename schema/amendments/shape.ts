import type { Node } from 'prosemirror-model'
import { CLAUSE_TYPES } from '../schema.ts'
import type { AmendmentKind, AmendmentRecord, StatusOf } from './record.ts'
import { referredWordsOf } from './referred.ts'
import type { AmendmentTouch } from './touches.ts'

// What a record says of an amendment's content, worked out from what the document holds of it: the editor
// writes it when its delegation proposes, the server when it gives leftover marks of a decided amendment to a
// new proposal (sweep.ts). One reading, so that the two cannot drift apart.

const CLAUSES: readonly string[] = CLAUSE_TYPES

/** The kind of an amendment from what it holds: a paragraph proposal wins over its word changes. */
export function amendmentKindOf(touch: AmendmentTouch): AmendmentKind {
  const kinds = touch.paragraphs.map((p) => p.proposal.kind)
  if (kinds.includes('insert')) return 'insert-paragraph'
  if (kinds.includes('move')) return 'move-paragraph'
  if (kinds.includes('delete')) return 'delete-paragraph'
  const inserts = touch.insertions.length > 0
  const deletes = touch.deletions.length > 0
  if (inserts && deletes) return 'replace-words'
  return inserts ? 'insert-words' : 'delete-words'
}

/** The id of the clause just before the one at `pos` among its siblings, if any. */
function previousClauseId(doc: Node, pos: number): string | undefined {
  const $pos = doc.resolve(pos)
  for (let i = $pos.index() - 1; i >= 0; i--) {
    const sibling = $pos.parent.child(i)
    if (CLAUSES.includes(sibling.type.name) && typeof sibling.attrs.id === 'string') return sibling.attrs.id
  }
  return undefined
}

/** What a record says about an amendment's content: kind, clause, the clause it follows, its words. */
export type AmendmentShape = Pick<AmendmentRecord, 'kind' | 'clause' | 'after'> & { original: string }

/**
 * The shape of an amendment as the document holds it: the clause is the new (or moved) paragraph for a
 * paragraph proposal, else the clause of its first word change; `original` the words it refers to
 * (`referredWordsOf`). Null when that clause has no id.
 */
export function amendmentShapeOf(
  doc: Node,
  touch: AmendmentTouch,
  statusOf: StatusOf,
): AmendmentShape | null {
  const kind = amendmentKindOf(touch)
  const lead =
    touch.paragraphs.find((p) => p.proposal.kind === 'insert' || p.proposal.from !== undefined) ??
    touch.paragraphs[0]
  let clause: string | null
  let after: string | undefined
  if (lead) {
    clause = lead.clause
    if (kind === 'insert-paragraph' || kind === 'move-paragraph') after = previousClauseId(doc, lead.pos)
  } else {
    const first = [...touch.insertions, ...touch.deletions].sort((a, b) => a.from - b.from)[0]
    clause = first?.clause ?? null
  }
  if (!clause) return null
  const original = referredWordsOf(doc, touch, statusOf)
  return after === undefined ? { kind, clause, original } : { kind, clause, after, original }
}

/** The record of an amendment just proposed: its shape, status proposed, no rationale or supporters yet. */
export function proposedRecord(
  id: string,
  delegation: string,
  shape: AmendmentShape,
  now: number,
): AmendmentRecord {
  return {
    id,
    delegation,
    ...shape,
    status: 'proposed',
    rationale: '',
    supporters: [],
    created: now,
    updated: now,
  }
}
