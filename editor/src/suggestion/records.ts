import type { Node } from 'prosemirror-model'
import {
  type AmendmentRecord,
  type AmendmentShape,
  amendmentShapeOf,
  amendmentsIn,
  isPending,
  proposedRecord,
  type StatusOf,
} from '../../../schema/index.ts'
import type { SuggestionContext } from './context.ts'
import type { SuggestionMeta } from './meta.ts'
import type { AmendmentStore } from './store.ts'

/**
 * The records a suggestion transaction implies: records for the amendments it started that the document now
 * holds, updates for existing ones it changed, and the existing ones of which nothing is left.
 */
export function recordChanges(
  doc: Node,
  created: ReadonlySet<string>,
  involved: ReadonlySet<string>,
  ctx: SuggestionContext,
): Pick<SuggestionMeta, 'created' | 'touched' | 'emptied'> {
  const out: Pick<SuggestionMeta, 'created' | 'touched' | 'emptied'> = {
    created: [],
    touched: [],
    emptied: [],
  }
  if (created.size === 0 && involved.size === 0) return out
  const statusOf = ctx.statusOf ?? (() => undefined)
  const touches = amendmentsIn(doc)
  const now = ctx.now()
  for (const id of new Set([...created, ...involved])) {
    const touch = touches.get(id)
    if (!touch) {
      if (!created.has(id)) out.emptied.push(id)
      continue
    }
    const shape = amendmentShapeOf(doc, touch, statusOf)
    if (!shape) continue
    if (created.has(id)) out.created.push(proposedRecord(id, ctx.delegation, shape, now))
    else out.touched.push({ id, ...shape, updated: now })
  }
  return out
}

/** A record with a new shape; `after` goes when the kind no longer has one. */
function reshaped(record: AmendmentRecord, shape: AmendmentShape, updated: number): AmendmentRecord {
  const { after: _old, ...rest } = record
  const next: AmendmentRecord = {
    ...rest,
    kind: shape.kind,
    clause: shape.clause,
    original: shape.original,
    updated: Math.max(updated, record.created),
  }
  if (shape.after !== undefined) next.after = shape.after
  return next
}

/**
 * Writes the records a suggestion transaction implies (its `suggestionKey` meta) to the store: new records,
 * refreshed kind, clause and words of changed ones (an outdated amendment its delegation edits is proposed
 * again), and emptied pending ones deleted. Records of other delegations are never touched. Call it in the
 * same Yjs transaction as the dispatch (see `withSuggestions`).
 */
export function applyRecordChanges(store: AmendmentStore, meta: SuggestionMeta, delegation: string): void {
  if (meta.delegation !== delegation) return
  for (const record of meta.created) store.set(record)
  for (const update of meta.touched) {
    const record = store.get(update.id)
    const { id, updated, ...shape } = update
    if (!record) {
      store.set(proposedRecord(id, delegation, shape, updated))
      continue
    }
    if (record.delegation !== delegation || !isPending(record.status)) continue
    store.set({ ...reshaped(record, shape, updated), status: 'proposed' })
  }
  for (const id of meta.emptied) {
    const record = store.get(id)
    if (record && record.delegation === delegation && isPending(record.status)) store.delete(id)
  }
}

/**
 * Brings a delegation's records in line with the document after changes that did not pass the suggestion
 * transform, such as its undo and redo (which replay its own earlier proposals): a record for each of its
 * amendments the document holds, refreshed where they changed, and its pending records with nothing left
 * deleted (outdated ones stay). Returns the ids it wrote or deleted.
 */
export function reconcileRecords(
  doc: Node,
  store: AmendmentStore,
  delegation: string,
  now: number,
): string[] {
  const statusOf: StatusOf = (id) => store.get(id)?.status
  const touches = amendmentsIn(doc)
  const changed: string[] = []
  for (const [id, touch] of touches) {
    if (touch.delegation !== delegation) continue
    const shape = amendmentShapeOf(doc, touch, statusOf)
    if (!shape) continue
    const record = store.get(id)
    if (!record) {
      store.set(proposedRecord(id, delegation, shape, now))
      changed.push(id)
    } else if (
      record.delegation === delegation &&
      isPending(record.status) &&
      (record.kind !== shape.kind ||
        record.clause !== shape.clause ||
        record.after !== shape.after ||
        record.original !== shape.original)
    ) {
      store.set(reshaped(record, shape, now))
      changed.push(id)
    }
  }
  // Only proposed ones: an outdated amendment with nothing left lost its words to someone else's edit, and
  // keeps its record so that its delegation sees what became of it.
  for (const record of [...store.values()]) {
    if (record.delegation === delegation && record.status === 'proposed' && !touches.has(record.id)) {
      store.delete(record.id)
      changed.push(record.id)
    }
  }
  return changed
}
