import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Node } from 'prosemirror-model'
import type { Transform } from 'prosemirror-transform'
import { schema } from '../../schema/index.ts'
import { clauseAt, EditingClient, pmDoc, storedSnapshot } from './amendments-fixture.ts'
import { connect, draftWithTokens, eventually, tempDir, testServer, until } from './helpers.ts'
import { call, negotiationDraft } from './record-fixture.ts'

/** The text of the symbol line of a draft's header. */
function symbolOf(doc: Node): string {
  let symbol = ''
  doc.descendants((node) => {
    if (node.type.name === 'header_field' && node.attrs.name === 'symbol') symbol = node.textContent
    return node.type.name === 'doc' || node.type.name === 'header'
  })
  return symbol
}

/** Replaces the words of operative paragraph `id` with `text`, as the facilitator's editor would. */
function retype(client: EditingClient, id: string, text: string): void {
  client.edit((tr: Transform) => {
    const { pos, node } = clauseAt(tr.doc, id)
    const para = node.firstChild!
    tr.replaceWith(pos + 2, pos + 2 + para.content.size, schema.text(text))
  })
}

describe('revisions', () => {
  const data = tempDir()
  let server: Awaited<ReturnType<typeof testServer>>
  let draft: Awaited<ReturnType<typeof negotiationDraft>>

  before(async () => {
    server = await testServer(data.dir)
    draft = await negotiationDraft(server)
  })
  after(async () => {
    await server.close()
    data.remove()
  })

  it('issues Rev.1 and Rev.2: the symbol moves on for everyone connected, and each revision is listed', async () => {
    const press = connect(server, draft.id, draft.tokens.press!)
    await press.synced
    const first = await call(server, draft.tokens.chair!, `/api/drafts/${draft.id}/revisions`, {
      method: 'POST',
      body: { note: 'After the first reading' },
    })
    assert.equal(first.status, 201, JSON.stringify(first.body))
    assert.equal(first.body.revision, 1)
    assert.equal(first.body.symbol, 'A/C.3/71/L.23/Rev.1')
    assert.ok(!Number.isNaN(Date.parse(first.body.date)))
    assert.ok(await until(() => symbolOf(pmDoc(press.doc)) === 'A/C.3/71/L.23/Rev.1'))

    const second = await call(server, draft.tokens.chair!, `/api/drafts/${draft.id}/revisions`, {
      method: 'POST',
      body: { note: 'After the informals' },
    })
    assert.equal(second.body.symbol, 'A/C.3/71/L.23/Rev.2')
    assert.ok(await until(() => symbolOf(pmDoc(press.doc)) === 'A/C.3/71/L.23/Rev.2'))
    press.destroy()

    const list = await call(server, draft.tokens.press!, `/api/drafts/${draft.id}/revisions`)
    assert.equal(list.status, 200)
    assert.deepEqual(
      list.body.revisions.map((r: { revision: number; symbol: string; note: string; by: string }) => [
        r.revision,
        r.symbol,
        r.note,
        r.by,
      ]),
      [
        [1, 'A/C.3/71/L.23/Rev.1', 'After the first reading', 'Facilitator'],
        [2, 'A/C.3/71/L.23/Rev.2', 'After the informals', 'Facilitator'],
      ],
    )
  })

  it('refuses a delegation and an observer with 403, and nothing changes', async () => {
    const revisions = await server.storage.revisions(draft.id)
    const state = await storedSnapshot(server, draft.id)
    for (const who of ['egypt', 'press']) {
      const answer = await call(server, draft.tokens[who]!, `/api/drafts/${draft.id}/revisions`, {
        method: 'POST',
        body: { note: 'mine' },
      })
      assert.equal(answer.status, 403)
      assert.equal(answer.body.error, 'forbidden')
      assert.match(answer.body.detail, /facilitator/)
    }
    assert.deepEqual(await server.storage.revisions(draft.id), revisions)
    assert.equal(await storedSnapshot(server, draft.id), state)
  })

  it('opens and exports a past revision as it was issued, not as the draft is now', async () => {
    const chair = new EditingClient(server, draft.id, draft.tokens.chair!, 'Facilitator')
    await chair.client.synced
    retype(chair, 'o2', 'Calls upon all States to cooperate fully;')
    assert.ok(
      await eventually(async () =>
        (await storedSnapshot(server, draft.id)).includes('Calls upon all States to cooperate fully;'),
      ),
    )
    chair.client.destroy()

    const opened = await call(server, draft.tokens.egypt!, `/api/drafts/${draft.id}/revisions/1`)
    assert.equal(opened.status, 200)
    assert.equal(opened.body.revision.symbol, 'A/C.3/71/L.23/Rev.1')
    assert.equal(
      schema.nodeFromJSON(opened.body.doc).textContent.includes('Calls upon States to cooperate;'),
      true,
    )

    const txt = await call(
      server,
      draft.tokens.press!,
      `/api/drafts/${draft.id}/revisions/1/export?format=txt`,
    )
    assert.equal(txt.status, 200)
    assert.match(txt.body, /A\/C\.3\/71\/L\.23\/Rev\.1/)
    assert.match(txt.body, /Calls upon States to cooperate;/)
    assert.doesNotMatch(txt.body, /cooperate fully/)
    assert.match(txt.headers.get('content-disposition')!, /Rev\.1_clean\.txt/)

    for (const format of ['docx', 'akn', 'md', 'html']) {
      const file = await call(
        server,
        draft.tokens.press!,
        `/api/drafts/${draft.id}/revisions/2/export?format=${format}&view=compilation`,
      )
      assert.equal(file.status, 200, `${format}: ${file.status} ${JSON.stringify(file.body)}`)
      assert.ok(file.bytes.length > 100, format)
    }
    const now = await call(server, draft.tokens.press!, `/api/drafts/${draft.id}/export?format=txt`)
    assert.match(now.body, /cooperate fully/)
  })

  it('answers 404 for a revision that does not exist and 400 for one that is no number', async () => {
    const none = await call(server, draft.tokens.press!, `/api/drafts/${draft.id}/revisions/9`)
    assert.equal(none.status, 404)
    assert.match(none.body.detail, /no revision 9/)
    const word = await call(
      server,
      draft.tokens.press!,
      `/api/drafts/${draft.id}/revisions/first/export?format=md`,
    )
    assert.equal(word.status, 400)
    const other = await call(server, draft.tokens.press!, '/api/drafts/nope/revisions')
    assert.ok(other.status === 403 || other.status === 404)
  })

  it('numbers the revisions of a draft without a symbol and leaves it without one', async () => {
    const bare = await draftWithTokens(server, { chair: ['Facilitator', 'chair'] })
    const answer = await call(server, bare.tokens.chair!, `/api/drafts/${bare.id}/revisions`, {
      method: 'POST',
      body: { note: '' },
    })
    assert.equal(answer.status, 201)
    assert.deepEqual([answer.body.revision, answer.body.symbol], [1, ''])
    const opened = await call(server, bare.tokens.chair!, `/api/drafts/${bare.id}/revisions/1`)
    assert.equal(symbolOf(schema.nodeFromJSON(opened.body.doc)), '')
  })

  it('follows a symbol that already carries /Rev.2 with Rev.3', async () => {
    const rev2 = await negotiationDraft(server, 'A/HRC/55/L.4/Rev.2')
    const answer = await call(server, rev2.tokens.chair!, `/api/drafts/${rev2.id}/revisions`, {
      method: 'POST',
      body: {},
    })
    assert.deepEqual([answer.body.revision, answer.body.symbol], [3, 'A/HRC/55/L.4/Rev.3'])
  })
})

describe('revisions kept through compaction and restarts', () => {
  const data = tempDir()
  after(() => data.remove())

  it('keeps every revision, unchanged, after the log is compacted and the server restarted', async () => {
    let server = await testServer(data.dir, { compactEvery: 2 })
    const draft = await negotiationDraft(server)
    await call(server, draft.tokens.chair!, `/api/drafts/${draft.id}/revisions`, {
      method: 'POST',
      body: { note: 'one' },
    })
    const chair = new EditingClient(server, draft.id, draft.tokens.chair!, 'Facilitator')
    await chair.client.synced
    for (let i = 0; i < 5; i++) retype(chair, 'o3', `Requests the Secretary-General to report ${i};`)
    assert.ok(await eventually(async () => (await storedSnapshot(server, draft.id)).includes('report 4;')))
    chair.client.destroy()
    assert.ok(
      await eventually(async () => server.log.lines.filter((l) => l.startsWith('room.compact')).length > 1),
    )
    const exported = await call(
      server,
      draft.tokens.press!,
      `/api/drafts/${draft.id}/revisions/1/export?format=md`,
    )
    const stored = await server.storage.revision(draft.id, 1)
    await server.close()

    server = await testServer(data.dir, { compactEvery: 2 })
    try {
      assert.deepEqual(await server.storage.revision(draft.id, 1), stored)
      const again = await call(
        server,
        draft.tokens.press!,
        `/api/drafts/${draft.id}/revisions/1/export?format=md`,
      )
      assert.equal(again.body, exported.body)
      assert.match(again.body, /Requests the Secretary-General to report;/)
      const next = await call(server, draft.tokens.chair!, `/api/drafts/${draft.id}/revisions`, {
        method: 'POST',
        body: { note: 'two' },
      })
      assert.deepEqual([next.body.revision, next.body.symbol], [2, 'A/C.3/71/L.23/Rev.2'])
      const current = await call(server, draft.tokens.press!, `/api/drafts/${draft.id}/export?format=md`)
      assert.match(current.body, /report 4;/)
    } finally {
      await server.close()
    }
  })
})
