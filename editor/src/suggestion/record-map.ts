import * as Y from 'yjs'
import {
  type AmendmentRecord,
  parseAmendmentRecord,
  recordFields,
  SUPPORTERS_KEY,
} from '../../../schema/index.ts'

// The editor's side of the `amendments` map: a record is a nested Y.Map of its fields (schema's RECORD_KEYS),
// its supporters a Y.Map of delegation → time, so that concurrent changes of different fields merge. The
// server has its own copy of this reading and writing (server/policy/record-map.ts); neither imports the other.

/** The entries of a Y.Map as a plain object; a shared type among them (which no editor writes) is refused. */
function plain(map: Y.Map<unknown>, where: string, nested: string | null): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  map.forEach((value, key) => {
    if (key === nested) {
      if (!(value instanceof Y.Map)) throw new RangeError(`${where}.${key}: expected a map of delegations`)
      out[key] = plain(value, `${where}.${key}`, null)
    } else if (value instanceof Y.AbstractType) {
      throw new RangeError(`${where}.${key}: expected a plain value, found a shared type`)
    } else out[key] = value
  })
  return out
}

/**
 * A value of the `amendments` map read as a record: a nested map (the field form) or a plain object (the whole
 * form of drafts stored before). Throws a RangeError naming the field when it is not a valid record.
 */
export function readRecord(value: unknown, where: string): AmendmentRecord {
  if (value instanceof Y.Map) return parseAmendmentRecord(plain(value, where, SUPPORTERS_KEY), where)
  if (value instanceof Y.AbstractType)
    throw new RangeError(`${where}: expected a map of fields, found another type`)
  return parseAmendmentRecord(value, where)
}

/** Makes a supporters map hold exactly the record's supporters; one added now is stamped with its update time. */
function writeSupporters(supporters: Y.Map<unknown>, record: AmendmentRecord): void {
  for (const name of [...supporters.keys()]) if (!record.supporters.includes(name)) supporters.delete(name)
  for (const name of record.supporters) if (!supporters.has(name)) supporters.set(name, record.updated)
}

/**
 * Writes a record into the `amendments` map in the field form, setting only the keys whose value differs from
 * what the map holds, so that a writer never sends back fields someone else changed meanwhile (a delegation's
 * support does not carry the status it read). A record held in the whole form is replaced by a nested map.
 * Call it inside the Yjs transaction of the change that goes with it.
 */
export function writeRecord(records: Y.Map<unknown>, record: AmendmentRecord): void {
  const fields = recordFields(record)
  const current = records.get(record.id)
  if (current instanceof Y.Map) {
    for (const [key, value] of Object.entries(fields)) {
      if (value === undefined) continue
      if (value === null) {
        if (current.has(key)) current.delete(key)
      } else if (current.get(key) !== value) current.set(key, value)
    }
    const supporters = current.get(SUPPORTERS_KEY)
    if (supporters instanceof Y.Map) writeSupporters(supporters, record)
    else current.set(SUPPORTERS_KEY, new Y.Map(record.supporters.map((name) => [name, record.updated])))
    return
  }
  const entries: [string, unknown][] = []
  for (const [key, value] of Object.entries(fields)) {
    // Under a decision the delegation's status is left as it is; a new record starts proposed.
    if (key === 'status' && value === undefined) entries.push([key, 'proposed'])
    else if (value !== null && value !== undefined) entries.push([key, value])
  }
  entries.push([SUPPORTERS_KEY, new Y.Map(record.supporters.map((name) => [name, record.updated]))])
  records.set(record.id, new Y.Map(entries))
}
