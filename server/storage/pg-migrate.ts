import type pg from 'pg'
import { MIGRATIONS, type Migration } from './pg-migrations.ts'
import { StoreError } from './store-url.ts'

/**
 * The advisory lock every migration is applied under ('penhold' in ASCII, exact as a double), so that two
 * processes starting together on an empty database apply each migration once: the second waits, then finds it
 * recorded.
 */
export const MIGRATION_LOCK = 0x70656e686f6c64

const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version integer PRIMARY KEY, name text NOT NULL, applied timestamptz NOT NULL DEFAULT now())`

/**
 * Brings the database's schema up to date: each migration not yet recorded in `schema_migrations` runs in a
 * transaction of its own, under {@link MIGRATION_LOCK}, and is recorded in the same transaction. Resolves to the
 * versions applied by this call (none when the schema was already up to date). Refuses a database that a newer
 * penholder has migrated past what this one knows.
 */
export async function migrate(
  pool: pg.Pool,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<number[]> {
  const known = Math.max(0, ...migrations.map((m) => m.version))
  const applied: number[] = []
  const client = await pool.connect()
  try {
    for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
      await client.query('BEGIN')
      try {
        await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK])
        await client.query(MIGRATIONS_TABLE)
        const { rows } = await client.query<{ latest: number | null; done: boolean }>(
          'SELECT max(version) AS latest, bool_or(version = $1) AS done FROM schema_migrations',
          [migration.version],
        )
        const latest = rows[0]?.latest ?? 0
        if (latest > known) {
          throw new StoreError(
            `the database's schema is at version ${latest}, newer than this penholder knows (${known}): run a newer penholder`,
          )
        }
        if (!rows[0]?.done) {
          await client.query(migration.sql)
          await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
            migration.version,
            migration.name,
          ])
          applied.push(migration.version)
        }
        await client.query('COMMIT')
      } catch (e) {
        await client.query('ROLLBACK').catch(() => {})
        if (e instanceof StoreError) throw e
        throw new StoreError(
          `schema migration ${migration.version} (${migration.name}): ${(e as Error).message}`,
        )
      }
    }
  } finally {
    client.release()
  }
  return applied
}
