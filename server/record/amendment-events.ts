import { type AmendmentRecord, isPending, parseAmendmentRecord } from '../../schema/index.ts'
import type { EntryChange } from '../model/index.ts'
import type { HistoryEvent } from './history-event.ts'

/** A record as a map entry held it, or null for none (or a value that is no valid record). */
function recordOf(value: unknown, where: string): AmendmentRecord | null {
  if (value === undefined) return null
  try {
    return parseAmendmentRecord(value, where)
  } catch {
    return null
  }
}

const DECIDED = ['accepted', 'rejected'] as const

/**
 * What the history keeps of the changes to one amendment record: a new proposal, a decision, a withdrawal, a
 * pending proposal erased, supporters who joined or left. A delegation's typing in its own proposal changes the
 * record's times and words only, and gives nothing: that is what keeps this cheap on every keystroke.
 */
function eventsOfRecord(entry: EntryChange): HistoryEvent[] {
  const before = recordOf(entry.before, `amendments.${entry.key}`)
  const after = recordOf(entry.after, `amendments.${entry.key}`)
  const about = (record: AmendmentRecord, labelIn: 'before' | 'after') => ({
    amendment: record.id,
    clause: record.clause,
    labelIn,
  })
  const detail = (record: AmendmentRecord) => ({ proposer: record.delegation, kind: record.kind })
  if (!after) {
    if (!before || !isPending(before.status)) return []
    return [{ action: 'amendment.removed', ...about(before, 'before'), detail: detail(before) }]
  }
  if (!before) return [{ action: 'amendment.proposed', ...about(after, 'after'), detail: detail(after) }]
  const events: HistoryEvent[] = []
  if (before.status !== after.status) {
    const decided = DECIDED.find((d) => d === after.status)
    if (decided) {
      events.push({
        action: `amendment.${decided}`,
        ...about(before, 'before'),
        detail: detail(after),
        wordsOf: after.id,
      })
    } else if (after.status === 'withdrawn') {
      events.push({ action: 'amendment.withdrawn', ...about(before, 'before'), detail: detail(after) })
    } else if (before.status === 'withdrawn') {
      events.push({
        action: 'amendment.proposed',
        ...about(after, 'after'),
        detail: { ...detail(after), again: true },
      })
    }
  }
  for (const supporter of after.supporters) {
    if (!before.supporters.includes(supporter)) {
      events.push({
        action: 'amendment.supported',
        ...about(after, 'after'),
        detail: { ...detail(after), supporter },
      })
    }
  }
  for (const supporter of before.supporters) {
    if (!after.supporters.includes(supporter)) {
      events.push({
        action: 'amendment.unsupported',
        ...about(after, 'after'),
        detail: { ...detail(after), supporter },
      })
    }
  }
  return events
}

/** What the history keeps of an update's changes to the `amendments` map, record by record. */
export const amendmentEvents = (entries: readonly EntryChange[]): HistoryEvent[] =>
  entries.flatMap(eventsOfRecord)
