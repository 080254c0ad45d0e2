import type { HistoryAction, HistoryEntryJSON } from '../../schema/index.ts'
import type { HistoryEntry } from '../storage/index.ts'

/** Which entries of a history to show: those concerning a delegation, a clause (by stable id), or both. */
export interface HistoryFilter {
  delegation?: string
  clause?: string
}

/** The delegations an entry concerns: who acted, and whose amendment, support, sponsorship or link it was. */
export function delegationsOf(entry: HistoryEntry): string[] {
  const named = ['proposer', 'supporter', 'sponsor', 'invitee'].map((key) => entry.detail[key])
  return [entry.delegation, ...named.filter((name): name is string => typeof name === 'string')]
}

/** The entries that match a filter, in their order. */
export function filterHistory(entries: readonly HistoryEntry[], filter: HistoryFilter): HistoryEntry[] {
  const { delegation, clause } = filter
  return entries.filter(
    (entry) =>
      (delegation === undefined || delegationsOf(entry).includes(delegation)) &&
      (clause === undefined || entry.clause === clause),
  )
}

/** An entry as the API gives it: its time in ISO 8601, without the draft id the route already names. */
export const historyJSON = (entry: HistoryEntry): HistoryEntryJSON => ({
  seq: entry.seq,
  at: new Date(entry.at).toISOString(),
  delegation: entry.delegation,
  role: entry.role,
  action: entry.action as HistoryAction,
  amendment: entry.amendment,
  clause: entry.clause,
  label: entry.label,
  detail: entry.detail,
})
