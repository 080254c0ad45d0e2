import { SHARED, type StatusOf } from '../../schema/index.ts'
import type { UpdateChange } from './change.ts'
import { recordDelegation, recordStatus } from './record-map.ts'

/** What the `amendments` map says of an amendment after an update, read field by field, not parsed whole. */
export interface Recorded {
  /** Its status; undefined without a record (it then counts as pending). */
  statusOf: StatusOf
  /** The delegation its record names; undefined without a record. */
  delegationOf(id: string): string | undefined
}

/** The records of the staging copy, the draft as it would be with the update. */
export function recordedAfter(change: UpdateChange): Recorded {
  const map = change.after.getMap<unknown>(SHARED.amendments)
  return {
    statusOf: (id) => recordStatus(map.get(id)),
    delegationOf: (id) => recordDelegation(map.get(id)),
  }
}
