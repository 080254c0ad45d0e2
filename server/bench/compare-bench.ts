import type { Storage } from '../storage/index.ts'

/** Times a comparison; filled in once the comparison engine is on main. */
export async function compareBench(
  _storage: Storage,
  _url: string,
  _sample: string,
  _median: (name: string, runs: number, fn: () => Promise<unknown>, warmup?: number) => Promise<number>,
): Promise<Record<string, number>> {
  console.log('compare                    skipped: the comparison engine is not merged yet')
  return {}
}
