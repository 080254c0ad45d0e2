import * as Y from 'yjs'
import { SHARED } from '../../schema/index.ts'
import type { UpdateChange } from '../model/index.ts'

/** Whether a value is a sponsor entry, `{since}` with a time in milliseconds (see SHARED.sponsors). */
export function isSponsorship(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const keys = Object.keys(value)
  const since = (value as { since?: unknown }).since
  return keys.length === 1 && typeof since === 'number' && Number.isFinite(since) && since >= 0
}

/**
 * Why a delegation's change of the sponsor list is more than co-sponsoring or ceasing to, or null: it may
 * set its own entry (a `{since}` time) or delete it, and touch no other delegation's.
 */
export function sponsorsRefusal(change: UpdateChange, delegation: string): string | null {
  const map = change.after.getMap<unknown>(SHARED.sponsors)
  for (const entry of change.sponsors) {
    const where = `sponsors.${entry.key}`
    if (entry.key !== delegation) return `${where}: only ${entry.key} may change its sponsorship`
    if (map.get(entry.key) instanceof Y.AbstractType) return `${where}: an entry is a plain object`
    if (entry.after !== undefined && !isSponsorship(entry.after)) {
      return `${where}: expected {since: <time in milliseconds>}, got ${JSON.stringify(entry.after)}`
    }
  }
  return null
}
