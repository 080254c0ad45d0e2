import { type AmendmentRecord, parseAmendmentRecord, recordFields, SUPPORTERS_KEY } from './record.ts'

// How a record lives in the shared `amendments` map: a nested map of its fields (RECORD_KEYS), its supporters a
// map of delegation → time, so that concurrent changes of different fields merge. The editor and the server
// both read and write records this way; schema does not import Yjs, so each gives its Yjs classes to
// `recordMaps` and gets the functions back.

/** What the functions use of a Y.Map. */
export interface SharedMap {
  get(key: string): unknown
  set(key: string, value: unknown): unknown
  has(key: string): boolean
  delete(key: string): void
  keys(): IterableIterator<string>
  forEach(f: (value: unknown, key: string) => void): void
}

/** The Yjs classes the functions need: Y.Map, and Y.AbstractType to tell shared types from plain values. */
export interface SharedTypes {
  Map: new (entries?: Iterable<readonly [string, unknown]>) => SharedMap
  AbstractType: abstract new (...args: never[]) => unknown
}

/** Reading and writing records in the `amendments` map, as {@link recordMaps} makes them. */
export interface RecordMaps {
  /**
   * A value of the `amendments` map read as a record: a nested map (the field form) or a plain object (the
   * whole form of drafts stored before). Throws a RangeError naming the field when it is not a valid record.
   */
  readRecord(value: unknown, where: string): AmendmentRecord
  /**
   * Writes a record into the `amendments` map in the field form, setting only the keys whose value differs
   * from what the map holds, so that a writer never sends back fields someone else changed meanwhile (a
   * delegation's support does not carry the status it read). A record held in the whole form is replaced by
   * a nested map. Call it inside the Yjs transaction of the change that goes with it.
   */
  writeRecord(records: SharedMap, record: AmendmentRecord): void
}

/** The record functions over the given Yjs classes. */
export function recordMaps(types: SharedTypes): RecordMaps {
  const isMap = (value: unknown): value is SharedMap => value instanceof types.Map
  const supportersOf = (record: AmendmentRecord): SharedMap =>
    new types.Map(record.supporters.map((name) => [name, record.updated] as const))

  // The entries of a map as a plain object; a shared type among them (which no editor writes) is refused.
  const plain = (map: SharedMap, where: string, nested: string | null): Record<string, unknown> => {
    const out: Record<string, unknown> = {}
    map.forEach((value, key) => {
      if (key === nested) {
        if (!isMap(value)) throw new RangeError(`${where}.${key}: expected a map of delegations`)
        out[key] = plain(value, `${where}.${key}`, null)
      } else if (value instanceof types.AbstractType) {
        throw new RangeError(`${where}.${key}: expected a plain value, found a shared type`)
      } else out[key] = value
    })
    return out
  }

  // Makes a supporters map hold exactly the record's supporters; one added now is stamped with its update time.
  const writeSupporters = (supporters: SharedMap, record: AmendmentRecord): void => {
    for (const name of [...supporters.keys()]) if (!record.supporters.includes(name)) supporters.delete(name)
    for (const name of record.supporters) if (!supporters.has(name)) supporters.set(name, record.updated)
  }

  return {
    readRecord(value, where) {
      if (isMap(value)) return parseAmendmentRecord(plain(value, where, SUPPORTERS_KEY), where)
      if (value instanceof types.AbstractType) {
        throw new RangeError(`${where}: expected a map of fields, found another type`)
      }
      return parseAmendmentRecord(value, where)
    },

    writeRecord(records, record) {
      const fields = recordFields(record)
      const current = records.get(record.id)
      if (isMap(current)) {
        for (const [key, value] of Object.entries(fields)) {
          if (value === undefined) continue
          if (value === null) {
            if (current.has(key)) current.delete(key)
          } else if (current.get(key) !== value) current.set(key, value)
        }
        const supporters = current.get(SUPPORTERS_KEY)
        if (isMap(supporters)) writeSupporters(supporters, record)
        else current.set(SUPPORTERS_KEY, supportersOf(record))
        return
      }
      const entries: [string, unknown][] = []
      for (const [key, value] of Object.entries(fields)) {
        // Under a decision the delegation's status is left as it is; a new record starts proposed.
        if (key === 'status' && value === undefined) entries.push([key, 'proposed'])
        else if (value !== null && value !== undefined) entries.push([key, value])
      }
      entries.push([SUPPORTERS_KEY, supportersOf(record)])
      records.set(record.id, new types.Map(entries))
    },
  }
}
