/** The figures of one timed operation: how often it ran and its median and 95th percentile in milliseconds. */
export interface Timing {
  name: string
  runs: number
  median: number
  p95: number
}

/**
 * Runs `fn` a few times to warm up, then `runs` times, and prints and returns its median and p95. In process,
 * with performance.now(): fine for comparing with a target, not a substitute for a profile.
 */
export function time(name: string, runs: number, fn: () => unknown): Timing {
  for (let i = 0; i < Math.min(20, runs); i++) fn()
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    fn()
    samples.push(performance.now() - t)
  }
  samples.sort((a, b) => a - b)
  const q = (p: number) => samples[Math.min(samples.length - 1, Math.floor(p * samples.length))]!
  const result = { name, runs, median: +q(0.5).toFixed(3), p95: +q(0.95).toFixed(3) }
  console.log(
    `${name.padEnd(22)} median ${result.median.toFixed(3)} ms   p95 ${result.p95.toFixed(3)} ms   (${runs} runs)`,
  )
  return result
}
