// What every scenario of the server benchmark shares: the servers it started (killed if the run dies), a
// scenario's result or the error that ended it, its pass/fail lines, and the way figures are printed.
import type { ChildServer } from './child-server.ts'

/** A pass/fail line of the final JSON. */
export interface Target {
  target: number
  value: number | null
  pass: boolean
}

/** What a scenario adds to the final JSON: its figures, its targets, and its headline figures. */
export interface Outcome {
  figures: unknown
  targets: Record<string, Target>
  /** Figures that the final JSON carries at its top level (e.g. `typing_p99_ratio`). */
  headline: Record<string, number | null>
}

const running = new Set<ChildServer>()
process.on('exit', () => {
  for (const server of running) server.child.kill('SIGKILL')
})

/** Starts a server and keeps it in the set killed when the run exits. */
export async function start(server: () => Promise<ChildServer>): Promise<ChildServer> {
  const started = await server()
  running.add(started)
  return started
}

/** Stops a server started by {@link start}. */
export async function stop(server: ChildServer): Promise<void> {
  await server.stop()
  running.delete(server)
}

/** Runs `scenario` on a freshly started server, and stops the server whatever happens. */
export async function withServer<T>(
  server: () => Promise<ChildServer>,
  scenario: (s: ChildServer) => Promise<T>,
): Promise<T> {
  const started = await start(server)
  try {
    return await scenario(started)
  } finally {
    await stop(started)
  }
}

/** A scenario's result, or the error that ended it. */
export type Attempt<T> = T | { error: string }

/** Runs a scenario, printing and keeping its error instead of ending the run. */
export async function attempt<T>(name: string, run: () => Promise<T>): Promise<Attempt<T>> {
  try {
    return await run()
  } catch (error) {
    const message = (error as Error).message
    console.log(`   ${name}: FAILED: ${message.split('\n')[0]}`)
    return { error: message }
  }
}

/** Whether an attempt failed. */
export const isError = (value: unknown): value is { error: string } =>
  typeof value === 'object' && value !== null && 'error' in value

/** Milliseconds as printed. */
export const ms = (value: number) => `${value.toFixed(1)} ms`

/** A target's verdict as printed. */
export const pass = (ok: boolean) => (ok ? 'pass' : 'FAIL')

/** A ratio of two figures, to a hundredth; null if either is missing. */
export const ratioOf = (a: number | null, b: number | null): number | null =>
  a !== null && b !== null && b > 0 ? Math.round((a / b) * 100) / 100 : null

/**
 * The order of `rounds` rounds of each of two servers: A B B A A B B A ..., so that a drift in the machine's
 * other work weighs on both alike.
 */
export function alternating<N extends string>(a: N, b: N, rounds: number): N[] {
  return Array.from({ length: rounds }, (_, i) => (i % 2 === 0 ? [a, b] : [b, a])).flat()
}
