import type { Node } from 'prosemirror-model'
import type * as Y from 'yjs'
import { type AmendmentRecord, paragraphStatuses, SHARED, type StatusLookup } from '../../schema/index.ts'
import { readRecord } from '../model/index.ts'
import type { DraftMeta, Storage } from '../storage/index.ts'
import { draftDocFromStore, proseMirrorDoc } from './ydoc.ts'

/** A draft's listing, its current document and its amendment records. */
export interface DraftSnapshot {
  meta: DraftMeta
  doc: Node
  /** The records of the draft's `amendments` map; values that are not valid records are left out. */
  records: AmendmentRecord[]
  /** The facilitator's status of each paragraph, from the draft's `statuses` map (absent: open). */
  statuses: StatusLookup
}

/**
 * The amendment records a shared document holds. A value that is not a valid record (written by an old or
 * tampered client) is left out, as the editor's store reads it as absent: the amendment then counts as pending,
 * proposed by the delegation its marks name.
 */
export function amendmentRecords(ydoc: Y.Doc): AmendmentRecord[] {
  const records: AmendmentRecord[] = []
  ydoc.getMap<unknown>(SHARED.amendments).forEach((value, id) => {
    try {
      records.push(readRecord(value, `amendments.${id}`))
    } catch (e) {
      if (!(e instanceof RangeError)) throw e
    }
  })
  return records
}

const snapshotOf = (meta: DraftMeta, ydoc: Y.Doc): DraftSnapshot => ({
  meta,
  doc: proseMirrorDoc(ydoc),
  records: amendmentRecords(ydoc),
  statuses: paragraphStatuses(ydoc.getMap<unknown>(SHARED.statuses).entries()),
})

/**
 * Where the drafts being edited are held live: the room registry (`server/room/`), which depends on this
 * folder, so it is named here by what `readDraft` asks of it.
 */
export interface LiveDrafts {
  /** The shared document of a draft being edited, or null if it is not loaded. */
  loaded(id: string): Promise<{ readonly doc: Y.Doc } | null>
}

/**
 * A draft as it is now: from its room when it is being edited (so unsaved-to-snapshot edits show), else from
 * the store. Null if there is no such draft.
 */
export async function readDraft(
  storage: Storage,
  id: string,
  rooms?: LiveDrafts,
): Promise<DraftSnapshot | null> {
  const room = await rooms?.loaded(id)
  if (room) {
    const meta = await storage.draft(id)
    return meta && snapshotOf(meta, room.doc)
  }
  const stored = await storage.loadDraft(id)
  return stored && snapshotOf(stored.meta, draftDocFromStore(stored))
}
