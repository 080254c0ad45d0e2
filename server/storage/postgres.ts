import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { ArchivedDraftError } from './archived-error.ts'
import { BACKUP_TABLES, type BackupRecord, type RestoreOptions, StoreNotEmpty } from './backup-record.ts'
import { pgRecords, pgStoreContents, pgWrite } from './pg-backup.ts'
import { migrate } from './pg-migrate.ts'
import { COMMENT_COLUMNS, commentValues, HISTORY_COLUMNS, historyValues } from './row-values.ts'
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
import { maskedStoreUrl, postgresUrl, StoreError } from './store-url.ts'

/** How {@link PgStorage.open} connects. */
export interface PgStorageOptions {
  /** Connections kept open at most. Default 10. */
  poolSize?: number
  /** How long opening a connection may take before it fails, in ms. Default 10,000. */
  connectTimeoutMs?: number
  /**
   * Told about a connection that failed while idle (the database restarted, a proxy closed it). The pool drops
   * it and opens another when needed; without a listener such an error would end the process.
   */
  onError?: (error: Error) => void
}

const META_COLUMNS = 'id, title, symbol, lang, organ, created, updated, archived'

type MetaRow = {
  id: string
  title: string
  symbol: string
  lang: string
  organ: string
  created: string
  updated: string
  archived: string | null
}

type InvitationRow = {
  id: string
  draft: string
  delegation: string
  role: string
  created: string
  expires: string | null
  revoked: string | null
}

type CommentRow = Omit<StoredComment, 'created' | 'edited' | 'resolved'> & {
  created: string
  edited: string | null
  resolved: string | null
}

const COMMENT_FIELDS = `id, draft, reply_to AS "replyTo", author, role, visibility, clause, quote, anchor, text,
  created, edited, resolved, resolved_by AS "resolvedBy"`

// bigint columns arrive as strings: times and sequence numbers stay far below 2^53.
const toMeta = (r: MetaRow): DraftMeta =>
  ({
    ...r,
    created: Number(r.created),
    updated: Number(r.updated),
    archived: r.archived === null ? null : Number(r.archived),
  }) as DraftMeta

const toInvitation = (r: InvitationRow): Invitation =>
  ({
    ...r,
    created: Number(r.created),
    expires: r.expires === null ? null : Number(r.expires),
    revoked: r.revoked === null ? null : Number(r.revoked),
  }) as Invitation

const toComment = (r: CommentRow): StoredComment => ({
  ...r,
  created: Number(r.created),
  edited: r.edited === null ? null : Number(r.edited),
  resolved: r.resolved === null ? null : Number(r.resolved),
})

const buffer = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)

const bytes = (b: Buffer): Uint8Array => new Uint8Array(b.buffer, b.byteOffset, b.byteLength)

/** The message of a pg error, which for a refused connection to several addresses is an AggregateError's. */
function reason(e: unknown): string {
  const error = e as Error & { errors?: Error[]; code?: string }
  return error.message || error.errors?.map((x) => x.message).join('; ') || error.code || String(e)
}

/**
 * Throws what kept an append out of a draft: there is no such draft (`draft` null), or it is archived (unless the
 * append is the schema's `upgrade`). Returns when neither: the append lost a race.
 */
function refuseAppend(id: string, draft: { archived: string | null } | null, upgrade = false): void {
  if (!draft) throw new Error(`appending updates to draft '${id}': there is no such draft`)
  if (draft.archived !== null && !upgrade) throw new ArchivedDraftError(id, Number(draft.archived))
}
/**
 * Drafts in PostgreSQL, for several server processes on one database. Every call is one statement or one
 * transaction, committed (and so, with PostgreSQL's default `synchronous_commit`, durable) when it resolves.
 * The tables, one per concern, are created and upgraded by the migrations of `pg-migrations.ts` when the store
 * is opened.
 */
const REVISION_COLUMNS = 'draft, n, symbol, note, date, issued_by'

interface RevisionMetaRow {
  draft: string
  n: number
  symbol: string
  note: string
  date: string
  issued_by: string
}

const toRevisionMeta = (r: RevisionMetaRow): RevisionMeta => ({
  draft: r.draft,
  n: Number(r.n),
  symbol: r.symbol,
  note: r.note,
  date: Number(r.date),
  by: r.issued_by,
})

type HistoryRow = Omit<HistoryEntry, 'seq' | 'at' | 'detail'> & { seq: string; at: string; detail: string }

export class PgStorage implements Storage {
  private closed = false

  private constructor(
    private readonly pool: pg.Pool,
    /** The URL with its password masked, for messages. */
    readonly name: string,
  ) {}

  /**
   * Connects to the database at `url` (`postgres://USER:PASS@HOST:PORT/DB`) and brings its schema up to date.
   * Throws a {@link StoreError} naming the URL, password masked, when the URL is wrong or the server cannot be
   * reached, refuses the login or has no such database.
   */
  static async open(url: string, options: PgStorageOptions = {}): Promise<PgStorage> {
    const name = maskedStoreUrl(postgresUrl(url))
    const onError = options.onError ?? (() => {})
    const pool = new pg.Pool({
      connectionString: url,
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000,
      application_name: 'penholder',
    })
    pool.on('error', onError)
    // A connection that fails while a transaction holds it errs on the client; its query rejects as well.
    pool.on('connect', (client) => client.on('error', onError))
    try {
      await migrate(pool)
    } catch (e) {
      await pool.end().catch(() => {})
      throw new StoreError(`PostgreSQL at ${name}: ${reason(e)}`)
    }
    return new PgStorage(pool, name)
  }

  /** Runs `work` in one transaction on one connection: committed if it resolves, rolled back if it throws. */
  private async transaction<T>(begin: string, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect()
    let broken: Error | undefined
    try {
      await client.query(begin)
      const result = await work(client)
      await client.query('COMMIT')
      return result
    } catch (e) {
      await client.query('ROLLBACK').catch((failed: Error) => {
        broken = failed
      })
      throw e
    } finally {
      // A connection that could not even roll back is dropped rather than handed out again.
      client.release(broken)
    }
  }

  async createDraft(id: string, fields: DraftFields, state: Uint8Array): Promise<DraftMeta> {
    const now = Date.now()
    await this.pool.query(
      `INSERT INTO drafts (id, title, symbol, lang, organ, created, updated, snapshot)
       VALUES ($1, $2, $3, $4, $5, $6, $6, $7)`,
      [id, fields.title, fields.symbol, fields.lang, fields.organ, now, buffer(state)],
    )
    return { id, ...fields, created: now, updated: now, archived: null }
  }

  async loadDraft(id: string): Promise<StoredDraft | null> {
    // One snapshot of the database for both reads, so that a compaction committed between them cannot move
    // updates out of the log after the old snapshot was read.
    return this.transaction('BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY', async (client) => {
      const draft = await client.query<MetaRow & { snapshot: Buffer; last_seq: string }>(
        `SELECT ${META_COLUMNS}, snapshot, last_seq FROM drafts WHERE id = $1`,
        [id],
      )
      const row = draft.rows[0]
      if (!row) return null
      const log = await client.query<[Buffer]>({
        text: 'SELECT data FROM updates WHERE draft = $1 ORDER BY seq',
        values: [id],
        rowMode: 'array',
      })
      const { snapshot, last_seq, ...meta } = row
      return {
        meta: toMeta(meta),
        snapshot: bytes(snapshot),
        updates: log.rows.map(([data]) => bytes(data)),
        lastSeq: Number(last_seq),
      }
    })
  }

  async appendUpdate(id: string, update: Uint8Array): Promise<number> {
    // One statement: the draft's counter is raised and the update inserted under the draft row's lock, held until
    // the statement commits, so the draft's updates commit in the order of their numbers.
    const { rows } = await this.pool.query<{ seq: string }>(
      `WITH next AS (
         UPDATE drafts SET last_seq = last_seq + 1, updated = GREATEST(updated, $2)
          WHERE id = $1 AND archived IS NULL RETURNING last_seq)
       INSERT INTO updates (draft, seq, at, data) SELECT $1, last_seq, $2, $3 FROM next RETURNING seq`,
      [id, Date.now(), buffer(update)],
    )
    if (!rows[0]) {
      await this.whyNotAppended(id)
      throw new Error(
        `appending an update to draft '${id}': the draft changed while it was being appended to`,
      )
    }
    return Number(rows[0].seq)
  }

  async appendAfter(
    id: string,
    updates: readonly Uint8Array[],
    afterSeq: number,
    options: UpdateAppend = {},
  ): Promise<number | null> {
    if (updates.length === 0) return afterSeq
    // One statement, as appendUpdate: the counter moves only if no other writer moved it since `afterSeq` (a
    // concurrent writer waits for the row's lock, then finds the condition false), and the updates are inserted
    // under that lock, numbered after it. An archive takes the same lock, so an append is before it or refused.
    // Whether the draft exists, and is archived, is read in the same round trip: a lost race is common when
    // several processes type into one draft, and costs no second one.
    const { rows } = await this.pool.query<{
      last_seq: string | null
      found: boolean
      archived: string | null
    }>(
      `WITH next AS (
          UPDATE drafts SET last_seq = last_seq + $4, updated = GREATEST(updated, $2)
          WHERE id = $1 AND last_seq = $3 AND ($6 OR archived IS NULL) RETURNING last_seq),
        added AS (
          INSERT INTO updates (draft, seq, at, data)
          SELECT $1, $3 + u.n, $2, u.data FROM next, unnest($5::bytea[]) WITH ORDINALITY AS u(data, n))
       SELECT (SELECT last_seq FROM next) AS last_seq, d.id IS NOT NULL AS found, d.archived
       FROM (SELECT 1) AS one LEFT JOIN drafts d ON d.id = $1`,
      [id, Date.now(), afterSeq, updates.length, updates.map(buffer), !!options.upgrade],
    )
    const row = rows[0]!
    if (row.last_seq !== null) return Number(row.last_seq)
    refuseAppend(id, row.found ? { archived: row.archived } : null, options.upgrade)
    return null
  }

  /** Throws what kept an append out of a draft, as read now (see `refuseAppend`). */
  private async whyNotAppended(id: string): Promise<void> {
    const { rows } = await this.pool.query<{ archived: string | null }>(
      'SELECT archived FROM drafts WHERE id = $1',
      [id],
    )
    refuseAppend(id, rows[0] ?? null)
  }

  async updatesSince(id: string, afterSeq: number): Promise<StoredSince | null> {
    // One snapshot of the database for both reads, as loadDraft.
    return this.transaction('BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY', async (client) => {
      const draft = await client.query<{ snapshot_seq: string; last_seq: string }>(
        'SELECT snapshot_seq, last_seq FROM drafts WHERE id = $1',
        [id],
      )
      const row = draft.rows[0]
      if (!row) return null
      const compacted = Number(row.snapshot_seq) > afterSeq
      const snapshot = compacted
        ? (await client.query<{ snapshot: Buffer }>('SELECT snapshot FROM drafts WHERE id = $1', [id]))
            .rows[0]!.snapshot
        : null
      const log = await client.query<[Buffer]>({
        text: 'SELECT data FROM updates WHERE draft = $1 AND seq > $2 ORDER BY seq',
        values: [id, compacted ? 0 : afterSeq],
        rowMode: 'array',
      })
      return {
        snapshot: snapshot ? bytes(snapshot) : null,
        updates: log.rows.map(([data]) => bytes(data)),
        lastSeq: Number(row.last_seq),
      }
    })
  }

  async compact(id: string, state: Uint8Array, upTo: number, fields: DraftFields): Promise<void> {
    await this.transaction('BEGIN', async (client) => {
      // The draft row's lock orders two compactions of the draft (from two processes); appends wait meanwhile.
      const { rows } = await client.query<{ snapshot_seq: string; last_seq: string }>(
        'SELECT snapshot_seq, last_seq FROM drafts WHERE id = $1 FOR UPDATE',
        [id],
      )
      const row = rows[0]
      if (!row) return
      if (upTo > Number(row.last_seq))
        throw new RangeError(
          `compacting draft '${id}' up to update ${upTo}: only ${row.last_seq} were stored`,
        )
      // A compaction that arrives after a newer one would put back an older state and lose what is between.
      if (upTo <= Number(row.snapshot_seq)) return
      await client.query(
        `UPDATE drafts SET snapshot = $2, snapshot_seq = $3, title = $4, symbol = $5, lang = $6, organ = $7
         WHERE id = $1`,
        [id, buffer(state), upTo, fields.title, fields.symbol, fields.lang, fields.organ],
      )
      await client.query('DELETE FROM updates WHERE draft = $1 AND seq <= $2', [id, upTo])
    })
  }

  async longLogs(atLeast: number): Promise<string[]> {
    // The counters every draft row keeps: no update is read. (A compaction drops every update up to its
    // snapshot_seq, so the log holds exactly the updates numbered after it.)
    const { rows } = await this.pool.query<{ id: string }>(
      'SELECT id FROM drafts WHERE last_seq - snapshot_seq >= $1 ORDER BY id',
      [atLeast],
    )
    return rows.map((r) => r.id)
  }

  async draft(id: string): Promise<DraftMeta | null> {
    const { rows } = await this.pool.query<MetaRow>(`SELECT ${META_COLUMNS} FROM drafts WHERE id = $1`, [id])
    return rows[0] ? toMeta(rows[0]) : null
  }

  async listDrafts(): Promise<DraftMeta[]> {
    const { rows } = await this.pool.query<MetaRow>(
      `SELECT ${META_COLUMNS} FROM drafts ORDER BY created, added`,
    )
    return rows.map(toMeta)
  }

  async addInvitation(i: Invitation): Promise<void> {
    await this.pool.query(
      `INSERT INTO invitations (id, draft, delegation, role, created, expires, revoked)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [i.id, i.draft, i.delegation, i.role, i.created, i.expires, i.revoked],
    )
  }

  async invitation(id: string): Promise<Invitation | null> {
    const { rows } = await this.pool.query<InvitationRow>(
      'SELECT id, draft, delegation, role, created, expires, revoked FROM invitations WHERE id = $1',
      [id],
    )
    return rows[0] ? toInvitation(rows[0]) : null
  }

  async invitations(draft: string): Promise<Invitation[]> {
    const { rows } = await this.pool.query<InvitationRow>(
      `SELECT id, draft, delegation, role, created, expires, revoked FROM invitations WHERE draft = $1
       ORDER BY created DESC, added DESC`,
      [draft],
    )
    return rows.map(toInvitation)
  }

  async revokeInvitation(id: string): Promise<boolean> {
    const result = await this.pool.query(
      'UPDATE invitations SET revoked = $2 WHERE id = $1 AND revoked IS NULL',
      [id, Date.now()],
    )
    return (result.rowCount ?? 0) > 0
  }

  async signingSecret(): Promise<Uint8Array> {
    // Insert if absent, then read: processes starting together on an empty database all read the one that won.
    await this.pool.query(
      "INSERT INTO settings (key, value) VALUES ('signing-secret', $1) ON CONFLICT (key) DO NOTHING",
      [randomBytes(32).toString('base64')],
    )
    const secret = await this.setting('signing-secret')
    return new Uint8Array(Buffer.from(secret!, 'base64'))
  }

  async setting(key: string): Promise<string | null> {
    const { rows } = await this.pool.query<{ value: string }>('SELECT value FROM settings WHERE key = $1', [
      key,
    ])
    return rows[0]?.value ?? null
  }

  async setSetting(key: string, value: string): Promise<void> {
    await this.pool.query(
      'INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
      [key, value],
    )
  }

  async addComment(c: StoredComment): Promise<void> {
    await this.pool.query(
      `INSERT INTO comments (${COMMENT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
      commentValues(c),
    )
  }

  async comments(draft: string): Promise<StoredComment[]> {
    const { rows } = await this.pool.query<CommentRow>(
      `SELECT ${COMMENT_FIELDS} FROM comments WHERE draft = $1 ORDER BY created, added`,
      [draft],
    )
    return rows.map(toComment)
  }

  async updateComment(c: StoredComment): Promise<void> {
    await this.pool.query(
      'UPDATE comments SET text = $2, edited = $3, resolved = $4, resolved_by = $5 WHERE id = $1',
      [c.id, c.text, c.edited, c.resolved, c.resolvedBy],
    )
  }

  // The negotiation's record: revisions (never changed once issued) and the append-only history.
  async addRevision(r: StoredRevision): Promise<void> {
    await this.pool.query(
      `INSERT INTO revisions (draft, n, symbol, note, date, issued_by, state, doc, records)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [r.draft, r.n, r.symbol, r.note, r.date, r.by, buffer(r.state), r.doc, r.records],
    )
  }

  async revisions(draft: string): Promise<RevisionMeta[]> {
    const { rows } = await this.pool.query<RevisionMetaRow>(
      `SELECT ${REVISION_COLUMNS} FROM revisions WHERE draft = $1 ORDER BY n`,
      [draft],
    )
    return rows.map(toRevisionMeta)
  }

  async revision(draft: string, n: number): Promise<StoredRevision | null> {
    const { rows } = await this.pool.query<RevisionMetaRow & { state: Buffer; doc: string; records: string }>(
      `SELECT ${REVISION_COLUMNS}, state, doc, records FROM revisions WHERE draft = $1 AND n = $2`,
      [draft, n],
    )
    const row = rows[0]
    if (!row) return null
    return { ...toRevisionMeta(row), state: bytes(row.state), doc: row.doc, records: row.records }
  }

  async appendHistory(draft: string, entries: NewHistoryEntry[]): Promise<void> {
    if (entries.length === 0) return
    await this.transaction('BEGIN', async (client) => {
      // The draft's row is locked first, so two writers number their entries one after the other.
      await client.query('SELECT id FROM drafts WHERE id = $1 FOR UPDATE', [draft])
      const { rows } = await client.query<{ last: string }>(
        'SELECT COALESCE(MAX(seq), 0) AS last FROM history WHERE draft = $1',
        [draft],
      )
      let seq = Number(rows[0]!.last)
      for (const e of entries) {
        await client.query(
          `INSERT INTO history (${HISTORY_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
          historyValues({ ...e, draft, seq: ++seq }),
        )
      }
    })
  }

  async history(draft: string): Promise<HistoryEntry[]> {
    return (await this.storedHistory(draft)).map((r) => ({
      ...r,
      detail: JSON.parse(r.detail) as Record<string, unknown>,
    }))
  }

  async storedHistory(draft: string, clause?: string): Promise<StoredHistoryEntry[]> {
    const { rows } = await this.pool.query<HistoryRow>(
      `SELECT draft, seq, at, delegation, role, action, amendment, clause, label, detail
        FROM history WHERE draft = $1 AND ($2::text IS NULL OR clause = $2) ORDER BY seq`,
      [draft, clause ?? null],
    )
    return rows.map((r) => ({ ...r, seq: Number(r.seq), at: Number(r.at) }))
  }

  // Archive, delete, backup and restore (issue 16).
  async setArchived(id: string, at: number | null): Promise<boolean> {
    const result = await this.pool.query('UPDATE drafts SET archived = $2 WHERE id = $1', [id, at])
    return (result.rowCount ?? 0) > 0
  }

  async deleteDraft(id: string): Promise<boolean> {
    return this.transaction('BEGIN', async (client) => {
      // Lets this transaction delete the draft's revisions and history (see migration 4).
      await client.query("SELECT set_config('penholder.deleting', $1, true)", [id])
      await client.query('DELETE FROM invitations WHERE draft = $1', [id])
      // The draft's updates, comments, revisions and history go with it (ON DELETE CASCADE).
      const result = await client.query('DELETE FROM drafts WHERE id = $1', [id])
      return (result.rowCount ?? 0) > 0
    })
  }

  async *backup(): AsyncIterable<BackupRecord> {
    const client = await this.pool.connect()
    let broken: Error | undefined
    try {
      // One snapshot of the database for every table, while other connections go on writing.
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY')
      yield* pgRecords(client)
      await client.query('COMMIT')
    } catch (e) {
      await client.query('ROLLBACK').catch((failed: Error) => {
        broken = failed
      })
      throw e
    } finally {
      client.release(broken)
    }
  }

  async restore(records: AsyncIterable<BackupRecord>, options: RestoreOptions): Promise<void> {
    await this.transaction('BEGIN', async (client) => {
      // Whole tables locked: no other process writes into the store while it is emptied and filled.
      await client.query(`LOCK TABLE ${BACKUP_TABLES.join(', ')} IN EXCLUSIVE MODE`)
      const held = await pgStoreContents(client)
      if (held && !options.replace) throw new StoreNotEmpty(held)
      if (held) {
        await client.query("SELECT set_config('penholder.deleting', '*', true)")
        for (const table of [...BACKUP_TABLES].reverse()) await client.query(`DELETE FROM ${table}`)
      }
      await pgWrite(client, records)
    })
  }

  async close(): Promise<void> {
    if (this.closed) return
    this.closed = true
    await this.pool.end()
  }
}
