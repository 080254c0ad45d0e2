import * as Y from 'yjs'
import { AMENDMENT_STATUSES, type AmendmentStatus, SHARED, type StatusOf } from '../../schema/index.ts'
import type { UpdateChange } from './change.ts'

/** What the `amendments` map says of an amendment after an update, read field by field, not parsed whole. */
export interface Recorded {
  /** Its status; undefined without a record (it then counts as pending). */
  statusOf: StatusOf
  /** The delegation its record names; undefined without a record. */
  delegationOf(id: string): string | undefined
}

const STATUSES: readonly string[] = AMENDMENT_STATUSES

/** The records of the staging copy, the draft as it would be with the update. */
export function recordedAfter(change: UpdateChange): Recorded {
  const map = change.after.getMap<unknown>(SHARED.amendments)
  const field = (id: string, name: string): unknown => {
    const value = map.get(id)
    if (typeof value !== 'object' || value === null || value instanceof Y.AbstractType) return undefined
    return (value as Record<string, unknown>)[name]
  }
  return {
    statusOf: (id) => {
      const status = field(id, 'status')
      return typeof status === 'string' && STATUSES.includes(status) ? (status as AmendmentStatus) : undefined
    },
    delegationOf: (id) => {
      const delegation = field(id, 'delegation')
      return typeof delegation === 'string' ? delegation : undefined
    },
  }
}
