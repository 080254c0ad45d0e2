// Backup and restore of the whole store from the command line (issue 16), end to end: drafts edited over a socket,
// a revision, a comment; `penholder backup` while the server runs; `penholder restore` into a new data folder and
// into PostgreSQL; a server on the restored store opens the draft with a token from before, with the same text,
// revision and history. A truncated or altered backup is refused and the target is left as it was.
import assert from 'node:assert/strict'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { SHARED } from '../../schema/index.ts'
import { connect, firstText, tempDir, testServer, until } from './helpers.ts'
import { postgresSkip, startPostgres, type TestPostgres } from './postgres.ts'
import { call, negotiationDraft, penholder } from './record-fixture.ts'

describe('penholder backup and restore', () => {
  const folder = tempDir()
  const source = join(folder.dir, 'source')
  const file = join(folder.dir, 'store.backup')
  let draft: Awaited<ReturnType<typeof negotiationDraft>>
  let other: Awaited<ReturnType<typeof negotiationDraft>>
  let text = ''
  let postgres: TestPostgres | null = null

  before(async () => {
    const server = await testServer(source)
    try {
      draft = await negotiationDraft(server)
      other = await negotiationDraft(server, 'A/C.3/71/L.24')
      const chair = connect(server, draft.id, draft.tokens.chair!)
      await chair.synced
      firstText(chair.fragment)!.insert(0, 'Edited over the socket: ')
      const press = connect(server, draft.id, draft.tokens.press!)
      await press.synced
      assert.ok(await until(() => press.text().includes('Edited over the socket')))
      const revision = await call(server, draft.tokens.chair!, `/api/drafts/${draft.id}/revisions`, {
        method: 'POST',
        body: { note: 'Before the backup' },
      })
      assert.equal(revision.status, 201)
      const comment = await call(server, draft.tokens.egypt!, `/api/drafts/${draft.id}/comments`, {
        method: 'POST',
        body: { clause: 'o1', text: 'Kept across a restore?' },
      })
      assert.equal(comment.status, 201)
      // After the revision, so that the log holds updates the last compaction does not.
      firstText(chair.fragment)!.insert(0, 'Then more: ')
      assert.ok(await until(() => press.text().includes('Then more')))
      text = press.text()
      // Backed up while the server runs: it reads one consistent state beside the server's writes.
      const backup = await penholder('backup', file, '--data', source)
      assert.equal(backup.status, 0, backup.stderr)
      assert.match(
        backup.stdout,
        /backed up \d+ settings, 2 drafts, \d+ updates, 8 invitations, 1 revisions, \d+ history, 1 comments/,
      )
      chair.destroy()
      press.destroy()
    } finally {
      await server.close()
    }
  })
  after(async () => {
    await postgres?.stop()
    folder.remove()
  })

  /** Starts a server on the restored store and checks the draft as a delegation's token from before sees it. */
  async function checkRestored(options: { dataDir: string } | { store: string }) {
    const server = await testServer('dataDir' in options ? options.dataDir : folder.dir, options)
    try {
      const egypt = connect(server, draft.id, draft.tokens.egypt!)
      await egypt.synced
      assert.equal(egypt.doc.getXmlFragment(SHARED.document).toString(), text, 'the same text')
      egypt.destroy()
      const revisions = await call(server, draft.tokens.press!, `/api/drafts/${draft.id}/revisions`)
      assert.deepEqual(
        revisions.body.revisions.map((r: { symbol: string; note: string }) => [r.symbol, r.note]),
        [['A/C.3/71/L.23/Rev.1', 'Before the backup']],
      )
      const history = await call(server, draft.tokens.press!, `/api/drafts/${draft.id}/history`)
      assert.ok(
        history.body.history.some((e: { action: string }) => e.action === 'revision.issued'),
        JSON.stringify(history.body),
      )
      const comments = await call(server, draft.tokens.egypt!, `/api/drafts/${draft.id}/comments`)
      assert.equal(comments.body.comments[0].text, 'Kept across a restore?')
      assert.equal((await call(server, other.tokens.chair!, `/api/drafts/${other.id}`)).status, 200)
      // The restored store goes on taking changes.
      const chair = connect(server, draft.id, draft.tokens.chair!)
      await chair.synced
      firstText(chair.fragment)!.insert(0, 'After the restore: ')
      const reader = connect(server, draft.id, draft.tokens.press!)
      await reader.synced
      assert.ok(await until(() => reader.text().includes('After the restore')))
      chair.destroy()
      reader.destroy()
    } finally {
      await server.close()
    }
  }

  it('restores into a new data folder: a token from before opens the same text, revision and history', async () => {
    const target = join(folder.dir, 'restored')
    const restored = await penholder('restore', file, '--data', target)
    assert.equal(restored.status, 0, restored.stderr)
    await checkRestored({ dataDir: target })
    const again = await penholder('restore', file, '--data', target)
    assert.equal(again.status, 1)
    assert.match(again.stderr, /not empty.*--force/)
  })

  it('restores into PostgreSQL, and from there back into SQLite', { skip: postgresSkip() }, async () => {
    postgres = await startPostgres()
    const store = await postgres.database()
    const restored = await penholder('restore', file, '--store', store)
    assert.equal(restored.status, 0, restored.stderr)
    await checkRestored({ store })
    const second = join(folder.dir, 'from-postgres.backup')
    assert.equal((await penholder('backup', second, '--store', store)).status, 0)
    const back = join(folder.dir, 'back')
    assert.equal((await penholder('restore', second, '--data', back)).status, 0)
    const list = await penholder('draft', 'list', '--data', back)
    assert.match(list.stdout, new RegExp(draft.id))
    assert.match(list.stdout, new RegExp(other.id))
  })

  it('refuses a truncated or altered backup with a clear message, leaving the target as it was', async () => {
    const whole = readFileSync(file, 'utf8')
    const target = join(folder.dir, 'untouched')
    const fresh = await penholder('restore', file, '--data', target)
    assert.equal(fresh.status, 0, fresh.stderr)
    const before = (await penholder('draft', 'list', '--data', target)).stdout

    const cases: [string, string, RegExp][] = [
      ['truncated-line', whole.slice(0, Math.floor(whole.length / 2)), /truncated/],
      ['truncated-at-line', whole.split('\n').slice(0, 4).join('\n'), /truncated/],
      ['altered', whole.replace('Kept across a restore?', 'Changed after the backup'), /altered/],
      ['not-a-backup', '{"hello":1}\n', /not a penholder backup/],
      ['empty', '', /empty/],
    ]
    for (const [name, content, message] of cases) {
      const bad = join(folder.dir, `${name}.backup`)
      writeFileSync(bad, content)
      const refused = await penholder('restore', bad, '--data', target, '--force')
      assert.equal(refused.status, 1, `${name}: ${refused.stderr}`)
      assert.match(refused.stderr, message, name)
      assert.match(refused.stderr, /nothing was restored/, name)
      assert.equal((await penholder('draft', 'list', '--data', target)).stdout, before, `${name}: untouched`)
    }
    const missing = await penholder(
      'restore',
      join(folder.dir, 'nope.backup'),
      '--data',
      join(folder.dir, 'n'),
    )
    assert.match(missing.stderr, /no such file/)
  })
})
