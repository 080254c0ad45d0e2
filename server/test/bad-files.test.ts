// Every door that takes a resolution refuses every bad file with one clear line, stores nothing, and goes on
// serving: the reading commands of the command line, and the API's preview and new draft.
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { after, before, describe, it } from 'node:test'
import { badFiles } from './bad-files.ts'
import { scratch } from './external-tools.ts'
import { homeToken, tempDir, testServer } from './helpers.ts'

const bin = new URL('../../bin/penholder.js', import.meta.url).pathname
const files = badFiles()

describe('bad files on the command line', () => {
  const work = scratch()
  after(() => work.remove())

  for (const bad of files) {
    it(`${bad.name}: every reading command fails with one line naming the file and the fault`, () => {
      const path = work.file(`${bad.name}.upload`, bad.bytes)
      for (const args of [
        ['import', path],
        ['outline', path],
        ['lint', path],
        ['export', path, '--format', 'txt'],
      ]) {
        const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 60_000 })
        assert.equal(r.status, 1, `${args[0]}: ${r.stderr}`)
        const lines = r.stderr.trim().split('\n')
        assert.equal(lines.length, 1, `${args[0]}: one line, got:\n${r.stderr}`)
        assert.ok(lines[0]!.includes(path), `${args[0]} names the file: ${lines[0]}`)
        assert.match(lines[0]!, bad.says)
        assert.doesNotMatch(r.stderr, /\n\s+at /)
      }
    })
  }

  it('draft new stores nothing from a bad file', () => {
    const data = work.file('data')
    const bad = files.find((f) => f.name === 'zip-bomb')!
    const r = spawnSync(
      process.execPath,
      [bin, 'draft', 'new', work.file('bomb.docx', bad.bytes), '--data', data],
      {
        encoding: 'utf8',
      },
    )
    assert.equal(r.status, 1)
    const list = spawnSync(process.execPath, [bin, 'draft', 'list', '--json', '--data', data], {
      encoding: 'utf8',
    })
    assert.deepEqual(list.status === 0 ? JSON.parse(list.stdout) : [], [])
  })
})

describe('bad files over the API', () => {
  const data = tempDir()
  let server: Awaited<ReturnType<typeof testServer>>
  let home: string
  before(async () => {
    server = await testServer(data.dir)
    home = await homeToken(server)
  })
  after(async () => {
    await server.close()
    data.remove()
  })

  const post = (path: string, body: string) =>
    fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${home}`, 'content-type': 'application/json' },
      body,
    })

  for (const bad of files) {
    it(`${bad.name}: refused with {error, detail}, nothing stored, the server still serving`, async () => {
      const body = JSON.stringify({ data: Buffer.from(bad.bytes).toString('base64') })
      for (const path of ['/api/import/preview', '/api/drafts']) {
        const res = await post(path, body)
        const answer = (await res.json()) as { error: string; detail: string }
        if (bad.name === 'fifty-megabytes') {
          assert.equal(res.status, 413, `${path}: ${answer.detail}`)
          assert.equal(answer.error, 'too-large')
        } else {
          assert.equal(res.status, 422, `${path}: ${answer.detail}`)
          assert.equal(answer.error, 'invalid')
          assert.match(answer.detail, bad.says)
          assert.doesNotMatch(answer.detail, /\n/)
        }
      }
      assert.deepEqual(await server.storage.listDrafts(), [])
      assert.equal((await fetch(`${server.url}/healthz`)).status, 200)
    })
  }

  it('a body that is not base64 says so', async () => {
    const res = await post('/api/import/preview', JSON.stringify({ data: 'not base64!' }))
    assert.equal(res.status, 422)
    assert.match(((await res.json()) as { detail: string }).detail, /"data" is not valid base64/)
  })
})
