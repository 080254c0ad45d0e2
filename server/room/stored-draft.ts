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
  /** When the facilitator archived the draft, or null while it is open. */
  archived: number | null
}

/**
 * Reads a draft's stored state into a document for its room; null if there is no such draft. A draft stored by
 * an older schema version is brought up to date, and that change stored as one update, on top of the sequence
 * number read (`Storage.appendAfter`): when several processes load the draft at once, the first to store its
 * migration wins, and the others load the draft again, migration included, instead of storing a second one.
 */
export async function openStoredDraft(id: string, storage: Storage, log: Log): Promise<OpenedDraft | null> {
  const started = performance.now()
  for (;;) {
    const stored = await storage.loadDraft(id)
    if (!stored) return null
    let migration: Uint8Array | null = null
    const doc = draftDocFromStore(stored, (update) => {
      migration = update
    })
    let { lastSeq } = stored
    if (migration) {
      const seq = await storage.appendAfter(id, [migration], lastSeq, { upgrade: true })
      if (seq === null) {
        // Another process stored an update first (its own migration, most likely): read the draft again.
        doc.destroy()
        log('room.migrate.retry', { draft: id, after: lastSeq })
        continue
      }
      lastSeq = seq
      log('room.migrate', { draft: id, schemaVersion: SCHEMA_VERSION })
    }
    const logBytes = stored.updates.reduce((sum, u) => sum + u.byteLength, 0)
    log('room.load', {
      draft: id,
      updates: stored.updates.length,
      ms: Math.round(performance.now() - started),
    })
    return {
      doc,
      log: { length: stored.updates.length + (migration ? 1 : 0), lastSeq, fields: stored.meta },
      size: {
        snapshot: stored.snapshot.byteLength,
        log: logBytes + ((migration as Uint8Array | null)?.byteLength ?? 0),
        state: stored.updates.length === 0 && !migration ? stored.snapshot : null,
      },
      archived: stored.meta.archived,
    }
  }
}
