import type { Node } from 'prosemirror-model'
import {
  delegationKey,
  documentSponsors,
  type Sponsor,
  sponsorLineFor,
  withSponsorLine,
} from '../../schema/index.ts'

/**
 * The sponsor list a new draft starts with: the names of its header's sponsor line (an imported L document's,
 * "Australia, Brazil and Canada: draft resolution"), each under its directory key, since `now`, and each a main
 * sponsor: the names an L document prints are those who submitted the draft, the UN's sponsors; delegations
 * that join in Penholder later are co-sponsors, and the facilitator may change either. With it, the document
 * with its line made again from the list (so that a "*" note marker or a wrapped line does not stay).
 */
export function seedSponsors(doc: Node, now: number): { doc: Node; sponsors: Sponsor[] } {
  const read = documentSponsors(doc)
  if (!read) return { doc, sponsors: [] }
  const sponsors = new Map<string, Sponsor>()
  for (const s of read.sponsors) {
    const delegation = delegationKey(s.name)
    if (delegation === '' || sponsors.has(delegation)) continue
    sponsors.set(delegation, {
      delegation,
      since: now,
      role: 'main',
      ...(s.onBehalfOf ? { onBehalfOf: s.onBehalfOf } : {}),
    })
  }
  const list = [...sponsors.values()]
  const line = sponsorLineFor(doc, list)
  return { doc: line === null ? doc : withSponsorLine(doc, line), sponsors: list }
}
