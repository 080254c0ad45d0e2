import { findDelegation } from '../directory/index.ts'
import type { Lang } from '../lang.ts'
import { readSponsorLine } from '../sponsors/index.ts'

/**
 * Whether lines read as the start of a sponsor line that ends in `last` ("... Viet Nam and Yemen: draft
 * resolution"): its first name and at least two thirds of all its names are delegations of the directory
 * (some UN names in French or Spanish are not the directory's), and an agenda title ("Cooperation between
 * the United Nations and regional ...") is none.
 */
function startsSponsorLine(lines: readonly string[], last: string, lang: Lang): boolean {
  const read = readSponsorLine([...lines, last].join(' '), lang)
  if (!read || read.sponsors.length <= lines.length) return false
  const known = read.sponsors.filter((s) => s.onBehalfOf !== undefined || findDelegation(s.name) !== null)
  return findDelegation(read.sponsors[0]!.name) !== null && known.length * 3 >= read.sponsors.length * 2
}

/**
 * Of the lines read into the field before a sponsor line (a PDF wraps a list of a hundred names over many
 * lines, and each one before the last reads as more of the agenda item's title), how many at its end belong to
 * the sponsor line: the most that read as its start, 0 if none does.
 */
export function sponsorLinesBefore(lines: readonly string[], last: string, lang: Lang): number {
  for (let from = 0; from < lines.length; from++) {
    if (startsSponsorLine(lines.slice(from), last, lang)) return lines.length - from
  }
  return 0
}
