import type { HistoryEntry } from '../storage/index.ts'

const quoted = (words: unknown): string =>
  Array.isArray(words) && words.length > 0 ? `"${words.join(' ')}"` : ''

/** What an amendment's decision changed, in words: 'inserted "and protect"; deleted "promote"'. */
function changed(detail: Record<string, unknown>): string {
  const parts: string[] = []
  if (detail.paragraph === 'insert') parts.push('a new paragraph')
  else if (detail.paragraph === 'delete') parts.push('the whole paragraph deleted')
  else if (detail.paragraph === 'move') parts.push('the paragraph moved')
  else {
    if (quoted(detail.inserted)) parts.push(`inserted ${quoted(detail.inserted)}`)
    if (quoted(detail.deleted)) parts.push(`deleted ${quoted(detail.deleted)}`)
  }
  return parts.length > 0 ? `: ${parts.join('; ')}` : ''
}

/**
 * One line in English saying what an entry records, for the CSV export, where a reader has no panel to draw
 * it: "accepted amendment a7 of Egypt in operative paragraph 5: inserted "and protect"".
 */
export function summarize(entry: HistoryEntry): string {
  const d = entry.detail
  const where = entry.label ? ` in ${entry.label}` : ''
  const amendment = `amendment ${entry.amendment ?? ''} of ${String(d.proposer ?? '?')}${where}`
  const note = typeof d.note === 'string' && d.note ? ` (${d.note})` : ''
  switch (entry.action) {
    case 'revision.issued':
      return `issued revision ${String(d.revision)}${d.symbol ? `, ${String(d.symbol)}` : ''}${note}`
    case 'revision.oral':
      return `orally revised ${entry.label ?? 'a paragraph'}${changed(d)}${note}`
    case 'amendment.proposed':
      return `proposed ${amendment}${d.again ? ' again' : ''}`
    case 'amendment.accepted':
    case 'amendment.rejected':
      return `${entry.action.slice('amendment.'.length)} ${amendment}${changed(d)}`
    case 'amendment.withdrawn':
      return `withdrew ${amendment}`
    case 'amendment.removed':
      return `erased ${amendment}`
    case 'amendment.supported':
      return `supported ${amendment}`
    case 'amendment.unsupported':
      return `stopped supporting ${amendment}`
    case 'sponsor.joined':
      return `added ${String(d.sponsor)} to the sponsors`
    case 'sponsor.left':
      return `took ${String(d.sponsor)} off the sponsors`
    case 'sponsor.changed':
      return `changed the sponsorship of ${String(d.sponsor)}`
    case 'status.changed':
      return `set ${entry.label ?? entry.clause ?? 'a paragraph'} ${String(d.to ?? 'without a status')}${note}`
    case 'invitation.created':
      return `invited ${String(d.invitee)} as ${String(d.role)}`
    case 'invitation.revoked':
      return `revoked the link of ${String(d.invitee)} (${String(d.role)})`
    default:
      return entry.action
  }
}
