/**
 * Runs `fn` `warmup` times, then `runs` times, prints its median and p95 on one line under `name`, and returns
 * the median in milliseconds (two decimals): the figure the benches of the formats, the comparison and the
 * revisions report.
 */
export async function timedMedian(
  name: string,
  runs: number,
  fn: () => unknown,
  warmup: number,
): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn()
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    await fn()
    samples.push(performance.now() - t)
  }
  samples.sort((a, b) => a - b)
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!
  console.log(
    `${name.padEnd(26)} median ${at(0.5).toFixed(2)} ms   p95 ${at(0.95).toFixed(2)} ms   (${runs} runs)`,
  )
  return +at(0.5).toFixed(2)
}
