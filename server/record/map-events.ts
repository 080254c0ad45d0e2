import * as Y from 'yjs'
import type { EntryChange } from '../model/index.ts'
import type { HistoryEvent } from './history-event.ts'

const json = (value: unknown): unknown => (value instanceof Y.AbstractType ? value.toJSON() : value)

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/** Whether a sponsor entry says its delegation has withdrawn. */
const withdrawn = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && (value as { until?: unknown }).until !== undefined

/** What the history keeps of changes to the sponsor list: who joined, who left, whose entry changed. */
export function sponsorEvents(entries: readonly EntryChange[]): HistoryEvent[] {
  const events: HistoryEvent[] = []
  for (const { key, before, after } of entries) {
    const about = { amendment: null, clause: null, labelIn: 'after' as const }
    // A delegation withdraws by setting 'until' on its entry (which stays), or rejoins by clearing it.
    const active = (value: unknown) => value !== undefined && !withdrawn(value)
    if (!active(before) && active(after)) {
      events.push({ action: 'sponsor.joined', ...about, detail: { sponsor: key, entry: after } })
    } else if (active(before) && !active(after)) {
      events.push({ action: 'sponsor.left', ...about, detail: { sponsor: key } })
    } else if (!same(before, after)) {
      events.push({ action: 'sponsor.changed', ...about, detail: { sponsor: key, before, after } })
    }
  }
  return events
}

/** A status entry's fields, read leniently: whatever its shape, the history keeps what it can tell. */
function statusFields(value: unknown): { status: unknown; note: unknown } {
  const object = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {}
  return { status: object.status ?? null, note: object.note ?? null }
}

/**
 * What the history keeps of changes to paragraph statuses (the `statuses` map, keyed by clause id, each value
 * `{status, note?, by, at}`): the clause, its status before and after, and the note.
 */
export function statusEvents(entries: readonly EntryChange[]): HistoryEvent[] {
  const events: HistoryEvent[] = []
  for (const { key: clause, before, after } of entries) {
    const was = json(before)
    const now = json(after)
    if (same(was, now)) continue
    const from = statusFields(was)
    const to = statusFields(now)
    events.push({
      action: 'status.changed',
      amendment: null,
      clause,
      labelIn: now === undefined ? 'before' : 'after',
      detail: { from: from.status, to: to.status, ...(to.note ? { note: to.note } : {}) },
    })
  }
  return events
}
