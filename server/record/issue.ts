import * as Y from 'yjs'
import type { Role } from '../../schema/index.ts'
import { amendmentRecords } from '../drafts/read.ts'
import { listedFields, proseMirrorDoc } from '../drafts/ydoc.ts'
import type { OwnUpdate, RoomRegistry } from '../room/index.ts'
import type { RevisionMeta, Storage } from '../storage/index.ts'
import { revisionNumberOf, revisionSymbol } from './revision-symbol.ts'
import { setSymbolField } from './symbol-field.ts'

/** Who issues a revision, and why. */
export interface RevisionRequest {
  note: string
  /** The delegation and role of the token that asked (the facilitator). */
  by: string
  role: Role
}

/** The longest note a revision keeps. */
export const MAX_NOTE_LENGTH = 4000

/** A revision asked of a draft that does not exist. */
export class NoSuchDraft extends Error {
  constructor(readonly draft: string) {
    super(`there is no draft '${draft}'`)
  }
}

/** The room's own update that sets the symbol line, failing with what went wrong. */
function symbolUpdate(symbol: string): OwnUpdate {
  return {
    write: (staging) => setSymbolField(staging, symbol),
    failed: () => null,
  }
}

/**
 * Issues the next revision of a draft: in its room's queue (so no update comes between), the symbol line moves
 * on to "…/Rev.N" (a change of the server's own, stored and sent to everyone like any other), then the whole
 * state is kept as revision N (a Yjs update, the document and the amendment records as JSON) and the history
 * says so. N follows the last revision, or the "/Rev.k" the symbol already carries. A draft without a symbol
 * gets its number and keeps no symbol. Loads the draft's room if no one has it open. Throws NoSuchDraft, or a
 * RangeError for a note that is too long.
 */
export async function issueRevision(
  rooms: RoomRegistry,
  storage: Storage,
  draft: string,
  request: RevisionRequest,
  now: () => number = Date.now,
): Promise<RevisionMeta> {
  const note = request.note.trim()
  if (note.length > MAX_NOTE_LENGTH) {
    throw new RangeError(
      `the note has ${note.length} characters; a revision keeps at most ${MAX_NOTE_LENGTH}`,
    )
  }
  const room = await rooms.reserve(draft)
  if (!room) throw new NoSuchDraft(draft)
  try {
    return await room.serverChange(async (ydoc, write) => {
      const issued = await storage.revisions(draft)
      const symbol = listedFields(ydoc).symbol
      const n = Math.max(issued.at(-1)?.n ?? 0, revisionNumberOf(symbol)) + 1
      const next = revisionSymbol(symbol, n)
      if (next !== symbol) await write(symbolUpdate(next))
      const meta: RevisionMeta = { draft, n, symbol: next, note, date: now(), by: request.by }
      await storage.addRevision({ ...meta, ...contentsOf(ydoc) })
      await storage.appendHistory(draft, [
        {
          at: meta.date,
          delegation: request.by,
          role: request.role,
          action: 'revision.issued',
          amendment: null,
          clause: null,
          label: null,
          detail: { revision: n, symbol: next, note },
        },
      ])
      return meta
    })
  } finally {
    room.release()
  }
}

/** What a revision keeps of the draft: its whole shared state, and the document and records as JSON. */
function contentsOf(ydoc: Y.Doc): { state: Uint8Array; doc: string; records: string } {
  return {
    state: Y.encodeStateAsUpdate(ydoc),
    doc: JSON.stringify(proseMirrorDoc(ydoc).toJSON()),
    records: JSON.stringify(amendmentRecords(ydoc)),
  }
}
