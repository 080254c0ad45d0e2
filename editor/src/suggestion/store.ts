import type * as Y from 'yjs'
import { type AmendmentRecord, SHARED } from '../../../schema/index.ts'
import { readRecord, writeRecord } from './record-map.ts'

/**
 * Where amendment records live: the draft's `amendments` Y.Map, or a plain Map in tests. Suggestion mode reads
 * and writes records only through it, so the transforms stay pure.
 */
export interface AmendmentStore {
  get(id: string): AmendmentRecord | undefined
  set(record: AmendmentRecord): void
  delete(id: string): void
  /** Every record, for the commands that act on all of a delegation's or a paragraph's amendments. */
  values(): Iterable<AmendmentRecord>
}

/** A store over a Map of records, for tests and for callers that keep records themselves. */
export function mapStore(map: Map<string, AmendmentRecord> = new Map()): AmendmentStore {
  return {
    get: (id) => map.get(id),
    set: (record) => {
      map.set(record.id, record)
    },
    delete: (id) => {
      map.delete(id)
    },
    values: () => map.values(),
  }
}

/**
 * A store over the draft's `amendments` Y.Map: each record a nested map of its fields under its id (records
 * stored as one plain object by earlier versions are read too, and rewritten as nested maps when they change).
 * `set` writes only the fields that differ, so concurrent changes of different fields merge. A value that is
 * not a valid record (written by a tampered client) reads as absent. Watch it with `observeDeep`: a change of
 * a field is an event of the record's nested map.
 */
export function yMapStore(doc: Y.Doc): AmendmentStore {
  const map = doc.getMap<unknown>(SHARED.amendments)
  const read = (id: string, value: unknown): AmendmentRecord | undefined => {
    try {
      return readRecord(value, `amendments.${id}`)
    } catch (e) {
      if (e instanceof RangeError) return undefined
      throw e
    }
  }
  return {
    get: (id) => read(id, map.get(id)),
    set: (record) => writeRecord(map, record),
    delete: (id) => {
      map.delete(id)
    },
    values: () => {
      const out: AmendmentRecord[] = []
      map.forEach((value, id) => {
        const record = read(id, value)
        if (record) out.push(record)
      })
      return out
    },
  }
}
