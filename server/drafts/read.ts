import type { Node } from 'prosemirror-model'
import type { RoomRegistry } from '../room/index.ts'
import type { DraftMeta, Storage } from '../storage/index.ts'
import { draftDocFromStore, proseMirrorDoc } from './ydoc.ts'

/** A draft's listing and its current document. */
export interface DraftSnapshot {
  meta: DraftMeta
  doc: Node
}

/**
 * A draft as it is now: from its room when it is being edited (so unsaved-to-snapshot edits show), else from
 * the store. Null if there is no such draft.
 */
export async function readDraft(
  storage: Storage,
  id: string,
  rooms?: RoomRegistry,
): Promise<DraftSnapshot | null> {
  const room = await rooms?.loaded(id)
  if (room) {
    const meta = await storage.draft(id)
    return meta && { meta, doc: proseMirrorDoc(room.doc) }
  }
  const stored = await storage.loadDraft(id)
  return stored && { meta: stored.meta, doc: proseMirrorDoc(draftDocFromStore(stored)) }
}
