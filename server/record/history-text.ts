import type { StoredHistoryEntry } from '../storage/index.ts'
import { delegationsOf, type HistoryFilter } from './history-view.ts'
import { isoTimeWriter } from './iso-time.ts'

// A history of 10,000 entries is served in well under 100 ms only if no entry's detail is parsed and written
// again: the stored detail is the text JSON.stringify wrote, so it is copied into the answer as it is.

/** Whether an entry concerns a delegation, its detail parsed only when its text names the delegation at all. */
function concerns(entry: StoredHistoryEntry, delegation: string, quoted: string): boolean {
  if (entry.delegation === delegation) return true
  // The detail was written by JSON.stringify, so a value equal to the name appears in it as `quoted`.
  if (!entry.detail.includes(quoted)) return false
  const detail = JSON.parse(entry.detail) as Record<string, unknown>
  return delegationsOf({ ...entry, detail }).includes(delegation)
}

/** The stored entries that match a filter, in their order (the same as `filterHistory` on parsed entries). */
export function filterStoredHistory(
  entries: readonly StoredHistoryEntry[],
  filter: HistoryFilter,
): StoredHistoryEntry[] {
  const { delegation, clause } = filter
  const quoted = JSON.stringify(delegation ?? '')
  return entries.filter(
    (entry) =>
      (delegation === undefined || concerns(entry, delegation, quoted)) &&
      (clause === undefined || entry.clause === clause),
  )
}

// Quoting a string that holds no quote, backslash, control character or lone surrogate half is wrapping it in
// quotes; any other goes through JSON.stringify.
const PLAIN = /^[^"\\\p{Cc}\p{Cs}]*$/u

const text = (value: string | null): string =>
  value === null ? 'null' : PLAIN.test(value) ? `"${value}"` : JSON.stringify(value)

/**
 * The API's answer `{"history": [...]}` for stored entries as UTF-8, byte for byte what JSON.stringify writes
 * for `{history: entries.map(historyJSON)}`, each detail copied from the store. Each entry is encoded on its
 * own and the pieces joined as bytes: one string of megabytes built by concatenation costs several times more.
 */
export function historyJSONBytes(entries: readonly StoredHistoryEntry[]): Buffer {
  const iso = isoTimeWriter()
  const parts: Buffer[] = [Buffer.from('{"history":[')]
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!
    parts.push(
      Buffer.from(
        `${i === 0 ? '' : ','}{"seq":${e.seq},"at":"${iso(e.at)}","delegation":${text(e.delegation)}` +
          `,"role":${text(e.role)},"action":${text(e.action)},"amendment":${text(e.amendment)}` +
          `,"clause":${text(e.clause)},"label":${text(e.label)},"detail":${e.detail}}`,
      ),
    )
  }
  parts.push(Buffer.from(']}'))
  return Buffer.concat(parts)
}
