import * as Y from 'yjs'
import { type AmendmentRecord, SHARED } from '../../schema/index.ts'
import type { UpdateChange } from '../model/index.ts'
import { readRecord } from '../model/index.ts'

/** A value of the `amendments` map read as the record under `key`, or why it is not one. */
export function readRecordAt(value: unknown, key: string, where: string): AmendmentRecord | string {
  try {
    const record = readRecord(value, where)
    return record.id === key ? record : `${where}: the record has id ${record.id}`
  } catch (e) {
    if (e instanceof RangeError) return e.message
    throw e
  }
}

/**
 * Why a record an update wrote is not well-formed, or null: each changed key of the `amendments` map must be
 * deleted or hold a record in the field form (a map of its fields, with its own id) whose fields are valid.
 * Shape only: who may write which record is the policies' business.
 */
export function recordShapesRefusal(change: UpdateChange): string | null {
  const after = change.after.getMap<unknown>(SHARED.amendments)
  for (const entry of change.amendments) {
    const where = `amendments.${entry.key}`
    const value = after.get(entry.key)
    if (value === undefined) continue
    if (!(value instanceof Y.Map)) return `${where}: a record is a map of its fields, not one value`
    const record = readRecordAt(value, entry.key, where)
    if (typeof record === 'string') return record
  }
  return null
}
