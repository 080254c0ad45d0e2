import type { Command, EditorState, Transaction } from 'prosemirror-state'
import {
  type AmendmentRecord,
  type AmendmentTouch,
  amendmentShapeOf,
  amendmentsIn,
  isPending,
  rejectAmendment,
  type StatusOf,
  schema,
} from '../../../schema/index.ts'
import { exempt } from './meta.ts'
import type { AmendmentStore } from './store.ts'

/** What a delegation's commands on its own amendments need. */
export interface OwnAmendmentContext {
  delegation: string
  store: AmendmentStore
  now(): number
  newAmendmentId(): string
}

/** The longest rationale a delegation may give: a short explanation, not a statement. */
export const RATIONALE_LIMIT = 1000

const statusFrom =
  (store: AmendmentStore): StatusOf =>
  (id) =>
    store.get(id)?.status

/** A pending amendment of the delegation that changes words only (no paragraph proposal), or null. */
function ownWords(state: EditorState, id: string, ctx: OwnAmendmentContext): AmendmentTouch | null {
  const touch = amendmentsIn(state.doc, id).get(id)
  const record = ctx.store.get(id)
  if (!touch || touch.delegation !== ctx.delegation || touch.paragraphs.length > 0) return null
  if (record && (record.delegation !== ctx.delegation || !isPending(record.status))) return null
  return touch
}

/** Moves the marks of amendment `from` over `ranges` to amendment `to`. */
function retag(
  tr: Transaction,
  ranges: { from: number; to: number; kind: string }[],
  from: string,
  to: string,
  delegation: string,
) {
  for (const range of ranges) {
    const type = schema.marks[range.kind]!
    tr.removeMark(range.from, range.to, type.create({ amendment: from, delegation }))
    tr.addMark(range.from, range.to, type.create({ amendment: to, delegation }))
  }
}

const rangesOf = (touch: AmendmentTouch) => [
  ...touch.insertions.map((r) => ({ from: r.from, to: r.to, kind: 'insertion' })),
  ...touch.deletions.map((r) => ({ from: r.from, to: r.to, kind: 'deletion' })),
]

/** Refreshes a record's kind, clause and words from the document after its marks changed. */
function refreshed(state: EditorState, record: AmendmentRecord, store: AmendmentStore, now: number) {
  const touch = amendmentsIn(state.doc, record.id).get(record.id)
  const shape = touch ? amendmentShapeOf(state.doc, touch, statusFrom(store)) : null
  return shape ? { ...record, ...shape, updated: Math.max(now, record.created) } : record
}

/**
 * Withdraws one of the delegation's pending amendments: its words and paragraphs go from the text as if
 * rejected, and its record stays with status 'withdrawn'. Kept out of the undo history, like decisions.
 */
export function withdrawAmendment(id: string, ctx: OwnAmendmentContext): Command {
  return (state, dispatch) => {
    const touch = amendmentsIn(state.doc, id).get(id)
    const record = ctx.store.get(id)
    if ((record?.delegation ?? touch?.delegation) !== ctx.delegation) return false
    if (record && !isPending(record.status)) return false
    if (!touch && !record) return false
    if (dispatch) {
      if (touch) {
        const tr = state.tr
        for (const step of rejectAmendment(state.doc, id).steps) tr.step(step)
        dispatch(exempt(tr, 'withdraw').setMeta('addToHistory', false))
      }
      if (record)
        ctx.store.set({ ...record, status: 'withdrawn', updated: Math.max(ctx.now(), record.created) })
    }
    return true
  }
}

/**
 * Splits one of the delegation's word amendments at a position: its changes from `at` on become a new
 * amendment (same rationale and supporters), so that they can be decided apart. False when changes do not lie
 * on both sides of `at`.
 */
export function splitAmendment(id: string, at: number, ctx: OwnAmendmentContext): Command {
  return (state, dispatch) => {
    const touch = ownWords(state, id, ctx)
    const record = ctx.store.get(id)
    if (!touch || !record) return false
    const ranges = rangesOf(touch)
    const moving = ranges.filter((r) => r.to > at).map((r) => ({ ...r, from: Math.max(r.from, at) }))
    if (moving.length === 0 || !ranges.some((r) => r.from < at)) return false
    if (dispatch) {
      const fresh = ctx.newAmendmentId()
      const tr = state.tr
      retag(tr, moving, id, fresh, ctx.delegation)
      dispatch(exempt(tr, 'split'))
      const now = ctx.now()
      const after = state.apply(tr)
      ctx.store.set(refreshed(after, record, ctx.store, now))
      const { after: _after, original: _original, ...rest } = record
      const copy = { ...rest, id: fresh, supporters: [...record.supporters], created: now, updated: now }
      ctx.store.set(refreshed(after, copy, ctx.store, now))
    }
    return true
  }
}

/**
 * Merges amendment `b` into amendment `a`: both the delegation's, pending, changing words in the same
 * paragraph. `b`'s marks become `a`'s and `b`'s record goes; `a` keeps the supporters both had and both
 * rationales.
 */
export function mergeAmendments(a: string, b: string, ctx: OwnAmendmentContext): Command {
  return (state, dispatch) => {
    if (a === b) return false
    const first = ownWords(state, a, ctx)
    const second = ownWords(state, b, ctx)
    const recordA = ctx.store.get(a)
    if (!first || !second || !recordA) return false
    const blocks = new Set(
      rangesOf(first)
        .concat(rangesOf(second))
        .map((r) => state.doc.resolve(r.from).start()),
    )
    if (blocks.size !== 1) return false
    if (dispatch) {
      const tr = state.tr
      retag(tr, rangesOf(second), b, a, ctx.delegation)
      dispatch(exempt(tr, 'merge'))
      const now = ctx.now()
      const recordB = ctx.store.get(b)
      const supporters = recordA.supporters.filter((s) => !recordB || recordB.supporters.includes(s))
      const rationale = [recordA.rationale, recordB?.rationale ?? ''].filter((r) => r !== '').join(' ')
      ctx.store.set(refreshed(state.apply(tr), { ...recordA, supporters, rationale }, ctx.store, now))
      if (recordB) ctx.store.delete(b)
    }
    return true
  }
}

/**
 * Adds a delegation to the supporters of another delegation's pending amendment (or, with `support` false,
 * takes it off again). A record-only change; false when there is nothing to change.
 */
export function supportAmendment(
  store: AmendmentStore,
  id: string,
  delegation: string,
  now: number,
  support = true,
): boolean {
  const record = store.get(id)
  if (!record || record.delegation === delegation || !isPending(record.status)) return false
  if (record.supporters.includes(delegation) === support) return false
  const supporters = support
    ? [...record.supporters, delegation]
    : record.supporters.filter((s) => s !== delegation)
  store.set({ ...record, supporters, updated: Math.max(now, record.created) })
  return true
}

/**
 * Sets the short rationale of one of the delegation's pending amendments. False when the amendment is not
 * its own or no longer pending; a RangeError when the rationale is longer than RATIONALE_LIMIT.
 */
export function setRationale(
  store: AmendmentStore,
  id: string,
  delegation: string,
  rationale: string,
  now: number,
): boolean {
  const record = store.get(id)
  if (!record || record.delegation !== delegation || !isPending(record.status)) return false
  const text = rationale.trim()
  if (text.length > RATIONALE_LIMIT) {
    throw new RangeError(
      `amendment ${id}: a rationale holds at most ${RATIONALE_LIMIT} characters, got ${text.length}`,
    )
  }
  store.set({ ...record, rationale: text, updated: Math.max(now, record.created) })
  return true
}
