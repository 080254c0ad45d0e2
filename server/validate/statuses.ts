import * as Y from 'yjs'
import { isStatusKey, readStatusEntry, SHARED } from '../../schema/index.ts'
import { InvalidDocumentError } from '../convert/index.ts'
import type { UpdateChange } from '../model/index.ts'

/**
 * Throws an InvalidDocumentError unless every entry an update set in the `statuses` map is a plain status entry
 * (`{status, note?, by, at}`) under a key that can be a clause's id. Deleting an entry (the paragraph is open
 * again) is always valid. A status for a clause the draft no longer holds is harmless and kept: the clause may
 * come back with an undo.
 */
export function checkStatuses(change: UpdateChange): void {
  if (change.statuses.length === 0) return
  const map = change.after.getMap<unknown>(SHARED.statuses)
  for (const entry of change.statuses) {
    const where = `statuses.${entry.key}`
    if (!isStatusKey(entry.key)) throw new InvalidDocumentError(where, 'the key must be a clause id')
    if (entry.after === undefined) continue
    if (map.get(entry.key) instanceof Y.AbstractType) {
      throw new InvalidDocumentError(where, 'an entry is a plain object, not a shared type')
    }
    try {
      readStatusEntry(entry.after, where)
    } catch (e) {
      // The message names the entry and field already ("statuses.c1.status: expected ...").
      if (e instanceof RangeError) throw new InvalidDocumentError(SHARED.statuses, e.message)
      throw e
    }
  }
}
