// Scenario 1: one room of many clients (a full General Assembly and its observers), some of them typing at a
// steady rate; for every keystroke, the delay until every other client has applied it. A run is made of
// rounds, each on a freshly started server, so that the rounds of two servers can alternate and share alike
// whatever else the machine is doing.
import type { ChildServer } from './child-server.ts'
import { now } from './clock.ts'
import { machineBusySeconds } from './machine-load.ts'
import { median, type Summary, summarize } from './percentiles.ts'
import { ReaderPool } from './reader-pool.ts'
import { RoomLoad } from './room-load.ts'

/** The load of one round of {@link typingRound}. */
export interface TypingLoad {
  /** Clients that apply every update, and whose delays are timed; the first `typists` of them type. */
  clients: number
  typists: number
  /** Raw readers (reader-pool.ts) that join before the timed clients and take every update untimed. */
  readers: number
  /** Keystrokes (updates) per second of each typist. */
  rate: number
  warmupMs: number
  durationMs: number
  /** How long to wait after the last timed keystroke for every client to apply it. */
  drainMs: number
  /** Worker threads that hold the clients, and those that hold the raw readers. */
  threads: number
  readerThreads: number
}

/** Where the connections of a round go: one WebSocket address per timed client and per raw reader. */
export interface RoundAddresses {
  clients: readonly string[]
  readers: readonly string[]
}

/** What one round measured. */
export interface TypingRound {
  /** Milliseconds from each timed keystroke until every other client had applied it. */
  delays: number[]
  /** Milliseconds until the first other client had applied it. */
  firstDelays: number[]
  /** Timed keystrokes that some client had not applied when the drain time ran out. */
  undelivered: number
  converged: boolean
  dropped: number
  /** CPU seconds used while the keystrokes were timed: by the server, this process, the whole machine. */
  cpu: { server: number; load: number; machine: number }
  seconds: number
  connectMs: number
}

/** The rounds of one server, combined. */
export interface TypingResult {
  rounds: number
  delays: Summary
  /** The p99 of each round on its own, to show how much the rounds differ. */
  roundP99: number[]
  /** The median of `roundP99`: the figure servers are compared by, which one unlucky round cannot decide. */
  medianP99: number
  firstDelays: Summary
  undelivered: number
  /** Whether, in every round, every client ended with the same state and no update waiting for another. */
  converged: boolean
  /** Clients whose connection closed during a round. */
  dropped: number
  /** Cores the server, the load generator and the machine's other processes kept busy while timing. */
  serverCpu: number
  loadCpu: number
  otherCpu: number
  /** The longest time to connect and sync every client of a round, in milliseconds. */
  connectMs: number
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const round2 = (value: number) => Math.round(value * 100) / 100

/**
 * Runs one round against one room: the raw readers join first, then the timed clients, so that the timed ones
 * are the last a server sends to. `seed`, when given, is written by the first timed client as it joins.
 */
export async function typingRound(
  server: ChildServer,
  addresses: RoundAddresses,
  load: TypingLoad,
  seed?: Uint8Array,
): Promise<TypingRound> {
  const connectStart = now()
  const readers = load.readers > 0 ? await ReaderPool.open(addresses.readers, load.readerThreads) : null
  let room: RoomLoad
  try {
    room = await RoomLoad.open(addresses.clients, load.typists, load.threads, seed)
  } catch (error) {
    await readers?.close()
    throw error
  }
  const connectMs = now() - connectStart
  try {
    await room.startTyping(load.rate)
    await sleep(load.warmupMs)
    const from = now()
    const serverCpu = server.cpuSeconds()
    const loadCpu = process.cpuUsage()
    const machineCpu = machineBusySeconds()
    await sleep(load.durationMs)
    const to = now()
    const loadUsage = process.cpuUsage(loadCpu)
    const cpu = {
      server: server.cpuSeconds() - serverCpu,
      load: (loadUsage.user + loadUsage.system) / 1e6,
      machine: machineBusySeconds() - machineCpu,
    }
    await room.stopTyping()
    const drainUntil = now() + load.drainMs
    let result = await room.deliveries(from, to)
    while ((result.pending > 0 || !result.converged) && now() < drainUntil) {
      await sleep(200)
      result = await room.deliveries(from, to)
    }
    const readerState = await readers?.state()
    return {
      delays: result.delays,
      firstDelays: result.firstDelays,
      undelivered: result.pending,
      converged: result.converged,
      dropped: result.dropped + (readerState?.closed.length ?? 0),
      cpu,
      seconds: (to - from) / 1000,
      connectMs,
    }
  } finally {
    await room.close()
    await readers?.close()
  }
}

/** Pools the rounds of one server into one set of figures. */
export function combineRounds(rounds: TypingRound[]): TypingResult {
  const sum = (f: (r: TypingRound) => number) => rounds.reduce((total, r) => total + f(r), 0)
  const seconds = sum((r) => r.seconds)
  const server = sum((r) => r.cpu.server) / seconds
  const load = sum((r) => r.cpu.load) / seconds
  const roundP99 = rounds.map((r) => summarize(r.delays).p99)
  return {
    rounds: rounds.length,
    delays: summarize(rounds.flatMap((r) => r.delays)),
    roundP99,
    medianP99: median(roundP99),
    firstDelays: summarize(rounds.flatMap((r) => r.firstDelays)),
    undelivered: sum((r) => r.undelivered),
    converged: rounds.every((r) => r.converged),
    dropped: sum((r) => r.dropped),
    serverCpu: round2(server),
    loadCpu: round2(load),
    otherCpu: round2(Math.max(0, sum((r) => r.cpu.machine) / seconds - server - load)),
    connectMs: Math.round(Math.max(...rounds.map((r) => r.connectMs))),
  }
}
