import type { HistoryEntry, StoredHistoryEntry } from '../storage/index.ts'
import { summarize } from './history-summary.ts'
import { isoTimeWriter } from './iso-time.ts'

/** The columns of the CSV export, in order; its first line names them. */
export const HISTORY_CSV_COLUMNS = [
  'seq',
  'at',
  'delegation',
  'role',
  'action',
  'amendment',
  'clause',
  'paragraph',
  'summary',
  'detail',
] as const

/**
 * One field as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break, its quotes doubled.
 * A text a spreadsheet would run as a formula (starting with =, +, - or @) is kept as text with a leading quote,
 * so that opening the file never runs what a delegation typed.
 */
function field(value: string | number | null): string {
  let text = value === null ? '' : String(value)
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** One entry as a CSV line, its detail given as JSON text. */
function line(e: HistoryEntry, detail: string, iso: (at: number) => string): string {
  return [
    e.seq,
    iso(e.at),
    e.delegation,
    e.role,
    e.action,
    e.amendment,
    e.clause,
    e.label,
    summarize(e),
    detail,
  ]
    .map(field)
    .join(',')
}

/**
 * A history as CSV (RFC 4180: lines ended by CRLF, a header row): each entry's number, time (ISO 8601), who,
 * role, action, amendment, clause id, the paragraph as numbered then, a one-line summary in English, and the
 * detail as JSON.
 */
export function historyCSV(entries: readonly HistoryEntry[]): string {
  const lines = [HISTORY_CSV_COLUMNS.join(',')]
  const iso = isoTimeWriter()
  for (const e of entries) lines.push(line(e, JSON.stringify(e.detail), iso))
  return `${lines.join('\r\n')}\r\n`
}

/**
 * The same CSV from entries as stored: the detail column is the stored JSON text (what JSON.stringify wrote),
 * parsed only for the summary.
 */
export function storedHistoryCSV(entries: readonly StoredHistoryEntry[]): string {
  const lines = [HISTORY_CSV_COLUMNS.join(',')]
  const iso = isoTimeWriter()
  for (const e of entries) {
    const detail = JSON.parse(e.detail) as Record<string, unknown>
    lines.push(line({ ...e, detail }, e.detail, iso))
  }
  return `${lines.join('\r\n')}\r\n`
}
