import { randomBytes } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { ArchivedDraftError } from './archived-error.ts'
import { BACKUP_TABLES, type BackupRecord, type RestoreOptions, StoreNotEmpty } from './backup-record.ts'
import { historyValues } from './row-values.ts'
import { sqliteRecords, sqliteWriter, storeContents } from './sqlite-backup.ts'
import type {
  DraftFields,
  DraftMeta,
  HistoryEntry,
  Invitation,
  NewHistoryEntry,
  RevisionMeta,
  Storage,
  StoredComment,
  StoredDraft,
  StoredHistoryEntry,
  StoredRevision,
  StoredSince,
  UpdateAppend,
} from './storage.ts'

/** The file the embedded store keeps in the data folder. */
export const SQLITE_FILE = 'penholder.sqlite'

/**
 * The triggers that refuse to delete revisions and history entries. Deleting a whole draft (or emptying the store
 * for a restore) drops them and creates them again in the same transaction, so no other writer ever sees them gone.
 */
const KEPT = `
CREATE TRIGGER IF NOT EXISTS revisions_not_deleted BEFORE DELETE ON revisions
  BEGIN SELECT RAISE(ABORT, 'an issued revision cannot be deleted'); END;
CREATE TRIGGER IF NOT EXISTS history_not_deleted BEFORE DELETE ON history
  BEGIN SELECT RAISE(ABORT, 'a history entry cannot be deleted'); END;
`

const UNKEPT = 'DROP TRIGGER IF EXISTS revisions_not_deleted; DROP TRIGGER IF EXISTS history_not_deleted;'

const SCHEMA = `
CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS drafts (
  id TEXT PRIMARY KEY, title TEXT NOT NULL, symbol TEXT NOT NULL, lang TEXT NOT NULL, organ TEXT NOT NULL,
  created INTEGER NOT NULL, updated INTEGER NOT NULL, snapshot BLOB NOT NULL,
  snapshot_seq INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS updates (
  seq INTEGER PRIMARY KEY AUTOINCREMENT, draft TEXT NOT NULL REFERENCES drafts(id), at INTEGER NOT NULL,
  data BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS updates_by_draft ON updates (draft, seq);
CREATE TABLE IF NOT EXISTS invitations (
  id TEXT PRIMARY KEY, draft TEXT NOT NULL, delegation TEXT NOT NULL, role TEXT NOT NULL,
  created INTEGER NOT NULL, expires INTEGER, revoked INTEGER);
CREATE INDEX IF NOT EXISTS invitations_by_draft ON invitations (draft, created);
CREATE TABLE IF NOT EXISTS revisions (
  draft TEXT NOT NULL REFERENCES drafts(id), n INTEGER NOT NULL, symbol TEXT NOT NULL, note TEXT NOT NULL,
  date INTEGER NOT NULL, issued_by TEXT NOT NULL, state BLOB NOT NULL, doc TEXT NOT NULL, records TEXT NOT NULL,
  PRIMARY KEY (draft, n));
CREATE TABLE IF NOT EXISTS history (
  draft TEXT NOT NULL REFERENCES drafts(id), seq INTEGER NOT NULL, at INTEGER NOT NULL,
  delegation TEXT NOT NULL, role TEXT NOT NULL, action TEXT NOT NULL, amendment TEXT, clause TEXT, label TEXT,
  detail TEXT NOT NULL, PRIMARY KEY (draft, seq));
CREATE TRIGGER IF NOT EXISTS revisions_kept BEFORE UPDATE ON revisions
  BEGIN SELECT RAISE(ABORT, 'an issued revision cannot be changed'); END;
CREATE TRIGGER IF NOT EXISTS history_kept BEFORE UPDATE ON history
  BEGIN SELECT RAISE(ABORT, 'a history entry cannot be changed'); END;
CREATE TABLE IF NOT EXISTS comments (
  id TEXT PRIMARY KEY, draft TEXT NOT NULL REFERENCES drafts(id), reply_to TEXT, author TEXT NOT NULL,
  role TEXT NOT NULL, visibility TEXT NOT NULL, clause TEXT NOT NULL, quote TEXT, anchor TEXT,
  text TEXT NOT NULL, created INTEGER NOT NULL, edited INTEGER, resolved INTEGER, resolved_by TEXT);
CREATE INDEX IF NOT EXISTS comments_by_draft ON comments (draft, created);
`

interface DraftRow {
  id: string
  title: string
  symbol: string
  lang: string
  organ: string
  created: number
  updated: number
  archived: number | null
}

const META_COLUMNS = `id, title, symbol, lang, organ, created,
  MAX(updated, COALESCE((SELECT MAX(at) FROM updates WHERE updates.draft = drafts.id), 0)) AS updated, archived`

/**
 * Files written before compactions recorded the last update their snapshot holds get the column; 0 lets the
 * next compaction through, as before.
 */
function addSnapshotSeq(db: Database.Database): void {
  const columns = db.prepare<[], { name: string }>('PRAGMA table_info(drafts)').all()
  if (!columns.some((c) => c.name === 'snapshot_seq'))
    db.exec('ALTER TABLE drafts ADD COLUMN snapshot_seq INTEGER NOT NULL DEFAULT 0')
  // Archiving came later still: a file without the column has no archived draft.
  if (!columns.some((c) => c.name === 'archived')) db.exec('ALTER TABLE drafts ADD COLUMN archived INTEGER')
}

const toMeta = (row: DraftRow): DraftMeta => row as DraftMeta

const REVISION_META = 'draft, n, symbol, note, date, issued_by AS "by"'

interface RevisionRow extends RevisionMeta {
  state: Buffer
  doc: string
  records: string
}

interface HistoryRow extends Omit<HistoryEntry, 'detail' | 'role'> {
  role: string
  detail: string
}

const toEntry = (row: HistoryRow): HistoryEntry => ({
  ...row,
  role: row.role as HistoryEntry['role'],
  detail: JSON.parse(row.detail) as Record<string, unknown>,
})

const bytes = (buffer: Buffer): Uint8Array =>
  new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)

/**
 * The embedded store: one SQLite file in the data folder, in WAL mode. Each call is one synchronous SQLite
 * transaction, so an appended update is in the file (and survives the process being killed) when the call
 * returns. `synchronous = NORMAL` trades durability across a power failure for speed; a crash of the process
 * loses nothing.
 */
export class SqliteStorage implements Storage {
  private readonly db: Database.Database
  private readonly file: string
  private readonly statements

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true })
    this.file = join(dataDir, SQLITE_FILE)
    this.db = new Database(this.file)
    this.db.pragma('journal_mode = WAL')
    this.db.pragma('synchronous = NORMAL')
    this.db.pragma('busy_timeout = 5000')
    this.db.exec(SCHEMA)
    this.db.exec(KEPT)
    addSnapshotSeq(this.db)
    const db = this.db
    this.statements = {
      insertDraft: db.prepare(
        'INSERT INTO drafts (id, title, symbol, lang, organ, created, updated, snapshot) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      draft: db.prepare<[string], DraftRow>(`SELECT ${META_COLUMNS} FROM drafts WHERE id = ?`),
      drafts: db.prepare<[], DraftRow>(`SELECT ${META_COLUMNS} FROM drafts ORDER BY created`),
      snapshot: db.prepare<[string], { snapshot: Buffer; snapshot_seq: number }>(
        'SELECT snapshot, snapshot_seq FROM drafts WHERE id = ?',
      ),
      // Only the data column, plucked: reading a log of 50,000 keystrokes is then about twice as fast.
      log: db.prepare<[string], Buffer>('SELECT data FROM updates WHERE draft = ? ORDER BY seq').pluck(),
      lastSeq: db.prepare<[string], number | null>('SELECT MAX(seq) FROM updates WHERE draft = ?').pluck(),
      append: db.prepare('INSERT INTO updates (draft, at, data) VALUES (?, ?, ?)'),
      archived: db.prepare<[string], number | null>('SELECT archived FROM drafts WHERE id = ?').pluck(),
      logSince: db
        .prepare<[string, number], Buffer>(
          'SELECT data FROM updates WHERE draft = ? AND seq > ? ORDER BY seq',
        )
        .pluck(),
      lastAt: db.prepare<[string, number], { at: number | null }>(
        'SELECT MAX(at) AS at FROM updates WHERE draft = ? AND seq <= ?',
      ),
      // Only over an older snapshot: a compaction arriving after a newer one would lose what is between them.
      setSnapshot: db.prepare(
        `UPDATE drafts SET snapshot = ?, snapshot_seq = ?, title = ?, symbol = ?, lang = ?, organ = ?,
           updated = MAX(updated, ?) WHERE id = ? AND snapshot_seq < ?`,
      ),
      // Over the (draft, seq) index, without reading the updates themselves.
      longLogs: db
        .prepare<[number], string>(
          'SELECT draft FROM updates GROUP BY draft HAVING COUNT(*) >= ? ORDER BY draft',
        )
        .pluck(),
      dropLog: db.prepare('DELETE FROM updates WHERE draft = ? AND seq <= ?'),
      insertInvitation: db.prepare(
        'INSERT INTO invitations (id, draft, delegation, role, created, expires, revoked) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ),
      invitation: db.prepare<[string], Invitation>('SELECT * FROM invitations WHERE id = ?'),
      invitations: db.prepare<[string], Invitation>(
        'SELECT * FROM invitations WHERE draft = ? ORDER BY created DESC, rowid DESC',
      ),
      revoke: db.prepare('UPDATE invitations SET revoked = ? WHERE id = ? AND revoked IS NULL'),
      setting: db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?'),
      setSetting: db.prepare(
        'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
      ),
      insertSetting: db.prepare('INSERT OR IGNORE INTO settings (key, value) VALUES (?, ?)'),
      insertRevision: db.prepare(
        'INSERT INTO revisions (draft, n, symbol, note, date, issued_by, state, doc, records) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      revisions: db.prepare<[string], RevisionMeta>(
        `SELECT ${REVISION_META} FROM revisions WHERE draft = ? ORDER BY n`,
      ),
      revision: db.prepare<[string, number], RevisionRow>(
        `SELECT ${REVISION_META}, state, doc, records FROM revisions WHERE draft = ? AND n = ?`,
      ),
      lastHistorySeq: db
        .prepare<[string], number>('SELECT COALESCE(MAX(seq), 0) FROM history WHERE draft = ?')
        .pluck(),
      insertHistory: db.prepare(
        'INSERT INTO history (draft, seq, at, delegation, role, action, amendment, clause, label, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      history: db.prepare<[string], HistoryRow>(
        'SELECT draft, seq, at, delegation, role, action, amendment, clause, label, detail FROM history WHERE draft = ? ORDER BY seq',
      ),
      clauseHistory: db.prepare<[string, string], HistoryRow>(
        'SELECT draft, seq, at, delegation, role, action, amendment, clause, label, detail FROM history WHERE draft = ? AND clause = ? ORDER BY seq',
      ),
      insertComment: db.prepare(
        `INSERT INTO comments (id, draft, reply_to, author, role, visibility, clause, quote, anchor, text, created,
          edited, resolved, resolved_by) VALUES (@id, @draft, @replyTo, @author, @role, @visibility, @clause, @quote,
          @anchor, @text, @created, @edited, @resolved, @resolvedBy)`,
      ),
      comments: db.prepare<[string], StoredComment>(
        `SELECT id, draft, reply_to AS replyTo, author, role, visibility, clause, quote, anchor, text, created,
          edited, resolved, resolved_by AS resolvedBy FROM comments WHERE draft = ? ORDER BY created, rowid`,
      ),
      updateComment: db.prepare(
        'UPDATE comments SET text = @text, edited = @edited, resolved = @resolved, resolved_by = @resolvedBy WHERE id = @id',
      ),
    }
  }

  async createDraft(id: string, fields: DraftFields, state: Uint8Array): Promise<DraftMeta> {
    const now = Date.now()
    this.statements.insertDraft.run(
      id,
      fields.title,
      fields.symbol,
      fields.lang,
      fields.organ,
      now,
      now,
      state,
    )
    return { id, ...fields, created: now, updated: now, archived: null }
  }

  async loadDraft(id: string): Promise<StoredDraft | null> {
    return this.db.transaction(() => {
      const meta = this.statements.draft.get(id)
      if (!meta) return null
      const { snapshot, snapshot_seq } = this.statements.snapshot.get(id)!
      const updates = this.statements.log.all(id).map(bytes)
      const lastSeq = this.statements.lastSeq.get(id) ?? snapshot_seq
      return { meta: toMeta(meta), snapshot: bytes(snapshot), updates, lastSeq }
    })()
  }

  async appendUpdate(id: string, update: Uint8Array): Promise<number> {
    // IMMEDIATE: the archive check and the append hold the write lock together (see appendAfter).
    return this.db
      .transaction(() => {
        this.refuseArchived(id)
        return Number(this.statements.append.run(id, Date.now(), update).lastInsertRowid)
      })
      .immediate()
  }

  async appendAfter(
    id: string,
    updates: readonly Uint8Array[],
    afterSeq: number,
    options: UpdateAppend = {},
  ): Promise<number | null> {
    // IMMEDIATE: the check and the appends hold the write lock together, so another process sharing the file
    // cannot append (or archive the draft) between them.
    return this.db
      .transaction(() => {
        const stored = this.statements.snapshot.get(id)
        if (!stored) throw new Error(`appending updates to draft '${id}': there is no such draft`)
        if (!options.upgrade) this.refuseArchived(id)
        const last = this.statements.lastSeq.get(id) ?? stored.snapshot_seq
        if (last !== afterSeq) return null
        let seq = last
        const at = Date.now()
        for (const u of updates) seq = Number(this.statements.append.run(id, at, u).lastInsertRowid)
        return seq
      })
      .immediate()
  }

  async updatesSince(id: string, afterSeq: number): Promise<StoredSince | null> {
    return this.db.transaction(() => {
      const stored = this.statements.snapshot.get(id)
      if (!stored) return null
      const compacted = stored.snapshot_seq > afterSeq
      const updates = this.statements.logSince.all(id, compacted ? 0 : afterSeq).map(bytes)
      const lastSeq = this.statements.lastSeq.get(id) ?? stored.snapshot_seq
      return { snapshot: compacted ? bytes(stored.snapshot) : null, updates, lastSeq }
    })()
  }

  async compact(id: string, state: Uint8Array, upTo: number, fields: DraftFields): Promise<void> {
    // IMMEDIATE: two processes compacting at once take the write lock in turn, each reading what the other wrote.
    this.db
      .transaction(() => {
        const at = this.statements.lastAt.get(id, upTo)?.at ?? 0
        const { title, symbol, lang, organ } = fields
        const replaced = this.statements.setSnapshot.run(
          state,
          upTo,
          title,
          symbol,
          lang,
          organ,
          at,
          id,
          upTo,
        )
        if (replaced.changes > 0) this.statements.dropLog.run(id, upTo)
      })
      .immediate()
  }

  async longLogs(atLeast: number): Promise<string[]> {
    return this.statements.longLogs.all(atLeast)
  }

  async draft(id: string): Promise<DraftMeta | null> {
    const row = this.statements.draft.get(id)
    return row ? toMeta(row) : null
  }

  async listDrafts(): Promise<DraftMeta[]> {
    return this.statements.drafts.all().map(toMeta)
  }

  async addInvitation(i: Invitation): Promise<void> {
    this.statements.insertInvitation.run(i.id, i.draft, i.delegation, i.role, i.created, i.expires, i.revoked)
  }

  async invitation(id: string): Promise<Invitation | null> {
    return this.statements.invitation.get(id) ?? null
  }

  async invitations(draft: string): Promise<Invitation[]> {
    return this.statements.invitations.all(draft)
  }

  async revokeInvitation(id: string): Promise<boolean> {
    return this.statements.revoke.run(Date.now(), id).changes > 0
  }

  async addRevision(r: StoredRevision): Promise<void> {
    this.statements.insertRevision.run(
      r.draft,
      r.n,
      r.symbol,
      r.note,
      r.date,
      r.by,
      r.state,
      r.doc,
      r.records,
    )
  }

  async revisions(draft: string): Promise<RevisionMeta[]> {
    return this.statements.revisions.all(draft)
  }

  async revision(draft: string, n: number): Promise<StoredRevision | null> {
    const row = this.statements.revision.get(draft, n)
    return row ? { ...row, state: bytes(row.state) } : null
  }

  async appendHistory(draft: string, entries: NewHistoryEntry[]): Promise<void> {
    // IMMEDIATE: the write lock is taken before the last number is read, so a second process waits its turn.
    this.db
      .transaction(() => {
        let seq = this.statements.lastHistorySeq.get(draft) ?? 0
        for (const e of entries)
          this.statements.insertHistory.run(...historyValues({ ...e, draft, seq: ++seq }))
      })
      .immediate()
  }

  async history(draft: string): Promise<HistoryEntry[]> {
    return this.statements.history.all(draft).map(toEntry)
  }

  async storedHistory(draft: string, clause?: string): Promise<StoredHistoryEntry[]> {
    const rows =
      clause === undefined
        ? this.statements.history.all(draft)
        : this.statements.clauseHistory.all(draft, clause)
    return rows as StoredHistoryEntry[]
  }

  async signingSecret(): Promise<Uint8Array> {
    // INSERT OR IGNORE, then read: two processes starting at once (a server and `penholder invite`) agree.
    this.statements.insertSetting.run('signing-secret', randomBytes(32).toString('base64'))
    return new Uint8Array(Buffer.from(this.statements.setting.get('signing-secret')!.value, 'base64'))
  }

  async setting(key: string): Promise<string | null> {
    return this.statements.setting.get(key)?.value ?? null
  }

  async setSetting(key: string, value: string): Promise<void> {
    this.statements.setSetting.run(key, value)
  }

  async addComment(comment: StoredComment): Promise<void> {
    this.statements.insertComment.run(comment)
  }

  async comments(draft: string): Promise<StoredComment[]> {
    return this.statements.comments.all(draft)
  }

  async updateComment(comment: StoredComment): Promise<void> {
    this.statements.updateComment.run(comment)
  }

  /** Throws ArchivedDraftError if the draft is archived (run inside the append's transaction). */
  private refuseArchived(id: string): void {
    const archived = this.statements.archived.get(id)
    if (archived !== null && archived !== undefined) throw new ArchivedDraftError(id, archived)
  }

  async setArchived(id: string, at: number | null): Promise<boolean> {
    return this.db.prepare('UPDATE drafts SET archived = ? WHERE id = ?').run(at, id).changes > 0
  }

  async deleteDraft(id: string): Promise<boolean> {
    return this.db
      .transaction(() => {
        this.db.exec(UNKEPT)
        for (const table of ['updates', 'revisions', 'history', 'comments', 'invitations'])
          this.db.prepare(`DELETE FROM ${table} WHERE draft = ?`).run(id)
        const deleted = this.db.prepare('DELETE FROM drafts WHERE id = ?').run(id).changes > 0
        this.db.exec(KEPT)
        return deleted
      })
      .immediate()
  }

  async *backup(): AsyncIterable<BackupRecord> {
    // A connection of its own, in one read transaction: in WAL mode it reads one state of the file while the
    // server's connection goes on writing.
    const reader = new Database(this.file, { readonly: true, fileMustExist: true })
    try {
      reader.exec('BEGIN')
      yield* sqliteRecords(reader)
      reader.exec('COMMIT')
    } finally {
      reader.close()
    }
  }

  async restore(records: AsyncIterable<BackupRecord>, options: RestoreOptions): Promise<void> {
    const db = this.db
    db.exec('BEGIN IMMEDIATE')
    try {
      const held = storeContents(db)
      if (held && !options.replace) throw new StoreNotEmpty(held)
      if (held) {
        db.exec(UNKEPT)
        for (const table of [...BACKUP_TABLES].reverse()) db.exec(`DELETE FROM ${table}`)
        db.exec(KEPT)
      }
      const write = sqliteWriter(db)
      for await (const record of records) write(record)
      db.exec('COMMIT')
    } catch (e) {
      if (db.inTransaction) db.exec('ROLLBACK')
      throw e
    }
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close()
  }
}
