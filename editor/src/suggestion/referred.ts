import type { Node } from 'prosemirror-model'
import { referredWords } from '../../../schema/index.ts'
import type { AmendmentStore } from './store.ts'

// The words an amendment refers to and the search for outdated amendments are pure functions of the model,
// which the server (the one peer that marks amendments outdated) runs too; the editor keeps their names.
export { findOutdated, referredWords, referredWordsOf } from '../../../schema/index.ts'

/** Sets the status of proposed amendments to outdated; returns the ids it changed. */
export function markOutdated(store: AmendmentStore, ids: Iterable<string>, now: number): string[] {
  const changed: string[] = []
  for (const id of ids) {
    const record = store.get(id)
    if (record?.status !== 'proposed') continue
    store.set({ ...record, status: 'outdated', updated: Math.max(now, record.created) })
    changed.push(id)
  }
  return changed
}

/**
 * The delegation looked at its outdated amendment again and keeps it: its `original` becomes the words it
 * refers to now and its status proposed. False when the amendment is not the delegation's or not pending.
 */
export function rebaseAmendment(
  store: AmendmentStore,
  doc: Node,
  id: string,
  delegation: string,
  now: number,
): boolean {
  const record = store.get(id)
  if (!record || record.delegation !== delegation) return false
  if (record.status !== 'outdated' && record.status !== 'proposed') return false
  const original = referredWords(doc, id, (other) => store.get(other)?.status)
  store.set({ ...record, original, status: 'proposed', updated: Math.max(now, record.created) })
  return true
}
