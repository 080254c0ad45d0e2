// The cluster (`--redis`) under load: two `penholder serve` processes on one PostgreSQL store and one Redis,
// against one process on the same store, in the same run, rounds alternating:
//   1. one room, 200 clients (20 typing 5 keystrokes a second) split over the two processes: the p99 delay from a
//      keystroke until every other client applied it, cluster ÷ one process (target: at most 1.5);
//   2. the large room: 1,000 connections on one draft (40 typing 2 keystrokes a second, 60 timed readers, 900 raw
//      readers) split over the two processes, in every round (target: the median of the rounds' p99s under
//      100 ms, judged as bench:server judges its rooms, since one round's p99 swings with the machine).
// Prints each figure, then one JSON line: {"cluster_p99_ms", "single_p99_ms", "cluster_ratio",
// "large_room_cluster_p99_ms", ...}. `--rounds N` (default 2) rounds of each.
import { parseArgs } from 'node:util'
import { ALL_DRAFTS, Authority, newDraftId, PgStorage } from '../index.ts'
import { CONNECTIONS_PER_TOKEN } from './bench-drafts.ts'
import { type ChildServer, parseLink, runPenholder, startPenholder } from './child-server.ts'
import { startPostgres } from './postgres-server.ts'
import { startRedis } from './redis-server.ts'
import { combineRounds, type TypingLoad, type TypingRound, typingRound } from './typing-room.ts'

const SAMPLE = new URL('../demo/fr_A-RES-71-194.md', import.meta.url).pathname
const { values } = parseArgs({ options: { rounds: { type: 'string' } } })
const ROUNDS = Number(values.rounds ?? 2)

const TYPING: TypingLoad = {
  clients: 200,
  typists: 20,
  readers: 0,
  rate: 5,
  warmupMs: 2000,
  durationMs: 8000,
  drainMs: 5000,
  threads: 2,
  readerThreads: 0,
}
const LARGE: TypingLoad = {
  clients: 100,
  typists: 40,
  readers: 900,
  rate: 2,
  warmupMs: 2000,
  durationMs: 8000,
  drainMs: 5000,
  threads: 2,
  readerThreads: 1,
}

const range = (n: number, from = 0) => Array.from({ length: n }, (_, i) => from + i)

/** The connections of a load, the i-th going to `servers[i % n]`, each token carrying at most 50 of them. */
function split(servers: ChildServer[], draft: string, load: TypingLoad, tokens: string[]) {
  const url = (i: number) =>
    servers[i % servers.length]!.roomUrl(
      draft,
      tokens[Math.floor(i / CONNECTIONS_PER_TOKEN) % tokens.length]!,
    )
  return { clients: range(load.clients).map(url), readers: range(load.readers, load.clients).map(url) }
}

const postgres = await startPostgres()
const redis = await startRedis()
const servers: ChildServer[] = []
try {
  const store = await postgres.database()
  const typing = parseLink(await runPenholder(['draft', 'new', SAMPLE, '--store', store])).draftId
  const storage = await PgStorage.open(store)
  const stored = (await storage.loadDraft(typing))!
  const large = (await storage.createDraft(newDraftId(), stored.meta, stored.snapshot)).id
  const authority = await Authority.open(storage)
  const tokens: string[] = []
  for (let i = 0; i < 40; i++)
    tokens.push(
      (await authority.issue({ draft: ALL_DRAFTS, delegation: `Bench ${i}`, role: 'chair', lifetime: null }))
        .token,
    )
  await storage.close()
  for (let i = 0; i < 2; i++) servers.push(await startPenholder({ store, redis: redis.url }))
  const single: TypingRound[] = []
  const cluster: TypingRound[] = []
  const largeRounds: TypingRound[] = []
  for (let r = 0; r < ROUNDS; r++) {
    single.push(await typingRound(servers[0]!, split([servers[0]!], typing, TYPING, tokens), TYPING))
    cluster.push(await typingRound(servers[0]!, split(servers, typing, TYPING, tokens), TYPING))
    largeRounds.push(await typingRound(servers[0]!, split(servers, large, LARGE, tokens), LARGE))
    console.log(
      `round ${r + 1}: one process p99 ${combineRounds([single[r]!]).delays.p99} ms, ` +
        `two processes p99 ${combineRounds([cluster[r]!]).delays.p99} ms, ` +
        `1,000 connections on two processes p99 ${combineRounds([largeRounds[r]!]).delays.p99} ms`,
    )
  }
  const one = combineRounds(single)
  const two = combineRounds(cluster)
  const big = combineRounds(largeRounds)
  console.log(`1. 200 clients: one process ${JSON.stringify(one.delays)}; two ${JSON.stringify(two.delays)}`)
  console.log(
    `2. 1,000 connections on two processes: ${JSON.stringify(big.delays)}, median of the rounds' p99 ` +
      `${big.medianP99} ms, converged ${big.converged}`,
  )
  const ratio = Math.round((two.medianP99 / one.medianP99) * 100) / 100
  console.log(
    JSON.stringify({
      cluster_p99_ms: two.medianP99,
      single_p99_ms: one.medianP99,
      cluster_ratio: ratio,
      cluster_ratio_pass: ratio <= 1.5,
      large_room_cluster_p99_ms: big.medianP99,
      large_room_pass: big.medianP99 < 100,
      converged: one.converged && two.converged && big.converged,
      dropped: one.dropped + two.dropped + big.dropped,
      rounds: ROUNDS,
    }),
  )
} finally {
  await Promise.all(servers.map((s) => s.stop('SIGTERM')))
  await redis.stop()
  await postgres.stop()
}
