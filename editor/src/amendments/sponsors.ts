import type * as Y from 'yjs'
import {
  isActive,
  readSponsorship,
  SHARED,
  type Sponsor,
  type SponsorRole,
  type Sponsorship,
  sponsorList,
} from '../../../schema/index.ts'

export type { Sponsor } from '../../../schema/index.ts'

const mapOf = (ydoc: Y.Doc) => ydoc.getMap<unknown>(SHARED.sponsors)

/** A delegation's entry, as the map holds it (an old `{since}` one read as a co-sponsor's), or null. */
const entryOf = (ydoc: Y.Doc, delegation: string): Sponsorship | null =>
  readSponsorship(mapOf(ydoc).get(delegation))

/** Writes an entry as a plain object without empty fields, which the server's validation asks for. */
function write(ydoc: Y.Doc, delegation: string, entry: Sponsorship): void {
  const value: Sponsorship = { since: entry.since, role: entry.role }
  if (entry.until !== undefined) value.until = entry.until
  if (entry.onBehalfOf) value.onBehalfOf = entry.onBehalfOf
  ydoc.transact(() => mapOf(ydoc).set(delegation, value))
}

const needName = (delegation: string) => {
  if (delegation.trim() === '') throw new RangeError('a sponsor needs a delegation name')
}

/**
 * Every entry of a draft's sponsor list, withdrawn ones included: main sponsors first, then co-sponsors, each
 * in the order they joined. Values of another shape (from a tampered client) are left out.
 */
export const sponsorsOf = (ydoc: Y.Doc): Sponsor[] => sponsorList(mapOf(ydoc).entries())

/** Whether a delegation sponsors the draft now (joined, not withdrawn). */
export function isSponsor(ydoc: Y.Doc, delegation: string): boolean {
  const entry = entryOf(ydoc, delegation)
  return entry !== null && isActive(entry)
}

/**
 * A delegation joins the sponsors (as a co-sponsor; a main sponsor that withdrew comes back as one), on behalf
 * of a group if given. Joining again after withdrawing starts a new `since`. Returns whether the list changed.
 */
export function joinSponsors(
  ydoc: Y.Doc,
  delegation: string,
  now: number,
  onBehalfOf?: string | null,
): boolean {
  needName(delegation)
  const entry = entryOf(ydoc, delegation)
  if (entry && isActive(entry)) return false
  write(ydoc, delegation, {
    since: now,
    role: entry?.role ?? 'co',
    ...(onBehalfOf ? { onBehalfOf } : entry?.onBehalfOf ? { onBehalfOf: entry.onBehalfOf } : {}),
  })
  return true
}

/** A delegation withdraws: its entry stays, with the time it withdrew. Returns whether the list changed. */
export function withdrawSponsor(ydoc: Y.Doc, delegation: string, now: number): boolean {
  const entry = entryOf(ydoc, delegation)
  if (!entry || !isActive(entry)) return false
  write(ydoc, delegation, { ...entry, until: Math.max(now, entry.since) })
  return true
}

/** Joins or withdraws, as one button does. Returns whether the list changed. */
export const setSponsor = (ydoc: Y.Doc, delegation: string, sponsor: boolean, now: number): boolean =>
  sponsor ? joinSponsors(ydoc, delegation, now) : withdrawSponsor(ydoc, delegation, now)

/**
 * The facilitator makes a delegation a main sponsor or a co-sponsor, adding it to the list (from now) if it is
 * not on it or withdrew. Returns whether the list changed.
 */
export function setSponsorRole(ydoc: Y.Doc, delegation: string, role: SponsorRole, now: number): boolean {
  needName(delegation)
  const entry = entryOf(ydoc, delegation)
  if (entry && isActive(entry) && entry.role === role) return false
  const active = entry && isActive(entry)
  write(ydoc, delegation, {
    since: active ? entry.since : now,
    role,
    ...(entry?.onBehalfOf ? { onBehalfOf: entry.onBehalfOf } : {}),
  })
  return true
}

/** A sponsor says on whose behalf it acts (a group's id or name), or no longer does (null). */
export function setOnBehalfOf(ydoc: Y.Doc, delegation: string, group: string | null): boolean {
  const entry = entryOf(ydoc, delegation)
  if (!entry || (entry.onBehalfOf ?? null) === (group || null)) return false
  const { onBehalfOf: _, ...rest } = entry
  write(ydoc, delegation, group ? { ...rest, onBehalfOf: group } : rest)
  return true
}
