import * as Y from 'yjs'
import { AMENDMENT_STATUSES, type AmendmentStatus, recordMaps, statusOfFields } from '../../schema/index.ts'

// The server's side of the `amendments` map (see schema/amendments/record-map.ts for the form). The policies
// read records through it strictly: a shared type where a plain value belongs is not a record.

const STATUSES: readonly string[] = AMENDMENT_STATUSES

/** Reading and writing records in the `amendments` map: schema's `recordMaps` over the server's Yjs. */
export const { readRecord, writeRecord } = recordMaps(Y)

/**
 * The status of a record without parsing the rest of it (for the checks that run on every keystroke); undefined
 * for a value that holds no valid status.
 */
export function recordStatus(value: unknown): AmendmentStatus | undefined {
  if (value instanceof Y.Map)
    return statusOfFields(value.get('status'), value.get('decision'), value.get('outdated'))
  if (typeof value !== 'object' || value === null || value instanceof Y.AbstractType) return undefined
  const status = (value as Record<string, unknown>).status
  return STATUSES.includes(status as string) ? (status as AmendmentStatus) : undefined
}

/** The delegation a record names, without parsing the rest of it; undefined if it names none. */
export function recordDelegation(value: unknown): string | undefined {
  const delegation =
    value instanceof Y.Map
      ? value.get('delegation')
      : typeof value === 'object' && value !== null && !(value instanceof Y.AbstractType)
        ? (value as Record<string, unknown>).delegation
        : undefined
  return typeof delegation === 'string' ? delegation : undefined
}
