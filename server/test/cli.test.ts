import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, test } from 'node:test'

const bin = new URL('../../bin/penholder.js', import.meta.url).pathname
const fixture = (name: string) => new URL(`../../schema/test/fixtures/${name}`, import.meta.url).pathname
const french = fixture('fr_A-RES-71-194.md')
const english = fixture('en_A-RES-ES-11-1.txt')
const dir = mkdtempSync(join(tmpdir(), 'penholder-cli-'))
after(() => rmSync(dir, { recursive: true, force: true }))

// Without the machine's locale, so that lint speaks English whatever LANG the tests run under.
const env = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => !['LC_ALL', 'LC_MESSAGES', 'LANG'].includes(name)),
)

function penholder(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 60000, env })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

/** Asserts a command failed the way a user should see it: non-zero, one line naming the problem, no stack. */
function assertCleanFailure(r: ReturnType<typeof penholder>, pattern: RegExp) {
  assert.notEqual(r.status, 0)
  const lines = r.stderr.trim().split('\n')
  assert.equal(lines.length, 1, `expected one line of error, got:\n${r.stderr}`)
  assert.match(lines[0]!, pattern)
  assert.doesNotMatch(r.stderr, /\n\s+at |Error:/, 'no stack trace')
}

describe('penholder outline', () => {
  test('--json prints exactly one JSON object with the structure of the French sample', () => {
    const r = penholder('outline', french, '--json')
    assert.equal(r.status, 0, r.stderr)
    const o = JSON.parse(r.stdout)
    assert.deepEqual(Object.keys(o).sort(), [
      'clauses',
      'counts',
      'lang',
      'organ',
      'sponsors',
      'symbol',
      'title',
    ])
    assert.deepEqual(o.sponsors, [], 'an adopted resolution has no sponsor line')
    assert.equal(o.lang, 'fr')
    assert.equal(o.organ, 'ga')
    assert.deepEqual(o.counts, { preambular: 12, operative: 15, subparagraphs: 0, footnotes: 5 })
    assert.equal(o.clauses[0].kind, 'preambular')
    assert.equal(o.clauses[0].number, null)
    assert.equal(o.clauses[0].opening, 'Réaffirmant sa volonté')
    const op12 = o.clauses.find(
      (c: { kind: string; number: number }) => c.kind === 'operative' && c.number === 12,
    )
    assert.equal(op12.opening, 'Demande instamment')
    assert.ok(o.clauses.every((c: { text: string }) => c.text.length <= 80))
  })

  test('reads text extracted from the official PDF', () => {
    const o = JSON.parse(penholder('outline', english, '--json').stdout)
    assert.deepEqual(o.counts, { preambular: 18, operative: 16, subparagraphs: 0, footnotes: 3 })
    assert.equal(o.clauses.at(-1).opening, 'Decides')
  })
})

describe('penholder lint', () => {
  test('the samples lint clean', () => {
    for (const file of [french, english]) {
      const r = penholder('lint', file)
      assert.equal(r.status, 0, `${file}:\n${r.stdout}${r.stderr}`)
    }
  })

  test('an error gives exit status 1 and names the clause as a delegate would', () => {
    const file = join(dir, 'bad.txt')
    writeFileSync(
      file,
      [
        'The General Assembly,',
        'Recalling its resolution 70/1,',
        '1. Noting the report of the Secretary-General;',
        '2. Decides to remain seized of the matter.',
      ].join('\n\n'),
    )
    const r = penholder('lint', file)
    assert.equal(r.status, 1)
    assert.match(r.stdout, /operative paragraph 1: error: .*Noting/)
  })
})

describe('penholder export', () => {
  test('Markdown export imports back to the same outline', () => {
    const md = join(dir, 'out.md')
    assert.equal(penholder('export', french, '--format', 'md', '-o', md).status, 0)
    assert.deepEqual(
      JSON.parse(penholder('outline', md, '--json').stdout),
      JSON.parse(penholder('outline', french, '--json').stdout),
    )
  })

  test('text export is laid out with numbers and footnotes at the end', () => {
    const r = penholder('export', english, '--format', 'txt')
    assert.equal(r.status, 0, r.stderr)
    assert.match(r.stdout, /^\s*16\.\s+Decides to adjourn/m)
    const notes = r.stdout.lastIndexOf('Ibid., vol. 1125, No. 17512.')
    assert.ok(notes > r.stdout.lastIndexOf('Decides to adjourn'), 'footnotes come after the text')
  })

  test('HTML export is a standalone page in the language of the draft', () => {
    const r = penholder('export', french, '--format', 'html')
    assert.equal(r.status, 0, r.stderr)
    assert.match(r.stdout, /<html[^>]* lang="fr"/)
    assert.match(r.stdout, /@media print/)
  })

  test('import writes a draft JSON that the other commands read', () => {
    const json = join(dir, 'draft.json')
    assert.equal(penholder('import', english, '-o', json).status, 0)
    assert.equal(JSON.parse(readFileSync(json, 'utf8')).type, 'doc')
    assert.equal(JSON.parse(penholder('outline', json, '--json').stdout).counts.operative, 16)
  })
})

describe('bad input gets one line that says what and where', () => {
  const write = (name: string, data: string | Buffer) => {
    const path = join(dir, name)
    writeFileSync(path, data)
    return path
  }
  test('an empty file', () =>
    assertCleanFailure(penholder('import', write('empty.md', '')), /empty\.md: .*empty/i))
  test('a binary file', () =>
    assertCleanFailure(
      penholder('import', write('bin.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2]))),
      /bin\.md: .*binary/i,
    ))
  test('a 50 MB file', () =>
    assertCleanFailure(
      penholder('import', write('big.txt', Buffer.alloc(50 * 1024 * 1024, 'a'))),
      /big\.txt: .*50\.0 MB/,
    ))
  test('invalid UTF-8', () =>
    assertCleanFailure(
      penholder('import', write('latin1.txt', Buffer.from('Rappelant la r\xe9solution', 'latin1'))),
      /latin1\.txt: .*UTF-8.*byte \d+/,
    ))
  test('a text with no resolution structure', () =>
    assertCleanFailure(
      penholder('import', write('prose.txt', 'Dear colleagues, lunch is at noon.\n')),
      /prose\.txt: /,
    ))
  test('a draft JSON that the schema rejects', () =>
    assertCleanFailure(
      penholder('outline', write('bad.json', JSON.stringify({ type: 'doc', content: [{ type: 'banner' }] }))),
      /bad\.json: doc\.content\[0\] \(banner\)/,
    ))
  test('a file that does not exist', () =>
    assertCleanFailure(penholder('outline', join(dir, 'nope.md')), /nope\.md: no such file/))
  test('an unknown format', () =>
    assertCleanFailure(penholder('export', french, '--format', 'docz'), /--format must be one of/))
})
