import * as Y from 'yjs'
import type { EntryChange, UpdateChange } from '../model/index.ts'
import type { HistoryEvent } from './history-event.ts'

/** The shared map of paragraph statuses (open, agreed ad referendum, agreed), keyed by clause id. */
export const STATUSES_MAP = 'statuses'

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

/** The keys of the root map `name` that a transaction changed (a change inside a key's nested map counts). */
function changedKeys(transaction: Y.Transaction, name: string): Set<string> {
  const keys = new Set<string>()
  for (const [type, subs] of transaction.changed) {
    let root = type
    let top: Y.Item | null = null
    while (root._item !== null) {
      top = root._item
      root = root._item.parent as typeof type
    }
    if (Y.findRootTypeKey(root) !== name) continue
    if (top) keys.add(top.parentSub!)
    else for (const key of subs) if (key !== null) keys.add(key)
  }
  return keys
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
export function statusEvents(change: UpdateChange): HistoryEvent[] {
  if (!change.roots.includes(STATUSES_MAP)) return []
  // Read before `getMap`: in a draft that has not defined the map yet, that replaces the type the update made.
  const keys = changedKeys(change.transaction, STATUSES_MAP)
  const events: HistoryEvent[] = []
  const before = change.before.getMap<unknown>(STATUSES_MAP)
  const after = change.after.getMap<unknown>(STATUSES_MAP)
  for (const clause of keys) {
    const was = json(before.get(clause))
    const now = json(after.get(clause))
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
