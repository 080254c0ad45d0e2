import type { ChangeAuthor } from '../../schema/index.ts'
import type { HistoryEntry } from '../storage/index.ts'

const words = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((w): w is string => typeof w === 'string') : []

const PARAGRAPH_KINDS = ['insert', 'delete', 'move'] as const

/** Where the history of one version ends: after the entry that issued revision `n`, or (null) at its end. */
export function historyEndOf(entries: readonly HistoryEntry[], n: number | null): number {
  if (n === null) return entries.length
  const i = entries.findIndex((e) => e.action === 'revision.issued' && e.detail.revision === n)
  return i === -1 ? 0 : i + 1
}

/**
 * Who made the changes between two versions, as the comparison engine takes them: the delegation of each
 * proposal the facilitator accepted, and the facilitator for each oral revision (with her note), with the
 * words each inserted and deleted, from the history entries after the earlier version was issued up to the
 * later one (`from` and `to` are revision numbers; null for the live text).
 */
export function changeAuthors(
  entries: readonly HistoryEntry[],
  from: number | null,
  to: number | null,
): ChangeAuthor[] {
  const between = entries.slice(historyEndOf(entries, from), historyEndOf(entries, to))
  const authors: ChangeAuthor[] = []
  for (const entry of between) {
    if (entry.clause === null) continue
    const oral = entry.action === 'revision.oral'
    if (!oral && entry.action !== 'amendment.accepted') continue
    const paragraph = PARAGRAPH_KINDS.find((kind) => kind === entry.detail.paragraph)
    const proposer = entry.detail.proposer
    authors.push({
      author: !oral && typeof proposer === 'string' ? proposer : entry.delegation,
      clause: entry.clause,
      inserted: words(entry.detail.inserted),
      deleted: words(entry.detail.deleted),
      ...(paragraph ? { paragraph } : {}),
      ...(oral ? { oral: String(entry.detail.note ?? '').trim() || 'orally revised' } : {}),
      at: entry.at,
    })
  }
  return authors
}
