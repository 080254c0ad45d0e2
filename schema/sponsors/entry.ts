import type { SponsorRole, Sponsorship } from '../contract.ts'

/** The longest name of a group an entry may act for, so that a tampered client cannot fill the header. */
export const MAX_GROUP_LENGTH = 200

const KEYS: ReadonlySet<string> = new Set(['since', 'role', 'until', 'onBehalfOf'])

const isTime = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0

/**
 * What is wrong with a value of the `sponsors` map, or null if it is a {@link Sponsorship}: `since` a time,
 * `role` 'main' or 'co' (absent in the `{since}` entries of older drafts), `until` a time not before `since`,
 * `onBehalfOf` a group's name, and nothing else.
 */
export function sponsorshipProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'an entry is an object'
  const entry = value as Record<string, unknown>
  const extra = Object.keys(entry).find((key) => !KEYS.has(key))
  if (extra !== undefined) return `an entry has no field '${extra}'`
  if (!isTime(entry.since))
    return `'since' must be a time in milliseconds, got ${JSON.stringify(entry.since)}`
  if ('role' in entry && entry.role !== 'main' && entry.role !== 'co') {
    return `'role' must be 'main' or 'co', got ${JSON.stringify(entry.role)}`
  }
  if ('until' in entry && !(isTime(entry.until) && entry.until >= entry.since)) {
    return `'until' must be a time not before 'since', got ${JSON.stringify(entry.until)}`
  }
  if ('onBehalfOf' in entry) {
    const group = entry.onBehalfOf
    if (typeof group !== 'string' || group.trim() === '' || group.length > MAX_GROUP_LENGTH) {
      return `'onBehalfOf' must be a group's name of 1 to ${MAX_GROUP_LENGTH} characters`
    }
  }
  return null
}

/** A value of the `sponsors` map read as a {@link Sponsorship} (a `{since}` entry as a co-sponsor's), or null. */
export function readSponsorship(value: unknown): Sponsorship | null {
  if (sponsorshipProblem(value) !== null) return null
  const entry = value as Partial<Sponsorship> & { since: number }
  const out: Sponsorship = { since: entry.since, role: entry.role ?? 'co' }
  if (entry.until !== undefined) out.until = entry.until
  if (entry.onBehalfOf !== undefined) out.onBehalfOf = entry.onBehalfOf
  return out
}

/** A delegation and its entry in the sponsor list. */
export interface Sponsor extends Sponsorship {
  delegation: string
}

/** Whether an entry sponsors the draft now (it has not withdrawn). */
export const isActive = (s: Sponsorship): boolean => s.until === undefined

/**
 * The sponsor list from the entries of a `sponsors` map (as `[delegation, value]` pairs): main sponsors first,
 * then co-sponsors, each in the order they joined. Values of another shape are left out.
 */
export function sponsorList(entries: Iterable<[string, unknown]>): Sponsor[] {
  const out: Sponsor[] = []
  for (const [delegation, value] of entries) {
    const entry = readSponsorship(value)
    if (entry && delegation.trim() !== '') out.push({ delegation, ...entry })
  }
  const rank = (role: SponsorRole) => (role === 'main' ? 0 : 1)
  return out.sort(
    (a, b) => rank(a.role) - rank(b.role) || a.since - b.since || a.delegation.localeCompare(b.delegation),
  )
}
