#!/usr/bin/env node
// `npm run bench`: every part's benchmark, one after the other (each wants the machine to itself), skipping a
// part that has none yet. Exits non-zero if a benchmark crashed; whether its targets were met is in the JSON
// line each one ends with.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const BENCHES = [
  'schema/bench/model.bench.ts',
  'schema/bench/amendment-wording.bench.ts',
  'schema/bench/lint-languages.bench.ts',
  'server/bench/server.bench.ts',
  'server/bench/amendments.bench.ts',
  'server/bench/formats.bench.ts',
  'server/bench/compare.bench.ts',
  'server/bench/storage.bench.ts',
  'server/bench/revisions.bench.ts',
  'server/bench/upload.bench.ts',
  'editor/bench/editor.bench.ts',
]

let crashed = 0
for (const bench of BENCHES) {
  if (!existsSync(join(root, bench))) {
    console.log(`\n# ${bench}: not there yet, skipped`)
    continue
  }
  console.log(`\n# ${bench}`)
  const { status } = spawnSync(process.execPath, ['--import', 'tsx', bench], { cwd: root, stdio: 'inherit' })
  if (status !== 0) {
    console.log(`${bench} exited with status ${status}`)
    crashed++
  }
}
process.exit(crashed === 0 ? 0 : 1)
