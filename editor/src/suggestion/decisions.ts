import type { Command, EditorState } from 'prosemirror-state'
import {
  type AmendmentRecord,
  type AmendmentTouch,
  acceptAmendment,
  amendmentsIn,
  isPending,
  numberDocument,
  rejectAmendment,
  touchedPositions,
} from '../../../schema/index.ts'
import { exempt } from './meta.ts'
import type { AmendmentStore } from './store.ts'

/** What the facilitator's decisions need: the records, the time, and what the editor shows of the amendments. */
export interface DecisionContext {
  store: AmendmentStore
  now(): number
  /**
   * For each amendment, the words this editor shows marked by it (a record's `seen`, see collab/seen.ts), read
   * before the decision changes them; without it, decisions record nothing of the kind.
   */
  seen?(ids: readonly string[]): ReadonlyMap<string, string>
}

/**
 * Applies the decisions to the document, in the order given, skipping amendments that are no longer pending
 * (decided already, perhaps by another facilitator a moment ago) or of which nothing is left in the text.
 * Returns the transaction and the amendments it decided.
 */
function decide(state: EditorState, ids: readonly string[], accept: boolean, store: AmendmentStore) {
  const tr = state.tr
  const decided: string[] = []
  for (const id of ids) {
    const record = store.get(id)
    if (record && !isPending(record.status)) continue
    if (!amendmentsIn(tr.doc, id).has(id)) continue
    const transform = accept ? acceptAmendment(tr.doc, id) : rejectAmendment(tr.doc, id)
    for (const step of transform.steps) tr.step(step)
    decided.push(id)
  }
  return { tr, decided }
}

/**
 * Accepts or rejects amendments as one step for everyone: the text changes (schema's acceptAmendment and
 * rejectAmendment) and each record's status is set in the same call. The caller runs the command inside one
 * Yjs transaction, `ydoc.transact(() => command(view.state, view.dispatch), ySyncPluginKey)`, so that text and
 * records reach the others together; the transaction is kept out of the undo history, because undoing it
 * would bring back the text but not the record's status. Accepting twice applies once: an amendment already
 * decided, or whose marks are gone, is skipped (and two facilitators deciding at the same moment make the same
 * Yjs changes, which merge into one). False when there is nothing to decide.
 */
export function decideAmendments(ids: readonly string[], accept: boolean, ctx: DecisionContext): Command {
  return (state, dispatch) => {
    const { tr, decided } = decide(state, ids, accept, ctx.store)
    if (decided.length === 0) return false
    if (dispatch) {
      const seen = ctx.seen?.(decided)
      dispatch(exempt(tr, accept ? 'accept' : 'reject').setMeta('addToHistory', false))
      const now = ctx.now()
      for (const id of decided) {
        const record = ctx.store.get(id)
        if (!record) continue
        const status: AmendmentRecord['status'] = accept ? 'accepted' : 'rejected'
        const words = seen?.get(id)
        ctx.store.set({
          ...record,
          status,
          updated: Math.max(now, record.created),
          ...(words === undefined ? {} : { seen: words }),
        })
      }
    }
    return true
  }
}

/** Accepts one amendment (see `decideAmendments`). */
export const acceptAmendmentCommand = (id: string, ctx: DecisionContext): Command =>
  decideAmendments([id], true, ctx)

/** Rejects one amendment (see `decideAmendments`). */
export const rejectAmendmentCommand = (id: string, ctx: DecisionContext): Command =>
  decideAmendments([id], false, ctx)

/** Pending amendments in the document chosen by a test on what they touch, in the order of the text. */
function pendingIn(
  state: EditorState,
  store: AmendmentStore,
  test: (touch: AmendmentTouch) => boolean,
): string[] {
  return [...amendmentsIn(state.doc).values()]
    .filter((touch) => isPending(store.get(touch.id)?.status) && test(touch))
    .sort((a, b) => a.start - b.start)
    .map((touch) => touch.id)
}

/**
 * Accepts or rejects every pending amendment of one delegation, in the order of the text. Where two of them
 * concern the same words, the first accepted wins and the later one applies to what is left.
 */
export function decideDelegation(delegation: string, accept: boolean, ctx: DecisionContext): Command {
  return (state, dispatch) =>
    decideAmendments(
      pendingIn(
        state,
        ctx.store,
        (touch) => (ctx.store.get(touch.id)?.delegation ?? touch.delegation) === delegation,
      ),
      accept,
      ctx,
    )(state, dispatch)
}

/**
 * Accepts or rejects every pending amendment that touches one clause (by its stable id), its sub-paragraphs
 * included, in the order of the text. Competing proposals on the same words are applied one after the other, as
 * in `decideDelegation`.
 */
export function decideClause(clause: string, accept: boolean, ctx: DecisionContext): Command {
  return (state, dispatch) => {
    const found = numberDocument(state.doc).byId.get(clause)
    if (!found) return false
    const inside = (pos: number) => pos >= found.pos && pos < found.pos + found.node.nodeSize
    const ids = pendingIn(state, ctx.store, (touch) => touchedPositions(touch).some(inside))
    return decideAmendments(ids, accept, ctx)(state, dispatch)
  }
}
