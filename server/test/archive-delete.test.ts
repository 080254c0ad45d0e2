// Archiving and deleting a draft (issue 16): over the API and a real socket, and from the command line.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { CLOSE } from '../../schema/index.ts'
import { createDraft } from '../drafts/create.ts'
import { SqliteStorage } from '../storage/index.ts'
import { connect, firstText, sampleDoc, tempDir, testServer, until, upgradeStatus } from './helpers.ts'
import { call, negotiationDraft, penholder } from './record-fixture.ts'

describe('archiving and deleting a draft over the API', () => {
  const data = tempDir()
  let server: Awaited<ReturnType<typeof testServer>>

  before(async () => {
    server = await testServer(data.dir)
  })
  after(async () => {
    await server.close()
    data.remove()
  })

  it('archives a draft: read-only for everyone, read and exported still, and opened again', async () => {
    const draft = await negotiationDraft(server)
    const path = `/api/drafts/${draft.id}`
    const chair = connect(server, draft.id, draft.tokens.chair!)
    await chair.synced
    firstText(chair.fragment)!.insert(0, 'Before ')
    assert.ok(await until(() => chair.provider.synced))

    for (const who of ['egypt', 'press'])
      assert.equal(
        (await call(server, draft.tokens[who]!, `${path}/archive`, { method: 'POST' })).status,
        403,
      )
    const archived = await call(server, draft.tokens.chair!, `${path}/archive`, { method: 'POST' })
    assert.equal(archived.status, 200, JSON.stringify(archived.body))
    assert.ok(!Number.isNaN(Date.parse(archived.body.draft.archived)))
    assert.ok((await server.storage.draft(draft.id))!.archived)
    // The open connection is told at once (its page turns read-only), and a page opened later learns it from /me.
    assert.ok(await until(() => chair.closes.includes(CLOSE.archived)), `closes: ${chair.closes}`)
    chair.destroy()
    const me = await call(server, draft.tokens.press!, `${path}/me`)
    assert.equal(me.body.archived, archived.body.draft.archived)

    // Reads still work: a new connection syncs the text, and the export answers.
    const reader = connect(server, draft.id, draft.tokens.press!)
    await reader.synced
    assert.ok(await until(() => reader.text().includes('Before ')))
    const exported = await call(server, draft.tokens.press!, `${path}/export?format=md`)
    assert.equal(exported.status, 200)
    assert.match(new TextDecoder().decode(exported.bytes), /Before/)

    // A change is refused with the close code, for the facilitator too, and nothing is stored.
    const late = connect(server, draft.id, draft.tokens.chair!)
    await late.synced
    firstText(late.fragment)!.insert(0, 'After ')
    assert.ok(await until(() => late.closes.includes(CLOSE.archived)), `closes: ${late.closes}`)
    late.destroy()
    const stored = await call(server, draft.tokens.chair!, path)
    assert.doesNotMatch(JSON.stringify(stored.body.outline), /After /)
    assert.ok(!reader.text().includes('After '))

    // Nothing is added over the API either.
    const comment = await call(server, draft.tokens.egypt!, `${path}/comments`, {
      method: 'POST',
      body: { clause: 'o1', text: 'Why?' },
    })
    assert.equal(comment.status, 409)
    assert.match(comment.body.detail, /archived/)
    const revision = await call(server, draft.tokens.chair!, `${path}/revisions`, {
      method: 'POST',
      body: {},
    })
    assert.equal(revision.status, 409)
    assert.deepEqual((await server.storage.revisions(draft.id)).length, 0)

    const opened = await call(server, draft.tokens.chair!, `${path}/unarchive`, { method: 'POST' })
    assert.equal(opened.status, 200)
    assert.equal(opened.body.draft.archived, null)
    assert.equal((await call(server, draft.tokens.press!, `${path}/me`)).body.archived, null)
    const again = connect(server, draft.id, draft.tokens.chair!)
    await again.synced
    firstText(again.fragment)!.insert(0, 'Again ')
    assert.ok(await until(() => reader.text().includes('Again ')), 'changes flow again')
    again.destroy()
    reader.destroy()
  })

  it('deletes a draft: its connections are closed, its tokens open nothing, its record is gone', async () => {
    const draft = await negotiationDraft(server)
    const keep = await negotiationDraft(server)
    const path = `/api/drafts/${draft.id}`
    const issued = await call(server, draft.tokens.chair!, `${path}/revisions`, { method: 'POST', body: {} })
    assert.equal(issued.status, 201)
    const comment = await call(server, draft.tokens.egypt!, `${path}/comments`, {
      method: 'POST',
      body: { clause: 'o1', text: 'Why?' },
    })
    assert.equal(comment.status, 201, JSON.stringify(comment.body))
    const egypt = connect(server, draft.id, draft.tokens.egypt!)
    await egypt.synced

    assert.equal((await call(server, draft.tokens.egypt!, path, { method: 'DELETE' })).status, 403)
    assert.equal((await call(server, keep.tokens.chair!, path, { method: 'DELETE' })).status, 403)
    assert.ok(await server.storage.draft(draft.id), 'refused: nothing changed')

    const deleted = await call(server, draft.tokens.chair!, path, { method: 'DELETE' })
    assert.equal(deleted.status, 200, JSON.stringify(deleted.body))
    assert.ok(await until(() => egypt.closes.includes(CLOSE.deleted)), `closes: ${egypt.closes}`)
    egypt.destroy()

    const me = await call(server, draft.tokens.egypt!, `${path}/me`)
    assert.equal(me.status, 410)
    assert.equal(me.body.error, 'draft-deleted')
    assert.match(me.body.detail, /deleted/)
    assert.equal(await upgradeStatus(server, `/collab/${draft.id}?token=${draft.tokens.chair}`), 410)
    assert.equal(await server.storage.draft(draft.id), null)
    assert.deepEqual(await server.storage.revisions(draft.id), [])
    assert.deepEqual(await server.storage.history(draft.id), [])
    assert.deepEqual(await server.storage.comments(draft.id), [])
    assert.deepEqual(await server.storage.invitations(draft.id), [])
    // The other draft is untouched.
    assert.equal((await call(server, keep.tokens.press!, `/api/drafts/${keep.id}`)).status, 200)
  })
})

describe('penholder draft archive | unarchive | delete', () => {
  it('archives, opens and deletes a stored draft; delete asks for --yes', async () => {
    const data = tempDir()
    const storage = new SqliteStorage(data.dir)
    const { id } = await createDraft(storage, sampleDoc())
    await storage.close()
    try {
      const archived = await penholder('draft', 'archive', id, '--data', data.dir)
      assert.equal(archived.status, 0, archived.stderr)
      assert.match((await penholder('draft', 'list', '--data', data.dir)).stdout, /\[archived\]/)
      assert.equal((await penholder('draft', 'unarchive', id, '--data', data.dir)).status, 0)
      assert.doesNotMatch((await penholder('draft', 'list', '--data', data.dir)).stdout, /\[archived\]/)

      const unsure = await penholder('draft', 'delete', id, '--data', data.dir)
      assert.equal(unsure.status, 2)
      assert.match(unsure.stderr, /--yes/)
      assert.match((await penholder('draft', 'list', '--data', data.dir)).stdout, new RegExp(id))
      const sure = await penholder('draft', 'delete', id, '--yes', '--data', data.dir)
      assert.equal(sure.status, 0, sure.stderr)
      assert.equal((await penholder('draft', 'list', '--data', data.dir)).stdout.trim(), 'no drafts')
      const none = await penholder('draft', 'archive', 'nope', '--data', data.dir)
      assert.equal(none.status, 1)
      assert.match(none.stderr, /no draft 'nope'/)
    } finally {
      data.remove()
    }
  })
})
