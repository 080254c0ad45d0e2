#!/usr/bin/env node
// `npm test`: type checking, lint and format, the dependency rules of DESIGN.md section 3, the editor bundle,
// then every test file (`*/test/**/*.test.ts`) under Node's test runner. Ends with one line "tests: N passed, N failed, N skipped",
// in which a failed check counts as a failure.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const only = process.argv.slice(2)
const parts = ['schema', 'editor', 'server'].filter((d) => existsSync(join(root, d)))
const run = (cmd, args) =>
  spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: process.env }).status === 0

let failedChecks = 0
if (only.length === 0) {
  const checks = [
    ['type check', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
    ['schema/ without DOM or Node types', 'npx', ['tsc', '--noEmit', '-p', 'schema/tsconfig.json']],
    ['lint and format', 'npx', ['biome', 'ci', '.']],
    ['dependency direction', 'npx', ['depcruise', ...parts, 'bin', '--config', '.dependency-cruiser.cjs']],
    // The browser tests drive the built bundle: build it from the code under test, never test a stale one.
    ['editor bundle', process.execPath, [join(root, 'scripts/build-editor.js')]],
  ]
  for (const [name, cmd, args] of checks) {
    console.log(`\n# ${name}`)
    if (run(cmd, args)) console.log(`ok: ${name}`)
    else {
      console.log(`not ok: ${name}`)
      failedChecks++
    }
  }
}

function testFiles(dir, inTest = false) {
  const out = []
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue
    const path = join(dir, name)
    if (statSync(path).isDirectory()) out.push(...testFiles(path, inTest || name === 'test'))
    else if (inTest && name.endsWith('.test.ts')) out.push(path)
  }
  return out
}

const files = only.length ? only : parts.flatMap((d) => testFiles(join(root, d))).sort()
const counts = join(tmpdir(), `penholder-test-counts-${process.pid}.json`)
console.log(`\n# tests (${files.length} files)`)
spawnSync(
  process.execPath,
  [
    '--import',
    'tsx',
    '--test',
    // Per test and per file: a whole file (a server, a browser, its tests) must end within it too.
    '--test-timeout=300000',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    `--test-reporter=${join(root, 'scripts/count-reporter.js')}`,
    `--test-reporter-destination=${counts}`,
    ...files,
  ],
  { cwd: root, stdio: 'inherit', env: process.env },
)
let result = { passed: 0, failed: 1, skipped: 0 }
try {
  result = JSON.parse(readFileSync(counts, 'utf8'))
  rmSync(counts)
} catch {
  console.log('the test runner wrote no counts: it did not finish')
}
const failed = result.failed + failedChecks
console.log(`\ntests: ${result.passed} passed, ${failed} failed, ${result.skipped} skipped`)
process.exit(failed === 0 && result.passed > 0 ? 0 : 1)
