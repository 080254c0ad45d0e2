// The sponsor list of a draft, and its sponsor line in the six languages: made from the list, and read back
// from an imported header.
export {
  isActive,
  MAX_GROUP_LENGTH,
  readSponsorship,
  type Sponsor,
  sponsorList,
  sponsorshipProblem,
} from './entry.ts'
export { findGroup, ON_BEHALF_OF, onBehalfPhrase, SPONSOR_GROUPS, type SponsorGroup } from './groups.ts'
export { documentSponsors, sponsorFieldText, sponsorLineFor, withSponsorLine } from './header.ts'
export { joinNames } from './join.ts'
export { DRAFT_RESOLUTION, type LineSponsor, lineSponsors, sponsorLine, sponsorNames } from './line.ts'
export { type NamedSponsor, sponsorOrder } from './order.ts'
export { type ReadSponsor, type ReadSponsorLine, readSponsorLine } from './read-line.ts'
