import type * as Y from 'yjs'
import { type AmendmentRecord, parseAmendmentRecord, SHARED } from '../../../schema/index.ts'

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
 * A store over the draft's `amendments` Y.Map (records kept as plain objects under their id). A value that is
 * not a valid record (written by an old or tampered client) reads as absent.
 */
export function yMapStore(doc: Y.Doc): AmendmentStore {
  const map = doc.getMap<unknown>(SHARED.amendments)
  const read = (id: string, value: unknown): AmendmentRecord | undefined => {
    try {
      return parseAmendmentRecord(value, `amendments.${id}`)
    } catch (e) {
      if (e instanceof RangeError) return undefined
      throw e
    }
  }
  return {
    get: (id) => read(id, map.get(id)),
    set: (record) => {
      map.set(record.id, { ...record, supporters: [...record.supporters] })
    },
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
