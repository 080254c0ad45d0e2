import type * as Y from 'yjs'
import { SHARED } from '../../../schema/index.ts'

/** A delegation that co-sponsors the draft, and since when (milliseconds since 1970). */
export interface Sponsor {
  delegation: string
  since: number
}

/**
 * The co-sponsors in a draft's `sponsors` map (key: the delegation, value: `{since}`), earliest first. Values
 * of another shape (from an old or tampered client) are left out.
 */
export function sponsorsOf(ydoc: Y.Doc): Sponsor[] {
  const out: Sponsor[] = []
  ydoc.getMap<unknown>(SHARED.sponsors).forEach((value, delegation) => {
    const since = (value as { since?: unknown } | null)?.since
    if (delegation !== '' && typeof since === 'number' && Number.isFinite(since))
      out.push({ delegation, since })
  })
  return out.sort((a, b) => a.since - b.since || a.delegation.localeCompare(b.delegation))
}

/** Whether a delegation co-sponsors the draft. */
export const isSponsor = (ydoc: Y.Doc, delegation: string): boolean =>
  sponsorsOf(ydoc).some((s) => s.delegation === delegation)

/**
 * Adds a delegation to the co-sponsors (keeping its first date if it is one already) or takes it off. Returns
 * whether the list changed.
 */
export function setSponsor(ydoc: Y.Doc, delegation: string, sponsor: boolean, now: number): boolean {
  if (delegation === '') throw new RangeError('a co-sponsor needs a delegation name')
  if (isSponsor(ydoc, delegation) === sponsor) return false
  const map = ydoc.getMap<unknown>(SHARED.sponsors)
  ydoc.transact(() => {
    if (sponsor) map.set(delegation, { since: now })
    else map.delete(delegation)
  })
  return true
}
