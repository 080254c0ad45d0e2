import * as Y from 'yjs'
import type { Storage, StoredDraft } from '../storage/index.ts'
import type { LiveDrafts } from './read.ts'

/**
 * A draft as it is now, as stored bytes another thread can read (the export pool): a draft being edited as one
 * snapshot of its room's state (so unsaved-to-snapshot edits show), else its stored snapshot and log. Null if
 * there is no such draft. Encoding a live state is far cheaper than converting it to a document.
 */
export async function readStoredDraft(
  storage: Storage,
  id: string,
  rooms?: LiveDrafts,
): Promise<StoredDraft | null> {
  const room = await rooms?.loaded(id)
  if (room) {
    const meta = await storage.draft(id)
    return meta && { meta, snapshot: Y.encodeStateAsUpdate(room.doc), updates: [], lastSeq: 0 }
  }
  return storage.loadDraft(id)
}
