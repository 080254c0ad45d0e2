import * as Y from 'yjs'
import { InvalidDocumentError } from '../convert/index.ts'
import type { Log } from '../log.ts'
import type { Storage } from '../storage/index.ts'
import { draftDocFromStore, listedFields } from './ydoc.ts'

/**
 * Compacts a draft as stored, without a room: its snapshot with the log applied (and migrated) becomes the new
 * snapshot, up to the last update read (`upTo`), so an update another process appends meanwhile stays in the
 * log. Resolves to how many updates were folded in, 0 if there is no such draft or its log is empty.
 */
export async function compactStoredDraft(storage: Storage, id: string): Promise<number> {
  const stored = await storage.loadDraft(id)
  if (!stored || stored.updates.length === 0) return 0
  const doc = draftDocFromStore(stored)
  try {
    let fields = stored.meta
    try {
      fields = { ...fields, ...listedFields(doc) }
    } catch (e) {
      // A header written by hand that does not convert: the draft keeps its listing, as a room's compaction does.
      if (!(e instanceof InvalidDocumentError)) throw e
    }
    const { title, symbol, lang, organ } = fields
    await storage.compact(id, Y.encodeStateAsUpdate(doc), stored.lastSeq, { title, symbol, lang, organ })
    return stored.updates.length
  } finally {
    doc.destroy()
  }
}

/**
 * Compacts every draft whose log holds at least `atLeast` updates: run when the server starts, before it takes
 * connections, so that the first delegate to open a draft that a crash left with a long log gets it from one
 * snapshot instead of waiting while the log is replayed. A room compacts its log every `atLeast` updates and
 * when it unloads, so only a process that stopped without unloading leaves such a log. A draft that fails is
 * logged and left as it was (its room replays the log as before).
 */
export async function compactLongLogs(storage: Storage, atLeast: number, log: Log): Promise<void> {
  const ids = await storage.longLogs(atLeast)
  for (const id of ids) {
    const started = performance.now()
    try {
      const updates = await compactStoredDraft(storage, id)
      log('store.recover', { draft: id, updates, ms: Math.round(performance.now() - started) })
    } catch (e) {
      log('store.error', {
        draft: id,
        error: `compacting the long log at start failed: ${(e as Error).message}`,
      })
    }
  }
}
