// One room typed into, on our server and on the reference server in turn: rounds alternate between the two
// (A B B A ...), each on a fresh set of connections, and each server is judged by the median of its rounds' p99.
import { type Attempt, alternating, attempt, isError, ms, ratioOf, start, stop } from './bench-run.ts'
import type { ChildServer } from './child-server.ts'
import {
  combineRounds,
  type RoundAddresses,
  type TypingLoad,
  type TypingResult,
  type TypingRound,
  typingRound,
} from './typing-room.ts'

/** Cores of other processes' work above which a result is marked as disturbed. */
const BUSY_MACHINE = 0.2

/** The two servers of a comparison. */
export type ServerName = 'penholder' | 'reference'

/** A room compared on both servers. */
export interface RoomComparison {
  load: TypingLoad
  /** Rounds per server. */
  rounds: number
  /** Where each server's connections go. */
  addresses: (server: ChildServer, name: ServerName) => RoundAddresses
  /** The draft's state, written into the reference server's empty room by the first client. */
  seed: Uint8Array
}

/** Both servers' results, and the ratio of their median p99s (ours over the reference's). */
export interface ComparisonResult {
  penholder: Attempt<TypingResult>
  reference: Attempt<TypingResult>
  /** Ours over the reference's median of per-round p99s. */
  p99Ratio: number | null
  /** Whether every keystroke on our server reached every timed client, and every client converged. */
  whole: boolean
}

function print(name: string, r: Attempt<TypingResult>): void {
  if (isError(r)) return
  const d = r.delays
  const f = r.firstDelays
  console.log(
    `   ${name.padEnd(10)} median of round p99s ${ms(r.medianP99)}; every client: p50 ${ms(d.p50)}  p95 ${ms(d.p95)}  ` +
      `p99 ${ms(d.p99)}  max ${ms(d.max)}   first client: p50 ${ms(f.p50)}  p99 ${ms(f.p99)}\n` +
      `   ${''.padEnd(10)} ${d.count} keystrokes in ${r.rounds} rounds, ${r.undelivered} undelivered, ` +
      `${r.converged ? 'converged' : 'NOT converged'}, ${r.dropped} dropped; ` +
      `CPU cores: server ${r.serverCpu}, clients ${r.loadCpu}, other processes ${r.otherCpu}; ` +
      `p99 per round ${r.roundP99.map(ms).join(', ')}`,
  )
  if (r.otherCpu > BUSY_MACHINE) {
    console.log(
      `   ${''.padEnd(10)} note: other processes were busy meanwhile; these delays include their share`,
    )
  }
}

/** Runs the rounds of a room on both servers, started once each, and prints what they measured. */
export async function compareRoom(
  spec: RoomComparison,
  servers: Record<ServerName, () => Promise<ChildServer>>,
): Promise<ComparisonResult> {
  const { load } = spec
  console.log(
    `   (${spec.rounds} rounds per server, alternating, each ${load.durationMs / 1000} s timed after ` +
      `${load.warmupMs / 1000} s of warm-up)`,
  )
  const rounds: Record<ServerName, TypingRound[]> = { penholder: [], reference: [] }
  const failed: Partial<Record<ServerName, { error: string }>> = {}
  const started = { penholder: await start(servers.penholder), reference: await start(servers.reference) }
  try {
    const seed = { penholder: undefined, reference: spec.seed }
    for (const name of alternating<ServerName>('penholder', 'reference', spec.rounds)) {
      if (failed[name]) continue
      const server = started[name]
      const round = await attempt(name, () =>
        typingRound(server, spec.addresses(server, name), load, seed[name]),
      )
      if (isError(round)) failed[name] = round
      else rounds[name].push(round)
    }
  } finally {
    await Promise.all([stop(started.penholder), stop(started.reference)])
  }
  const penholder = failed.penholder ?? combineRounds(rounds.penholder)
  const reference = failed.reference ?? combineRounds(rounds.reference)
  print('penholder', penholder)
  print('reference', reference)
  return {
    penholder,
    reference,
    p99Ratio: ratioOf(
      isError(penholder) ? null : penholder.medianP99,
      isError(reference) ? null : reference.medianP99,
    ),
    // A keystroke that never reached everyone has no delay: the run fails rather than leaving it out.
    whole:
      !isError(penholder) && penholder.undelivered === 0 && penholder.converged && penholder.dropped === 0,
  }
}
