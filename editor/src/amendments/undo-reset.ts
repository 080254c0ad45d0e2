import type * as Y from 'yjs'
import { type AmendmentRecord, isPending, parseAmendmentRecord, SHARED } from '../../../schema/index.ts'

const recordOr = (value: unknown, id: string): AmendmentRecord | null => {
  try {
    return parseAmendmentRecord(value, `amendments.${id}`)
  } catch (e) {
    if (e instanceof RangeError) return null
    throw e
  }
}

/**
 * Calls `clear` (which empties the editor's undo history) whenever one of the delegation's pending amendments
 * is decided: accepted, rejected or withdrawn, here or by anyone else. Undoing the typing that made an
 * accepted insertion would change agreed text, which the server refuses; undoing that of a rejected or
 * withdrawn one would bring back marks of an amendment no longer pending. Returns a function that stops.
 */
export function clearUndoWhenDecided(ydoc: Y.Doc, delegation: string, clear: () => void): () => void {
  const map = ydoc.getMap<unknown>(SHARED.amendments)
  const observer = (event: Y.YMapEvent<unknown>) => {
    for (const [id, change] of event.changes.keys) {
      const before = change.action === 'add' ? null : recordOr(change.oldValue, id)
      const after = change.action === 'delete' ? null : recordOr(map.get(id), id)
      if (!before || !after || after.delegation !== delegation) continue
      if (isPending(before.status) && !isPending(after.status)) {
        clear()
        return
      }
    }
  }
  map.observe(observer)
  return () => map.unobserve(observer)
}
