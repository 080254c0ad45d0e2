import type * as Y from 'yjs'
import {
  type ParagraphStatus,
  paragraphStatuses,
  SHARED,
  type StatusEntry,
  type StatusLookup,
} from '../../../schema/index.ts'

/** The paragraphs' statuses the draft's `statuses` map holds now (an entry that is not valid counts as open). */
export const readStatuses = (ydoc: Y.Doc): StatusLookup =>
  paragraphStatuses(ydoc.getMap<unknown>(SHARED.statuses).entries())

/**
 * Sets a paragraph's status, as the facilitator does: open without a note takes the entry away (a paragraph
 * without one is open); otherwise the entry names her and the time. The server refuses it from anyone else.
 */
export function writeStatus(
  ydoc: Y.Doc,
  clauseId: string,
  change: { status: ParagraphStatus; note?: string },
  by: string,
  now: number = Date.now(),
): void {
  const map = ydoc.getMap<unknown>(SHARED.statuses)
  const note = change.note?.trim()
  if (change.status === 'open' && !note) {
    if (map.has(clauseId)) map.delete(clauseId)
    return
  }
  const entry: StatusEntry = { status: change.status, by, at: now, ...(note ? { note } : {}) }
  map.set(clauseId, entry)
}
