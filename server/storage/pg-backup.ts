import type pg from 'pg'
import { BACKUP_TABLES, type BackupRecord } from './backup-record.ts'
import { COMMENT_COLUMNS, commentValues, HISTORY_COLUMNS, historyValues } from './row-values.ts'
import type { DraftMeta } from './storage.ts'

type Row = Record<string, unknown>

const bytes = (b: Buffer): Uint8Array => new Uint8Array(b.buffer, b.byteOffset, b.byteLength)
const buffer = (u: Uint8Array): Buffer => Buffer.from(u.buffer, u.byteOffset, u.byteLength)
// bigint columns arrive as strings: times and sequence numbers stay far below 2^53.
const num = (v: unknown): number => Number(v)
const numOrNull = (v: unknown): number | null => (v === null ? null : Number(v))

/** Each table as a backup reads it: the query (in the order rows were added) and the record of one row. */
const READERS: { sql: string; record: (r: Row) => BackupRecord }[] = [
  {
    sql: 'SELECT key, value FROM settings ORDER BY key',
    record: (r) => ({ table: 'settings', key: r.key as string, value: r.value as string }),
  },
  {
    sql: `SELECT id, title, symbol, lang, organ, created, updated, archived, snapshot, snapshot_seq, last_seq
          FROM drafts ORDER BY created, added`,
    record: (r) => ({
      table: 'drafts',
      meta: {
        id: r.id,
        title: r.title,
        symbol: r.symbol,
        lang: r.lang,
        organ: r.organ,
        created: num(r.created),
        updated: num(r.updated),
        archived: numOrNull(r.archived),
      } as DraftMeta,
      snapshot: bytes(r.snapshot as Buffer),
      snapshotSeq: num(r.snapshot_seq),
      lastSeq: num(r.last_seq),
    }),
  },
  {
    sql: 'SELECT draft, seq, at, data FROM updates ORDER BY draft, seq',
    record: (r) => ({
      table: 'updates',
      draft: r.draft as string,
      seq: num(r.seq),
      at: num(r.at),
      data: bytes(r.data as Buffer),
    }),
  },
  {
    sql: `SELECT id, draft, delegation, role, created, expires, revoked FROM invitations ORDER BY created, added`,
    record: (r) => ({
      table: 'invitations',
      row: {
        id: r.id as string,
        draft: r.draft as string,
        delegation: r.delegation as string,
        role: r.role as 'chair',
        created: num(r.created),
        expires: numOrNull(r.expires),
        revoked: numOrNull(r.revoked),
      },
    }),
  },
  {
    sql: 'SELECT draft, n, symbol, note, date, issued_by, state, doc, records FROM revisions ORDER BY draft, n',
    record: (r) => ({
      table: 'revisions',
      row: {
        draft: r.draft as string,
        n: num(r.n),
        symbol: r.symbol as string,
        note: r.note as string,
        date: num(r.date),
        by: r.issued_by as string,
        state: bytes(r.state as Buffer),
        doc: r.doc as string,
        records: r.records as string,
      },
    }),
  },
  {
    sql: `SELECT draft, seq, at, delegation, role, action, amendment, clause, label, detail FROM history
          ORDER BY draft, seq`,
    record: (r) => ({
      table: 'history',
      row: {
        draft: r.draft as string,
        seq: num(r.seq),
        at: num(r.at),
        delegation: r.delegation as string,
        role: r.role as 'chair',
        action: r.action as string,
        amendment: r.amendment as string | null,
        clause: r.clause as string | null,
        label: r.label as string | null,
        detail: JSON.parse(r.detail as string) as Record<string, unknown>,
      },
    }),
  },
  {
    sql: `SELECT id, draft, reply_to, author, role, visibility, clause, quote, anchor, text, created, edited,
            resolved, resolved_by FROM comments ORDER BY created, added`,
    record: (r) => ({
      table: 'comments',
      row: {
        id: r.id as string,
        draft: r.draft as string,
        replyTo: r.reply_to as string | null,
        author: r.author as string,
        role: r.role as 'chair',
        visibility: r.visibility as 'all',
        clause: r.clause as string,
        quote: r.quote as string | null,
        anchor: r.anchor as string | null,
        text: r.text as string,
        created: num(r.created),
        edited: numOrNull(r.edited),
        resolved: numOrNull(r.resolved),
        resolvedBy: r.resolved_by as string | null,
      },
    }),
  },
]

/** Rows fetched from a cursor at a time: a store of many drafts is read without holding it all in memory. */
const BATCH = 500

/** Every row of the store as backup records, in `BACKUP_TABLES` order, within the caller's transaction. */
export async function* pgRecords(client: pg.PoolClient): AsyncGenerator<BackupRecord> {
  for (const [i, reader] of READERS.entries()) {
    const cursor = `penholder_backup_${i}`
    await client.query(`DECLARE ${cursor} NO SCROLL CURSOR FOR ${reader.sql}`)
    for (;;) {
      const { rows } = await client.query<Row>(`FETCH ${BATCH} FROM ${cursor}`)
      for (const row of rows) yield reader.record(row)
      if (rows.length < BATCH) break
    }
    await client.query(`CLOSE ${cursor}`)
  }
}

/** What the store holds, as "2 drafts, 1 settings", or '' when every table is empty. */
export async function pgStoreContents(client: pg.PoolClient): Promise<string> {
  const held: string[] = []
  for (const table of BACKUP_TABLES) {
    const { rows } = await client.query<{ n: string }>(`SELECT COUNT(*) AS n FROM ${table}`)
    const n = Number(rows[0]!.n)
    if (n > 0) held.push(`${n} ${table}`)
  }
  return held.join(', ')
}

/**
 * Writes backup records into the store within the caller's transaction. Each draft's updates keep their numbers
 * (unique within the draft, whichever store numbered them), and its counter is set past the last of them.
 */
export async function pgWrite(client: pg.PoolClient, records: AsyncIterable<BackupRecord>): Promise<void> {
  for await (const record of records) {
    switch (record.table) {
      case 'settings':
        await client.query('INSERT INTO settings (key, value) VALUES ($1, $2)', [record.key, record.value])
        break
      case 'drafts': {
        const m = record.meta
        await client.query(
          `INSERT INTO drafts (id, title, symbol, lang, organ, created, updated, archived, snapshot, snapshot_seq,
             last_seq) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
          [
            m.id,
            m.title,
            m.symbol,
            m.lang,
            m.organ,
            m.created,
            m.updated,
            m.archived,
            buffer(record.snapshot),
            record.snapshotSeq,
            record.lastSeq,
          ],
        )
        break
      }
      case 'updates':
        await client.query('INSERT INTO updates (draft, seq, at, data) VALUES ($1, $2, $3, $4)', [
          record.draft,
          record.seq,
          record.at,
          buffer(record.data),
        ])
        break
      case 'invitations': {
        const i = record.row
        await client.query(
          `INSERT INTO invitations (id, draft, delegation, role, created, expires, revoked)
           VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [i.id, i.draft, i.delegation, i.role, i.created, i.expires, i.revoked],
        )
        break
      }
      case 'revisions': {
        const r = record.row
        await client.query(
          `INSERT INTO revisions (draft, n, symbol, note, date, issued_by, state, doc, records)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
          [r.draft, r.n, r.symbol, r.note, r.date, r.by, buffer(r.state), r.doc, r.records],
        )
        break
      }
      case 'history': {
        await client.query(
          `INSERT INTO history (${HISTORY_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
          historyValues(record.row),
        )
        break
      }
      case 'comments': {
        await client.query(
          `INSERT INTO comments (${COMMENT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
          commentValues(record.row),
        )
        break
      }
    }
  }
  // A snapshot holds no update past the counter, and the log's numbers stay below the next one given.
  await client.query(
    `UPDATE drafts SET last_seq = GREATEST(last_seq, snapshot_seq,
       COALESCE((SELECT MAX(seq) FROM updates WHERE updates.draft = drafts.id), 0))`,
  )
}
