// A real PostgreSQL server for the tests that need one (from Debian's `postgresql` package, started in a temporary
// folder on a loopback port, see server/bench/postgres-server.ts): one server per test file, `database()` a fresh
// database per test. Tests that need it take `{ skip: postgresSkip() }`.
import { postgresBinaries } from '../bench/postgres-server.ts'

export { startPostgres, type TestPostgres, type TestPostgresOptions } from '../bench/postgres-server.ts'

/**
 * The `skip` option of a test that needs PostgreSQL: a reason where Debian's `postgresql` is not installed and
 * CI is not set, else false (under CI a missing server is a failure, which `startPostgres` reports).
 */
export function postgresSkip(): string | false {
  if (postgresBinaries() || process.env.CI) return false
  return 'PostgreSQL is not installed (apt-get install postgresql)'
}
