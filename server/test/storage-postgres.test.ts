// The storage guarantees on PostgreSQL (a real server from Debian's package, a fresh database per test), and
// what only this store has: versioned migrations that two processes may run at once, and a URL whose password is
// never shown.
import assert from 'node:assert/strict'
import { after, describe, it } from 'node:test'
import pg from 'pg'
import { freePort } from '../bench/child-server.ts'
import { MIGRATIONS, PgStorage, StoreError } from '../storage/index.ts'
import { MIGRATION_LOCK, migrate } from '../storage/pg-migrate.ts'
import { postgresSkip, startPostgres, type TestPostgres } from './postgres.ts'
import { storageSuite } from './storage-suite.ts'

const skip = postgresSkip()
let server: Promise<TestPostgres> | null = null
const postgres = () => {
  server ??= startPostgres()
  return server
}
after(async () => {
  if (server) await (await server).stop()
})

storageSuite(
  'PgStorage',
  async () => {
    const url = await (await postgres()).database()
    return { open: () => PgStorage.open(url), remove: async () => {} }
  },
  skip,
)

/** Runs `sql` on the database at `url` and resolves to its rows. */
async function query<T extends pg.QueryResultRow>(
  url: string,
  sql: string,
  values: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query<T>(sql, values)).rows
  } finally {
    await client.end()
  }
}

describe('PgStorage: schema migrations', { skip }, () => {
  it('applies each migration once when four processes start together on an empty database, then none', async () => {
    const url = await (await postgres()).database()
    const stores = await Promise.all([1, 2, 3, 4].map(() => PgStorage.open(url)))
    const applied = await query<{ version: number; name: string }>(
      url,
      'SELECT version, name FROM schema_migrations ORDER BY version',
    )
    assert.deepEqual(
      applied,
      MIGRATIONS.map((m) => ({ version: m.version, name: m.name })),
    )
    const tables = await query<{ table_name: string }>(
      url,
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
    )
    assert.deepEqual(
      tables.map((t) => t.table_name),
      [
        'comments',
        'drafts',
        'history',
        'invitations',
        'revisions',
        'schema_migrations',
        'settings',
        'updates',
      ],
    )
    for (const s of stores) await s.close()

    const pool = new pg.Pool({ connectionString: url })
    try {
      assert.deepEqual(await migrate(pool), [], 'nothing left to apply')
    } finally {
      await pool.end()
    }
  })

  it('applies a new migration once, in order, when processes run it at once', async () => {
    const url = await (await postgres()).database()
    const next = [
      ...MIGRATIONS,
      // A migration that fails if it runs twice (the table exists) and counts its runs.
      { version: 100, name: 'probe', sql: 'CREATE TABLE probe (n int); INSERT INTO probe VALUES (1)' },
      { version: 101, name: 'probe again', sql: 'INSERT INTO probe SELECT count(*) + 1 FROM probe' },
    ]
    const pools = [1, 2, 3].map(() => new pg.Pool({ connectionString: url }))
    try {
      const results = await Promise.all(pools.map((p) => migrate(p, next)))
      assert.deepEqual(results.flat().sort(), [...MIGRATIONS.map((m) => m.version), 100, 101].sort())
      assert.deepEqual(await query(url, 'SELECT n FROM probe ORDER BY n'), [{ n: 1 }, { n: 2 }])
    } finally {
      for (const p of pools) await p.end()
    }
  })

  it('rolls back a migration that fails, says which, and applies it once fixed', async () => {
    const url = await (await postgres()).database()
    const pool = new pg.Pool({ connectionString: url })
    try {
      const broken = {
        version: 200,
        name: 'half done',
        sql: 'CREATE TABLE half (n int); SELECT nonsense FROM half',
      }
      await assert.rejects(migrate(pool, [...MIGRATIONS, broken]), (e: Error) => {
        assert.ok(e instanceof StoreError)
        assert.match(e.message, /schema migration 200 \(half done\): column "nonsense" does not exist/)
        return true
      })
      assert.deepEqual(await query(url, "SELECT to_regclass('half') AS t"), [{ t: null }], 'rolled back')
      assert.deepEqual(
        await migrate(pool, [...MIGRATIONS, { ...broken, sql: 'CREATE TABLE half (n int)' }]),
        [200],
      )
    } finally {
      await pool.end()
    }
  })

  it('refuses a database that a newer penholder has migrated', async () => {
    const url = await (await postgres()).database()
    await (await PgStorage.open(url)).close()
    await query(url, "INSERT INTO schema_migrations (version, name) VALUES (999, 'from the future')")
    await assert.rejects(PgStorage.open(url), /schema is at version 999, newer than this penholder knows/)
  })

  it('waits for a migration another process is applying', async () => {
    const url = await (await postgres()).database()
    // Another process holds the migration lock (as while it applies a migration): opening waits, then works.
    const holder = new pg.Client({ connectionString: url })
    await holder.connect()
    await holder.query('BEGIN')
    await holder.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK])
    let opened = false
    const opening = PgStorage.open(url).then((s) => {
      opened = true
      return s
    })
    await new Promise((resolve) => setTimeout(resolve, 300))
    assert.equal(opened, false, 'opened while another process held the migration lock')
    await holder.query('COMMIT')
    await holder.end()
    await (await opening).close()
  })
})

describe('PgStorage: the URL and its password', { skip }, () => {
  it('says what is wrong with a URL that names no PostgreSQL database, without the password', async () => {
    for (const [url, message] of [
      ['mysql://ph:s3cret@db/penholder', /'mysql:\/\/ph:\*\*\*@db\/penholder' is not a PostgreSQL URL/],
      ['postgres://ph:s3cret@[bad/penholder', /not a URL: 'postgres:\/\/ph:\*\*\*@\[bad\/penholder'/],
      ['data', /not a URL: 'data'/],
    ] as const) {
      await assert.rejects(PgStorage.open(url), (e: Error) => {
        assert.ok(e instanceof StoreError, `${url}: ${e}`)
        assert.match(e.message, message)
        assert.doesNotMatch(e.message, /s3cret/)
        return true
      })
    }
  })

  it('fails in one line naming the server, without the password, when nothing answers or the database is missing', async () => {
    const pg = await postgres()
    const port = await freePort()
    const cases: [string, RegExp][] = [
      [`postgres://ph:s3cret@127.0.0.1:${port}/penholder`, /ECONNREFUSED/],
      [pg.url.replace(/\/postgres$/, '/no_such_db'), /database "no_such_db" does not exist/],
    ]
    for (const [url, reason] of cases) {
      await assert.rejects(PgStorage.open(url, { connectTimeoutMs: 2000 }), (e: Error) => {
        assert.ok(e instanceof StoreError)
        assert.match(e.message, /^PostgreSQL at postgres:\/\/\w+:\*\*\*@127\.0\.0\.1:\d+\/\w+: /)
        assert.match(e.message, reason)
        assert.doesNotMatch(e.message, new RegExp(`s3cret|${pg.password}`))
        assert.doesNotMatch(e.message, /\n/)
        return true
      })
    }
  })

  it('says which draft is missing when an update is appended to none', async () => {
    const store = await PgStorage.open(await (await postgres()).database())
    try {
      await assert.rejects(
        store.appendUpdate('nope', new Uint8Array([0, 0])),
        /draft 'nope': there is no such draft/,
      )
    } finally {
      await store.close()
    }
  })
})
