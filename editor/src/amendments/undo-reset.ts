import type * as Y from 'yjs'
import { isPending, SHARED } from '../../../schema/index.ts'
import { yMapStore } from '../suggestion/index.ts'

/**
 * Calls `clear` (which empties the editor's undo history) whenever one of the delegation's pending amendments
 * is decided: accepted, rejected or withdrawn, here or by anyone else. Undoing the typing that made an
 * accepted insertion would change agreed text, which the server refuses; undoing that of a rejected or
 * withdrawn one would bring back marks of an amendment no longer pending. Returns a function that stops.
 */
export function clearUndoWhenDecided(ydoc: Y.Doc, delegation: string, clear: () => void): () => void {
  const map = ydoc.getMap<unknown>(SHARED.amendments)
  const store = yMapStore(ydoc)
  const pendingNow = () =>
    new Set(
      [...store.values()]
        .filter((record) => record.delegation === delegation && isPending(record.status))
        .map((record) => record.id),
    )
  let pending = pendingNow()
  // A record's status is a field of its nested map, so changes come as events of that map: watch deeply.
  const observer = () => {
    const before = pending
    pending = pendingNow()
    for (const id of before) {
      const record = store.get(id)
      if (record && !isPending(record.status)) {
        clear()
        return
      }
    }
  }
  map.observeDeep(observer)
  return () => map.unobserveDeep(observer)
}
