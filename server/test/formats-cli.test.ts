// The command line reads and writes every format: Word, PDF and Akoma Ntoso files go out with `export` and
// `draft export`, and come back in, told by their content, through `import`, `outline`, `lint`, `export` and
// `draft new`.
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { copyFileSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { after, describe, test } from 'node:test'
import { sniffFile } from '../formats/index.ts'
import { aknSkip, scratch, toolSkip, validateAkn } from './external-tools.ts'

const bin = new URL('../../bin/penholder.js', import.meta.url).pathname
const french = new URL('../../schema/test/fixtures/fr_A-RES-71-194.md', import.meta.url).pathname
const work = scratch()
after(() => work.remove())

function penholder(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, ...env },
  })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

const outlineOf = (file: string) => {
  const r = penholder(['outline', file, '--json'])
  assert.equal(r.status, 0, r.stderr)
  return JSON.parse(r.stdout)
}

describe('penholder export to Word, PDF and Akoma Ntoso, and back', () => {
  const expected = outlineOf(french)

  test('a Word file is written with -o, and every reading command reads it back by its content', () => {
    const out = join(work.dir, 'clean.docx')
    const r = penholder(['export', french, '--format', 'docx', '-o', out])
    assert.equal(r.status, 0, r.stderr)
    assert.equal(sniffFile(readFileSync(out)), 'zip')
    // Named .bin: the content, not the name, says it is a Word file.
    const renamed = join(work.dir, 'draft.bin')
    copyFileSync(out, renamed)
    const back = outlineOf(renamed)
    assert.deepEqual(back.counts, expected.counts)
    assert.deepEqual(
      back.clauses.map((c: { opening: string | null }) => c.opening),
      expected.clauses.map((c: { opening: string | null }) => c.opening),
    )
    const lint = penholder(['lint', renamed])
    assert.equal(lint.status, 0, `${lint.stdout}${lint.stderr}`)
    const json = penholder(['import', renamed, '-o', join(work.dir, 'from-word.json')])
    assert.equal(json.status, 0, json.stderr)
    assert.deepEqual(outlineOf(join(work.dir, 'from-word.json')).counts, expected.counts)
  })

  test('a Word file goes to standard output when it is a pipe', () => {
    const r = spawnSync(process.execPath, [bin, 'export', french, '--format', 'docx'], { timeout: 60_000 })
    assert.equal(r.status, 0, String(r.stderr))
    assert.equal(sniffFile(r.stdout), 'zip')
  })

  test('Akoma Ntoso is written, validates, and reads back with the same outline', { skip: aknSkip() }, () => {
    const out = join(work.dir, 'clean.xml')
    const r = penholder(['export', french, '--format', 'akn', '-o', out])
    assert.equal(r.status, 0, r.stderr)
    validateAkn(out)
    assert.deepEqual(outlineOf(out).counts, expected.counts)
    const words = penholder(['export', out, '--format', 'txt'])
    assert.equal(words.stdout, penholder(['export', french, '--format', 'txt']).stdout)
  })

  test('a PDF is printed', { skip: toolSkip('chromium', 'chromium') }, () => {
    const out = join(work.dir, 'clean.pdf')
    const r = penholder(['export', french, '--format', 'pdf', '-o', out])
    assert.equal(r.status, 0, r.stderr)
    assert.equal(sniffFile(readFileSync(out)), 'pdf')
  })

  test('without Chromium a PDF export fails with one line naming the Debian package', () => {
    const r = penholder(['export', french, '--format', 'pdf', '-o', join(work.dir, 'none.pdf')], {
      PENHOLDER_CHROMIUM: '/nonexistent/chromium',
    })
    assert.equal(r.status, 1)
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr)
    assert.match(r.stderr, /apt-get install chromium/)
  })

  test('draft new takes a Word file; draft export writes the stored draft in every format', () => {
    const data = join(work.dir, 'data')
    const docx = join(work.dir, 'clean.docx')
    const created = penholder(['draft', 'new', docx, '--data', data])
    assert.equal(created.status, 0, created.stderr)
    const id = /^draft ([^\s:]+)/m.exec(created.stdout)![1]!
    for (const [format, kind] of [
      ['docx', 'zip'],
      ['akn', 'xml'],
      ['md', 'text'],
    ] as const) {
      const out = join(work.dir, `stored.${format}`)
      const r = penholder(['draft', 'export', id, '--format', format, '-o', out, '--data', data])
      assert.equal(r.status, 0, r.stderr)
      assert.equal(sniffFile(readFileSync(out)), kind)
    }
    assert.deepEqual(outlineOf(join(work.dir, 'stored.docx')).counts, expected.counts)
  })
})
