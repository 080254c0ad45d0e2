// The server on PostgreSQL, as on SQLite: every accepted update is stored before another client sees it, a room
// unloads into one snapshot, refusals store nothing; and two servers on one database share the signing secret
// and the invitations, so a link issued by one opens the draft on the other and a revocation holds on both; the
// comments written through one are read through the other.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { CLOSE, SHARED } from '../../schema/index.ts'
import { draftDocFromStore } from '../drafts/ydoc.ts'
import type { RunningServer } from '../index.ts'
import {
  connect,
  draftWithTokens,
  firstText,
  rawClient,
  sleep,
  tempDir,
  testServer,
  until,
  updateMessage,
} from './helpers.ts'
import { postgresSkip, startPostgres, type TestPostgres } from './postgres.ts'

/** The text of a draft as stored (compacted state plus log), read without the server. */
async function storedText(server: RunningServer, id: string): Promise<string> {
  const stored = await server.storage.loadDraft(id)
  return draftDocFromStore(stored!).getXmlFragment(SHARED.document).toString()
}

describe('the server on PostgreSQL', { skip: postgresSkip() }, () => {
  const folder = tempDir()
  let postgres: TestPostgres
  let store: string
  let a: Awaited<ReturnType<typeof testServer>>
  let b: Awaited<ReturnType<typeof testServer>>

  before(async () => {
    postgres = await startPostgres()
    store = await postgres.database()
    // Two processes on one database, started together on its empty schema.
    ;[a, b] = await Promise.all([testServer(folder.dir, { store }), testServer(folder.dir, { store })])
  })
  after(async () => {
    await a?.close()
    await b?.close()
    await postgres?.stop()
    folder.remove()
  })

  it('logs where its drafts are with the password masked', () => {
    assert.ok(a.log.has('start', '"store":"postgres://postgres:***@127.0.0.1:'))
    assert.ok(!a.log.lines.some((l) => l.includes(postgres.password)))
  })

  it('stores every forwarded update before another client sees it, and unloads the room into one snapshot', async () => {
    const draft = await draftWithTokens(a, { chair: ['Chair', 'chair'] })
    const writer = connect(a, draft.id, draft.tokens.chair!)
    const reader = connect(a, draft.id, draft.tokens.chair!)
    await Promise.all([writer.synced, reader.synced])
    const checks: Promise<string[]>[] = []
    reader.doc.on('update', () => {
      // Runs when the forwarded update arrives; the store must already hold it.
      const marks = reader.text().match(/K\d+/g) ?? []
      checks.push(storedText(a, draft.id).then((stored) => marks.filter((m) => !stored.includes(m))))
    })
    for (let i = 0; i < 20; i++) {
      firstText(writer.fragment)!.insert(0, `K${i} `)
      await sleep(5)
    }
    assert.ok(await until(() => reader.text().includes('K19')))
    assert.deepEqual((await Promise.all(checks)).flat(), [], 'seen by a client before it was stored')
    writer.destroy()
    reader.destroy()
    assert.ok(await until(() => a.log.has('room.unload', draft.id)))
    const stored = (await a.storage.loadDraft(draft.id))!
    assert.equal(stored.updates.length, 0)
    assert.match(draftDocFromStore(stored).getXmlFragment(SHARED.document).toString(), /K19 .*K0 /)
  })

  it("refuses an observer's crafted update: not forwarded or stored", async () => {
    const draft = await draftWithTokens(a, { chair: ['Chair', 'chair'], observer: ['Press', 'observer'] })
    const chair = connect(a, draft.id, draft.tokens.chair!)
    await chair.synced
    const observer = await rawClient(a, draft.id, draft.tokens.observer!)
    let update: Uint8Array | null = null
    observer.doc.once('update', (u: Uint8Array) => {
      update = u
    })
    firstText(observer.doc.getXmlFragment(SHARED.document))!.insert(0, 'OBSERVED ')
    observer.send(updateMessage(update!))
    assert.equal((await observer.closed).code, CLOSE.forbidden)
    await sleep(100)
    assert.doesNotMatch(chair.text(), /OBSERVED/)
    assert.doesNotMatch(await storedText(a, draft.id), /OBSERVED/)
    chair.destroy()
  })

  it('opens on one server a draft with a link issued by the other, and a revocation on one holds on both', async () => {
    const draft = await draftWithTokens(a, { chair: ['Chair', 'chair'], france: ['France', 'delegate'] })
    const api = (server: RunningServer, path: string, token: string, method = 'GET') =>
      fetch(`${server.url}${path}`, { method, headers: { authorization: `Bearer ${token}` } })
    assert.equal((await api(b, `/api/drafts/${draft.id}`, draft.tokens.france!)).status, 200)

    // Typed through A, read through B once A's room has unloaded into the store.
    const onA = connect(a, draft.id, draft.tokens.chair!)
    await onA.synced
    firstText(onA.fragment)!.insert(0, 'Typed on A ')
    await sleep(100)
    onA.destroy()
    assert.ok(await until(() => a.log.has('room.unload', draft.id)))
    const onB = connect(b, draft.id, draft.tokens.france!)
    await onB.synced
    assert.match(onB.text(), /Typed on A/)
    onB.destroy()

    const listed = await (await api(b, `/api/drafts/${draft.id}/invitations`, draft.tokens.chair!)).json()
    const france = (listed as { invitations: { id: string; delegation: string }[] }).invitations.find(
      (i) => i.delegation === 'France',
    )!
    const revoked = await api(
      b,
      `/api/drafts/${draft.id}/invitations/${france.id}`,
      draft.tokens.chair!,
      'DELETE',
    )
    assert.ok(revoked.ok, `revoking through B: ${revoked.status}`)
    assert.equal((await api(a, `/api/drafts/${draft.id}`, draft.tokens.france!)).status, 401)
    assert.equal((await api(b, `/api/drafts/${draft.id}`, draft.tokens.france!)).status, 401)
  })

  it('lists on one server the comments written through the other, each to those who may read it', async () => {
    const draft = await draftWithTokens(a, { chair: ['Chair', 'chair'], egypt: ['Egypt', 'delegate'] })
    const post = (token: string, body: unknown) =>
      fetch(`${a.url}/api/drafts/${draft.id}/comments`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      })
    assert.equal((await post(draft.tokens.egypt!, { clause: 'cop1', text: 'Why "act"?' })).status, 201)
    const note = { clause: 'cop2', text: 'For the facilitator only.', visibility: 'chair' }
    assert.equal((await post(draft.tokens.chair!, note)).status, 201)
    const texts = async (token: string) => {
      const res = await fetch(`${b.url}/api/drafts/${draft.id}/comments`, {
        headers: { authorization: `Bearer ${token}` },
      })
      return ((await res.json()) as { comments: { text: string }[] }).comments.map((c) => c.text)
    }
    assert.deepEqual(await texts(draft.tokens.chair!), ['Why "act"?', 'For the facilitator only.'])
    assert.deepEqual(await texts(draft.tokens.egypt!), ['Why "act"?'])
  })

  it('reloads a draft after a restart of the server from the database alone', async () => {
    const draft = await draftWithTokens(b, { chair: ['Chair', 'chair'] })
    const client = connect(b, draft.id, draft.tokens.chair!)
    await client.synced
    firstText(client.fragment)!.insert(0, 'Before the restart ')
    // Stored (not compacted: the room stays loaded) before the server stops.
    assert.ok(await until(() => client.text().includes('Before the restart')))
    await sleep(100)
    const stored = (await b.storage.loadDraft(draft.id))!
    assert.ok(stored.updates.length > 0, 'the update is in the log')
    await b.close()
    client.destroy()
    b = await testServer(folder.dir, { store })
    const again = connect(b, draft.id, draft.tokens.chair!)
    await again.synced
    assert.match(again.text(), /Before the restart/)
    again.destroy()
  })
})
