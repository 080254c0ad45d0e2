// The collaboration server under load, against the reference y-websocket server (@y/websocket-server) on the
// same machine and the same load, each server in a child process of its own and the clients in worker
// threads of this one:
//   1. a quiet room: one keystroke at a time to one other client (the delay a lone typist sees; no target
//      beyond staying as fast as before fan-out batching, about 1 ms);
//   2. one room, 200 clients, 20 of them typing 5 keystrokes a second: delay from a keystroke to the moment the
//      last other client applied it (targets: p99 under 50 ms, and a median of per-round p99s no worse than the
//      reference server's);
//   3. a large room: 1,000 connections on one draft, 40 of them typing 2 keystrokes a second, 60 timed readers
//      that join last (so they are the last any server sends to), and 900 raw readers that read in bursts at
//      almost no cost to the load generator (targets: p99 under 100 ms, at most 0.7 of the reference's);
//   4. 2,000 idle connections over 100 drafts: server RSS (target: under 500 MB);
//   5. drafts whose logs hold 50,000 updates (as a crash leaves them), opened after a start: first sync (target:
//      under 100 ms); the server compacts such logs as it starts, so its start time is printed beside.
// Prints each figure, then one JSON line with all of them, the headline figures at its top level
// (typing_p99_ratio, large_room_p99_ms, large_room_p99_ratio, quiet_keystroke_ms, reopen_first_sync_ms), and
// pass/fail per target.
// Options: --threads N (load worker threads of the 200-client room, default 3), --rounds N (rounds per server
// of the typing rooms, default 6), --profile DIR (our server writes a --cpu-prof there), --only NAME[,NAME]
// (quiet, typing, large, idle, reopen).
import { mkdtempSync, rmSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { type BenchDrafts, prepareDrafts, tokenFor } from './bench-drafts.ts'
import { attempt, isError, ms, type Outcome, pass, type Target, withServer } from './bench-run.ts'
import { type ChildServer, startPenholder, startReference } from './child-server.ts'
import { now } from './clock.ts'
import { type IdleResult, idleConnections } from './idle-connections.ts'
import { loadAverage } from './machine-load.ts'
import { reopenLog } from './reopen-log.ts'
import { compareRoom, type ServerName } from './room-scenario.ts'
import type { RoundAddresses, TypingLoad } from './typing-room.ts'

const SAMPLE = new URL('./fixtures/fr_A-RES-71-194.md', import.meta.url).pathname
const IDLE = { rooms: 100, perRoom: 20 }
const LOG = { drafts: 3, updates: 50_000 }
const TARGETS = {
  quietKeystrokeMs: 2,
  typingP99Ms: 50,
  typingRatio: 1,
  largeRoomP99Ms: 100,
  largeRoomRatio: 0.7,
  idleRssMB: 500,
  firstSyncMs: 100,
}
/** The whole run stops here even if a server hangs. */
const DEADLINE_MS = 25 * 60_000

const { values: options } = parseArgs({
  options: {
    threads: { type: 'string', default: '3' },
    rounds: { type: 'string', default: '6' },
    profile: { type: 'string' },
    only: { type: 'string' },
  },
})
const count = (name: string, text: string) => {
  const value = Number(text)
  if (!Number.isInteger(value) || value < 1)
    throw new RangeError(`--${name}: expected a positive count, got '${text}'`)
  return value
}
const threads = count('threads', options.threads)
const rounds = count('rounds', options.rounds)
const SCENARIOS = ['quiet', 'typing', 'large', 'idle', 'reopen']
const only = options.only?.split(',') ?? SCENARIOS
for (const name of only) {
  if (!SCENARIOS.includes(name))
    throw new RangeError(`--only: expected some of ${SCENARIOS.join(', ')}, got '${name}'`)
}
const scenarios = new Set(only)
const nodeArgs = options.profile ? ['--cpu-prof', `--cpu-prof-dir=${options.profile}`] : []

const QUIET: TypingLoad = {
  clients: 2,
  typists: 1,
  readers: 0,
  rate: 5,
  warmupMs: 1000,
  durationMs: 6000,
  drainMs: 2000,
  threads: 1,
  readerThreads: 0,
}
const TYPING: TypingLoad = {
  clients: 200,
  typists: 20,
  readers: 0,
  rate: 5,
  warmupMs: 3000,
  durationMs: 10_000,
  drainMs: 5000,
  threads,
  readerThreads: 0,
}
const LARGE: TypingLoad = {
  clients: 100,
  typists: 40,
  readers: 900,
  rate: 2,
  warmupMs: 3000,
  durationMs: 10_000,
  drainMs: 5000,
  threads: 2,
  readerThreads: 1,
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130))
setTimeout(() => {
  console.error(`server benchmark: still running after ${DEADLINE_MS / 60_000} minutes, stopped`)
  process.exit(1)
}, DEADLINE_MS).unref()

const range = (n: number, from = 0) => Array.from({ length: n }, (_, i) => from + i)

/** Every connection of a load into one room: ours with tokens from the lists, the reference's by room name. */
function addresses(
  server: ChildServer,
  name: ServerName,
  room: string,
  load: TypingLoad,
  tokens: { typists: readonly string[]; readers: readonly string[] },
): RoundAddresses {
  if (name === 'reference') {
    const url = server.roomUrl(room)
    return { clients: range(load.clients).map(() => url), readers: range(load.readers).map(() => url) }
  }
  const token = (i: number) => (i < load.typists ? tokenFor(tokens.typists, i) : tokenFor(tokens.readers, i))
  return {
    clients: range(load.clients).map((i) => server.roomUrl(room, token(i))),
    readers: range(load.readers, load.clients).map((i) => server.roomUrl(room, token(i))),
  }
}

type Servers = Record<ServerName, () => Promise<ChildServer>>

async function quietScenario(drafts: BenchDrafts, servers: Servers): Promise<Outcome> {
  console.log(`\n1. a quiet room: one typist, ${QUIET.rate} keystrokes/s, one other client`)
  const chair = { typists: drafts.tokens.chair, readers: drafts.tokens.chair }
  const result = await compareRoom(
    {
      load: QUIET,
      rounds: 2,
      seed: drafts.seed,
      addresses: (s, name) =>
        addresses(s, name, name === 'penholder' ? drafts.typing.id : 'quiet', QUIET, chair),
    },
    servers,
  )
  const p50 = isError(result.penholder) ? null : result.penholder.delays.p50
  const quietKeystrokeMs = {
    target: TARGETS.quietKeystrokeMs,
    value: p50,
    pass: result.whole && p50 !== null && p50 <= TARGETS.quietKeystrokeMs,
  }
  console.log(
    `   target: median keystroke at most ${TARGETS.quietKeystrokeMs} ms ${pass(quietKeystrokeMs.pass)}`,
  )
  return {
    figures: { load: QUIET, ...result },
    targets: { quietKeystrokeMs },
    headline: { quiet_keystroke_ms: p50 },
  }
}

async function typingScenario(drafts: BenchDrafts, servers: Servers): Promise<Outcome> {
  console.log(
    `\n2. one room, ${TYPING.clients} clients, ${TYPING.typists} of them typing ${TYPING.rate} keystrokes/s: ` +
      'delay until every other client, and the first one, applied a keystroke',
  )
  const chair = { typists: drafts.tokens.chair, readers: drafts.tokens.chair }
  const result = await compareRoom(
    {
      load: TYPING,
      rounds,
      seed: drafts.seed,
      addresses: (s, name) =>
        addresses(s, name, name === 'penholder' ? drafts.typing.id : 'typing', TYPING, chair),
    },
    servers,
  )
  const ours = isError(result.penholder) ? null : result.penholder.medianP99
  const targets = {
    typingP99Ms: {
      target: TARGETS.typingP99Ms,
      value: ours,
      pass: result.whole && ours !== null && ours < TARGETS.typingP99Ms,
    },
    typingP99Ratio: {
      target: TARGETS.typingRatio,
      value: result.p99Ratio,
      pass: result.whole && result.p99Ratio !== null && result.p99Ratio <= TARGETS.typingRatio,
    },
  }
  console.log(
    `   median p99 ours/reference ${result.p99Ratio ?? '-'}; targets: p99 under ${TARGETS.typingP99Ms} ms ` +
      `${pass(targets.typingP99Ms.pass)}, ratio at most ${TARGETS.typingRatio} ${pass(targets.typingP99Ratio.pass)}`,
  )
  return { figures: { load: TYPING, ...result }, targets, headline: { typing_p99_ratio: result.p99Ratio } }
}

async function largeScenario(drafts: BenchDrafts, servers: Servers): Promise<Outcome> {
  const connections = LARGE.clients + LARGE.readers
  console.log(
    `\n3. a large room: ${connections} connections, ${LARGE.typists} typing ${LARGE.rate} keystrokes/s, ` +
      `${LARGE.clients - LARGE.typists} timed readers joining last, ${LARGE.readers} raw readers: ` +
      'delay until every timed client applied a keystroke',
  )
  const tokens = { typists: drafts.tokens.chair, readers: drafts.tokens.largeObservers }
  const result = await compareRoom(
    {
      load: LARGE,
      rounds: Math.max(2, Math.round(rounds / 2) * 2 - 2),
      seed: drafts.seed,
      addresses: (s, name) =>
        addresses(s, name, name === 'penholder' ? drafts.large : 'large', LARGE, tokens),
    },
    servers,
  )
  const ours = isError(result.penholder) ? null : result.penholder.medianP99
  const targets = {
    largeRoomP99Ms: {
      target: TARGETS.largeRoomP99Ms,
      value: ours,
      pass: result.whole && ours !== null && ours < TARGETS.largeRoomP99Ms,
    },
    largeRoomP99Ratio: {
      target: TARGETS.largeRoomRatio,
      value: result.p99Ratio,
      pass: result.whole && result.p99Ratio !== null && result.p99Ratio <= TARGETS.largeRoomRatio,
    },
  }
  console.log(
    `   median p99 ours/reference ${result.p99Ratio ?? '-'}; targets: p99 under ${TARGETS.largeRoomP99Ms} ms ` +
      `${pass(targets.largeRoomP99Ms.pass)}, ratio at most ${TARGETS.largeRoomRatio} ${pass(targets.largeRoomP99Ratio.pass)}`,
  )
  return {
    figures: { load: LARGE, ...result },
    targets,
    headline: { large_room_p99_ms: ours, large_room_p99_ratio: result.p99Ratio },
  }
}

function printIdle(name: string, r: IdleResult | { error: string }): void {
  if (isError(r)) return
  console.log(
    `   ${name.padEnd(10)} RSS ${r.rssMB} MB (${r.rssBeforeMB} MB before), ${r.connections} connections ` +
      `over ${r.rooms} drafts opened and synced in ${(r.connectMs / 1000).toFixed(1)} s`,
  )
}

async function idleScenario(drafts: BenchDrafts, servers: Servers): Promise<Outcome> {
  console.log(`\n4. ${IDLE.rooms * IDLE.perRoom} idle connections over ${IDLE.rooms} drafts: server memory`)
  const rooms = (urlOf: (room: number, i: number) => string) =>
    drafts.idle.map((_, room) => range(IDLE.perRoom, room * IDLE.perRoom).map((i) => urlOf(room, i)))
  const penholder = await attempt('penholder', () =>
    withServer(servers.penholder, (s) =>
      idleConnections(
        s,
        rooms((room, i) => s.roomUrl(drafts.idle[room]!, tokenFor(drafts.tokens.chair, i))),
      ),
    ),
  )
  printIdle('penholder', penholder)
  const reference = await attempt('reference', () =>
    withServer(servers.reference, (s) =>
      idleConnections(
        s,
        rooms((room) => s.roomUrl(`idle-${room}`)),
        drafts.seed,
      ),
    ),
  )
  printIdle('reference', reference)
  const rss = isError(penholder) ? null : penholder.rssMB
  const idleRssMB = { target: TARGETS.idleRssMB, value: rss, pass: rss !== null && rss < TARGETS.idleRssMB }
  console.log(`   target: RSS under ${TARGETS.idleRssMB} MB ${pass(idleRssMB.pass)}`)
  return { figures: { penholder, reference }, targets: { idleRssMB }, headline: {} }
}

/** The `ms` field of each line of a server's log that records `event`, in order. */
const loggedMs = (output: string, event: string): number[] =>
  [...output.matchAll(new RegExp(`${event.replace('.', '\\.')} .*\\bms=(\\d+)`, 'g'))].map((m) =>
    Number(m[1]),
  )

async function reopenScenario(drafts: BenchDrafts, servers: Servers): Promise<Outcome> {
  console.log(
    `\n5. ${LOG.drafts} drafts whose logs hold ${LOG.updates} updates each, opened after a start: first sync`,
  )
  const token = drafts.tokens.chair[0]!
  // The server compacts the long logs when it starts (before it answers): that time is shown beside the syncs.
  let startMs: number | null = null
  const timedStart = async () => {
    const started = now()
    const server = await servers.penholder()
    startMs = Math.round(now() - started)
    return server
  }
  let serverMs = { recover: [] as number[], roomLoad: [] as number[] }
  const reopen = await attempt('penholder', () =>
    withServer(timedStart, async (s) => {
      const result = await reopenLog(drafts.logged, (id) => s.roomUrl(id, token))
      serverMs = {
        recover: loggedMs(s.output(), 'store.recover'),
        roomLoad: loggedMs(s.output(), 'room.load'),
      }
      return result
    }),
  )
  let median: number | null = null
  if (!isError(reopen)) {
    median = [...reopen.firstSyncMs].sort((a, b) => a - b)[Math.floor(reopen.firstSyncMs.length / 2)]!
    console.log(
      `   penholder  started in ${ms(startMs ?? Number.NaN)} (compacting the long logs); ` +
        `first sync ${reopen.firstSyncMs.map(ms).join(', ')} (median ${ms(median)}); ` +
        `then ${ms(reopen.warmSyncMs)} once loaded; ${reopen.complete ? 'every update present' : 'UPDATES MISSING'}`,
    )
    console.log(
      `   penholder  its log: compacted at start in ${serverMs.recover.map(ms).join(', ')}; ` +
        `rooms loaded in ${serverMs.roomLoad.map(ms).join(', ')}`,
    )
  }
  const firstSyncMs = {
    target: TARGETS.firstSyncMs,
    value: median,
    pass: !isError(reopen) && reopen.complete && median !== null && median < TARGETS.firstSyncMs,
  }
  console.log(`   target: median first sync under ${TARGETS.firstSyncMs} ms ${pass(firstSyncMs.pass)}`)
  return {
    figures: {
      drafts: LOG.drafts,
      updates: LOG.updates,
      serverStartMs: startMs,
      recoverMs: serverMs.recover,
      roomLoadMs: serverMs.roomLoad,
      ...reopen,
    },
    targets: { firstSyncMs },
    headline: { reopen_first_sync_ms: median },
  }
}

const RUNS: Record<string, (drafts: BenchDrafts, servers: Servers) => Promise<Outcome>> = {
  quiet: quietScenario,
  typing: typingScenario,
  large: largeScenario,
  idle: idleScenario,
  reopen: reopenScenario,
}

async function main(): Promise<void> {
  const cores = availableParallelism()
  console.log(`server benchmark: ${cores} cores, load average ${loadAverage()}, ${threads} load thread(s)`)
  const dataDir = mkdtempSync(join(tmpdir(), 'penholder-bench-'))
  try {
    const setupStart = now()
    const drafts = await prepareDrafts(dataDir, SAMPLE, {
      idle: scenarios.has('idle') ? IDLE.rooms : 0,
      logged: scenarios.has('reopen') ? LOG.drafts : 0,
      logUpdates: LOG.updates,
    })
    console.log(`setup: drafts created in ${((now() - setupStart) / 1000).toFixed(1)} s`)
    const servers: Servers = {
      penholder: () => startPenholder({ dataDir, nodeArgs }),
      reference: startReference,
    }
    const outcomes: Record<string, Outcome> = {}
    for (const name of SCENARIOS) if (scenarios.has(name)) outcomes[name] = await RUNS[name]!(drafts, servers)
    const targets = Object.assign({}, ...Object.values(outcomes).map((o) => o.targets))
    console.log(
      JSON.stringify({
        bench: 'server',
        ...Object.assign({}, ...Object.values(outcomes).map((o) => o.headline)),
        machine: { cores, loadAverage: loadAverage(), loadThreads: threads, rounds },
        ...Object.fromEntries(Object.entries(outcomes).map(([name, o]) => [name, o.figures])),
        targets,
        pass: Object.values(targets as Record<string, Target>).every((t) => t.pass),
      }),
    )
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(`server benchmark: ${error.message}`)
    process.exit(1)
  },
)
