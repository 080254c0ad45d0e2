// A real Redis server for the cluster tests (from Debian's `redis-server`, started in a temporary folder on a
// loopback port, see server/bench/redis-server.ts). Tests that need it take `{ skip: redisSkip() }`.
import { redisInstalled } from '../bench/redis-server.ts'

export { startRedis, type TestRedis } from '../bench/redis-server.ts'

/**
 * The `skip` option of a test that needs Redis: a reason where Debian's `redis-server` is not installed and CI
 * is not set, else false (under CI a missing server is a failure, which `startRedis` reports).
 */
export function redisSkip(): string | false {
  if (redisInstalled() || process.env.CI) return false
  return 'Redis is not installed (apt-get install redis-server)'
}
