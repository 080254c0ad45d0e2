import type Database from 'better-sqlite3'
import { BACKUP_TABLES, type BackupRecord } from './backup-record.ts'
import { historyValues } from './row-values.ts'
import type { DraftMeta, HistoryEntry, Invitation, StoredComment, StoredRevision } from './storage.ts'

const bytes = (buffer: Buffer): Uint8Array =>
  new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)

type DraftRow = DraftMeta & {
  snapshot: Buffer
  snapshot_seq: number
  last_seq: number | null
}

/** Every row of the SQLite store, as backup records in `BACKUP_TABLES` order (within the caller's transaction). */
export function* sqliteRecords(db: Database.Database): Generator<BackupRecord> {
  for (const row of db
    .prepare<[], { key: string; value: string }>('SELECT key, value FROM settings ORDER BY key')
    .iterate())
    yield { table: 'settings', key: row.key, value: row.value }
  const drafts = db.prepare<[], DraftRow>(
    `SELECT id, title, symbol, lang, organ, created,
       MAX(updated, COALESCE((SELECT MAX(at) FROM updates WHERE updates.draft = drafts.id), 0)) AS updated,
       archived, snapshot, snapshot_seq, (SELECT MAX(seq) FROM updates WHERE updates.draft = drafts.id) AS last_seq
     FROM drafts ORDER BY created, rowid`,
  )
  for (const { snapshot, snapshot_seq, last_seq, ...meta } of drafts.iterate())
    yield {
      table: 'drafts',
      meta,
      snapshot: bytes(snapshot),
      snapshotSeq: snapshot_seq,
      lastSeq: last_seq ?? snapshot_seq,
    }
  const updates = db.prepare<[], { draft: string; seq: number; at: number; data: Buffer }>(
    'SELECT draft, seq, at, data FROM updates ORDER BY draft, seq',
  )
  for (const u of updates.iterate()) yield { table: 'updates', ...u, data: bytes(u.data) }
  for (const row of db
    .prepare<[], Invitation>(
      'SELECT id, draft, delegation, role, created, expires, revoked FROM invitations ORDER BY created, rowid',
    )
    .iterate())
    yield { table: 'invitations', row }
  const revisions = db.prepare<[], Omit<StoredRevision, 'state'> & { state: Buffer }>(
    'SELECT draft, n, symbol, note, date, issued_by AS "by", state, doc, records FROM revisions ORDER BY draft, n',
  )
  for (const row of revisions.iterate())
    yield { table: 'revisions', row: { ...row, state: bytes(row.state) } }
  const history = db.prepare<[], Omit<HistoryEntry, 'detail'> & { detail: string }>(
    `SELECT draft, seq, at, delegation, role, action, amendment, clause, label, detail FROM history
     ORDER BY draft, seq`,
  )
  for (const row of history.iterate())
    yield { table: 'history', row: { ...row, detail: JSON.parse(row.detail) as Record<string, unknown> } }
  const comments = db.prepare<[], StoredComment>(
    `SELECT id, draft, reply_to AS replyTo, author, role, visibility, clause, quote, anchor, text, created,
       edited, resolved, resolved_by AS resolvedBy FROM comments ORDER BY created, rowid`,
  )
  for (const row of comments.iterate()) yield { table: 'comments', row }
}

/** What a SQLite store holds, as "2 drafts, 1 settings", or '' when every table is empty. */
export function storeContents(db: Database.Database): string {
  const counts = BACKUP_TABLES.map(
    (table) => [table, db.prepare<[], number>(`SELECT COUNT(*) FROM ${table}`).pluck().get() ?? 0] as const,
  )
  return counts
    .filter(([, n]) => n > 0)
    .map(([table, n]) => `${n} ${table}`)
    .join(', ')
}

/**
 * Writes backup records into a SQLite store (within the caller's transaction). Updates are numbered anew by the
 * file's one counter (a PostgreSQL backup numbers each draft's on its own), in their order; the snapshot is then
 * marked as holding none of them (`snapshot_seq` 0), which lets the next compaction through.
 */
export function sqliteWriter(db: Database.Database): (record: BackupRecord) => void {
  const insert = {
    setting: db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)'),
    draft: db.prepare(
      `INSERT INTO drafts (id, title, symbol, lang, organ, created, updated, archived, snapshot, snapshot_seq)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)`,
    ),
    update: db.prepare('INSERT INTO updates (draft, at, data) VALUES (?, ?, ?)'),
    invitation: db.prepare(
      'INSERT INTO invitations (id, draft, delegation, role, created, expires, revoked) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    revision: db.prepare(
      'INSERT INTO revisions (draft, n, symbol, note, date, issued_by, state, doc, records) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    history: db.prepare(
      'INSERT INTO history (draft, seq, at, delegation, role, action, amendment, clause, label, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    comment: db.prepare(
      `INSERT INTO comments (id, draft, reply_to, author, role, visibility, clause, quote, anchor, text, created,
        edited, resolved, resolved_by) VALUES (@id, @draft, @replyTo, @author, @role, @visibility, @clause, @quote,
        @anchor, @text, @created, @edited, @resolved, @resolvedBy)`,
    ),
  }
  return (record) => {
    switch (record.table) {
      case 'settings':
        insert.setting.run(record.key, record.value)
        return
      case 'drafts': {
        const m = record.meta
        insert.draft.run(
          m.id,
          m.title,
          m.symbol,
          m.lang,
          m.organ,
          m.created,
          m.updated,
          m.archived,
          record.snapshot,
        )
        return
      }
      case 'updates':
        insert.update.run(record.draft, record.at, record.data)
        return
      case 'invitations': {
        const i = record.row
        insert.invitation.run(i.id, i.draft, i.delegation, i.role, i.created, i.expires, i.revoked)
        return
      }
      case 'revisions': {
        const r = record.row
        insert.revision.run(r.draft, r.n, r.symbol, r.note, r.date, r.by, r.state, r.doc, r.records)
        return
      }
      case 'history': {
        insert.history.run(...historyValues(record.row))
        return
      }
      case 'comments':
        insert.comment.run(record.row)
        return
    }
  }
}
