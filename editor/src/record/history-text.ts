import type { HistoryEntryJSON } from '../../../schema/index.ts'
import { t } from '../i18n/i18n.ts'
import type { StringKey } from '../i18n/strings.ts'
import { labelText } from './label-text.ts'

const text = (value: unknown): string =>
  typeof value === 'string' ? value : value == null ? '' : String(value)

const words = (value: unknown): string => (Array.isArray(value) ? value.join(' ') : '')

/** A paragraph status's name in the interface language ("agreed ad referendum"). */
function statusName(status: unknown): string {
  if (status === 'open' || status === 'agreed-ad-ref' || status === 'agreed')
    return t(`history.status.${status}`)
  return status == null ? t('history.noStatus') : text(status)
}

/** What an entry says was done, in the interface language: "accepted eg1 of Egypt in operative paragraph 5". */
export function entryText(entry: HistoryEntryJSON): string {
  const d = entry.detail
  const label = entry.label ? labelText(entry.label) : (entry.clause ?? '')
  return t(`history.${entry.action}` as StringKey, {
    amendment: entry.amendment ?? '',
    proposer: text(d.proposer),
    about: entry.label ? t('history.in', { label }) : '',
    label,
    revision: text(d.revision),
    symbol: d.symbol ? ` (${text(d.symbol)})` : '',
    sponsor: text(d.sponsor),
    invitee: text(d.invitee),
    role: text(d.role),
    status: statusName(d.to),
  })
}

/** The words a decision or an oral revision changed, and its note, as lines under the entry. */
export function entryDetails(entry: HistoryEntryJSON): string[] {
  const d = entry.detail
  const lines: string[] = []
  if (entry.action === 'amendment.accepted' || entry.action === 'revision.oral') {
    if (words(d.inserted)) lines.push(t('history.inserted', { words: words(d.inserted) }))
    if (words(d.deleted)) lines.push(t('history.deleted', { words: words(d.deleted) }))
  }
  if (typeof d.note === 'string' && d.note) lines.push(d.note)
  return lines
}

/** The delegations an entry concerns, to filter by: who acted, and whose amendment, support, sponsorship or link. */
export function entryDelegations(entry: HistoryEntryJSON): string[] {
  const named = [entry.detail.proposer, entry.detail.supporter, entry.detail.sponsor, entry.detail.invitee]
  return [entry.delegation, ...named.filter((name): name is string => typeof name === 'string')]
}
