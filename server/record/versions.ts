import type { Node } from 'prosemirror-model'
import { type AmendmentRecord, docFromJSON, parseAmendmentRecord } from '../../schema/index.ts'
import { type LiveDrafts, readDraft } from '../drafts/read.ts'
import type { RevisionMeta, Storage } from '../storage/index.ts'

/** One version of a draft, as a comparison or an export reads it: an issued revision, or the live text. */
export interface DraftVersion {
  /** The revision's number, or null for the draft as it is now. */
  revision: number | null
  /** Its symbol ("A/C.3/71/L.23/Rev.1"), empty without one. */
  symbol: string
  /** When it was issued; for the live text, now. */
  date: number
  doc: Node
  records: AmendmentRecord[]
}

/** The records a revision keeps as JSON; one that is not a valid record is left out, as a draft leaves it out. */
function recordsOf(json: string, where: string): AmendmentRecord[] {
  const list = JSON.parse(json) as unknown
  if (!Array.isArray(list)) throw new RangeError(`${where}: the records are not a list`)
  return list.flatMap((value, i) => {
    try {
      return [parseAmendmentRecord(value, `${where}.records[${i}]`)]
    } catch {
      return []
    }
  })
}

/** An issued revision of a draft, read back from its JSON; null if the draft has no revision `n`. */
export async function revisionVersion(
  storage: Storage,
  draft: string,
  n: number,
): Promise<(DraftVersion & { meta: RevisionMeta }) | null> {
  const stored = await storage.revision(draft, n)
  if (!stored) return null
  const { state: _state, doc, records, ...meta } = stored
  const where = `draft ${draft} revision ${n}`
  return {
    revision: n,
    symbol: meta.symbol,
    date: meta.date,
    doc: docFromJSON(JSON.parse(doc)),
    records: recordsOf(records, where),
    meta,
  }
}

/** A draft as it is now (from its room if it is open), as a version; null if there is no such draft. */
export async function currentVersion(
  storage: Storage,
  draft: string,
  rooms?: LiveDrafts,
  now: () => number = Date.now,
): Promise<DraftVersion | null> {
  const snapshot = await readDraft(storage, draft, rooms)
  if (!snapshot) return null
  return {
    revision: null,
    symbol: snapshot.meta.symbol,
    date: now(),
    doc: snapshot.doc,
    records: snapshot.records,
  }
}
