import type * as Y from 'yjs'
import { SCHEMA_VERSION } from '../../schema/index.ts'
import { draftDocFromStore } from '../drafts/ydoc.ts'
import type { Log } from '../log.ts'
import type { Storage } from '../storage/index.ts'
import type { StoredSize } from './live-draft.ts'
import type { LogState } from './stored-log.ts'

/** A draft as a room opens it: its document, where its stored log stands, and its stored size. */
export interface OpenedDraft {
  doc: Y.Doc
  log: LogState
  size: StoredSize
}

/**
 * Reads a draft's stored state into a document for its room; null if there is no such draft. A draft stored by
 * an older schema version is brought up to date, and that change stored as one update.
 */
export async function openStoredDraft(id: string, storage: Storage, log: Log): Promise<OpenedDraft | null> {
  const started = performance.now()
  const stored = await storage.loadDraft(id)
  if (!stored) return null
  let migration: Uint8Array | null = null
  const doc = draftDocFromStore(stored, (update) => {
    migration = update
  })
  let { lastSeq } = stored
  if (migration) {
    lastSeq = await storage.appendUpdate(id, migration)
    log('room.migrate', { draft: id, schemaVersion: SCHEMA_VERSION })
  }
  const logBytes = stored.updates.reduce((sum, u) => sum + u.byteLength, 0)
  log('room.load', { draft: id, updates: stored.updates.length, ms: Math.round(performance.now() - started) })
  return {
    doc,
    log: { length: stored.updates.length + (migration ? 1 : 0), lastSeq, fields: stored.meta },
    size: {
      snapshot: stored.snapshot.byteLength,
      log: logBytes + ((migration as Uint8Array | null)?.byteLength ?? 0),
      state: stored.updates.length === 0 && !migration ? stored.snapshot : null,
    },
  }
}
