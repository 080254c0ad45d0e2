// The server's bounds, tried as an attacker would over real sockets: a draft's maximum size, connections per
// process, draft and token, the facilitator's records and sponsor entries held to the same shape as everyone's,
// and a too-large HTTP body that closes its connection cleanly.
import assert from 'node:assert/strict'
import { Agent, request } from 'node:http'
import { after, before, describe, it } from 'node:test'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { CLOSE, SHARED } from '../../schema/index.ts'
import { draftDocFromStore } from '../drafts/ydoc.ts'
import type { RunningServer } from '../index.ts'
import { writeRecord } from '../model/index.ts'
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

/** The text of a draft as stored (compacted state plus log), read without the server. */
async function stored(server: RunningServer, id: string): Promise<Y.Doc> {
  return draftDocFromStore((await server.storage.loadDraft(id))!)
}

/** The update a change makes on a replica, made on the replica itself. */
function updateOf(doc: Y.Doc, change: () => void): Uint8Array {
  const updates: Uint8Array[] = []
  const keep = (u: Uint8Array) => updates.push(u)
  doc.on('update', keep)
  doc.transact(change)
  doc.off('update', keep)
  return Y.mergeUpdates(updates)
}

/** How a raw client's connection closed, or code 0 if it is still open after 5 s (so a test fails, not hangs). */
const closeOf = (client: { closed: Promise<{ code: number; reason: string }> }) =>
  Promise.race([client.closed, sleep(5000).then(() => ({ code: 0, reason: 'still open after 5 s' }))])

/** What a WebSocket upgrade gets: 'open' (then closed again), or the HTTP status and JSON body of a refusal. */
function upgrade(server: { url: string }, id: string, token: string) {
  return new Promise<{ status: number | 'open'; body: { error?: string; detail?: string }; ws?: WebSocket }>(
    (resolve) => {
      const ws = new WebSocket(
        `${server.url.replace('http', 'ws')}/collab/${id}?token=${encodeURIComponent(token)}`,
      )
      ws.on('unexpected-response', (_req, res) => {
        let text = ''
        res.on('data', (chunk: Buffer) => (text += chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }))
        ws.on('error', () => {})
      })
      ws.on('open', () => resolve({ status: 'open', body: {}, ws }))
      ws.on('error', () => {})
    },
  )
}

describe("a draft's maximum size", () => {
  const data = tempDir()
  let server: Awaited<ReturnType<typeof testServer>>
  let draft: Awaited<ReturnType<typeof draftWithTokens>>
  before(async () => {
    server = await testServer(data.dir, { limits: { maxDraftBytes: 256 * 1024 } })
    draft = await draftWithTokens(server, { chair: ['Chair', 'chair'], observer: ['Press', 'observer'] })
  })
  after(async () => {
    await server.close()
    data.remove()
  })

  it('takes updates up to it, and refuses the one that would pass it with CLOSE.draftTooLarge, storing nothing', async () => {
    const reader = connect(server, draft.id, draft.tokens.observer!)
    const writer = await rawClient(server, draft.id, draft.tokens.chair!)
    await reader.synced
    const text = () => firstText(writer.doc.getXmlFragment(SHARED.document))!

    // 100 KB of typing is accepted and reaches the reader.
    writer.send(updateMessage(updateOf(writer.doc, () => text().insert(0, `‹first›${'a'.repeat(100_000)}`))))
    assert.ok(await until(() => reader.text().includes('‹first›'), 5000), 'the first 100 KB arrive')

    // 200 KB more (plain typing, the facilitator's fast path) would pass 256 KB.
    writer.send(updateMessage(updateOf(writer.doc, () => text().insert(0, `‹second›${'b'.repeat(200_000)}`))))
    const closed = await closeOf(writer)
    assert.equal(closed.code, CLOSE.draftTooLarge)
    assert.match(closed.reason, /maximum of 256 KB/)
    await sleep(200)
    assert.doesNotMatch(reader.text(), /‹second›/, 'the refused update is not forwarded')
    const kept = (await stored(server, draft.id)).getXmlFragment(SHARED.document).toString()
    assert.match(kept, /‹first›/)
    assert.doesNotMatch(kept, /‹second›/, 'nor stored')
    assert.deepEqual(reader.closes, [], 'the reader stays connected')
    reader.destroy()
  })

  it('refuses the same past it for an update that goes through the checks (a new paragraph)', async () => {
    const writer = await rawClient(server, draft.id, draft.tokens.chair!)
    const fragment = writer.doc.getXmlFragment(SHARED.document)
    const part = fragment.toArray().find((n) => n instanceof Y.XmlElement && n.nodeName === 'operative_part')
    assert.ok(part instanceof Y.XmlElement)
    const paragraph = updateOf(writer.doc, () => {
      const clause = new Y.XmlElement('operative')
      clause.setAttribute('id', 'big')
      const para = new Y.XmlElement('para')
      para.insert(0, [new Y.XmlText(`‹third›${'c'.repeat(200_000)}`)])
      clause.insert(0, [para])
      part.insert(part.length, [clause])
    })
    writer.send(updateMessage(paragraph))
    assert.equal((await closeOf(writer)).code, CLOSE.draftTooLarge)
    // A small edit still goes through: the draft is not closed to change.
    const fine = connect(server, draft.id, draft.tokens.chair!)
    await fine.synced
    assert.doesNotMatch(fine.text(), /‹third›/)
    firstText(fine.fragment)!.insert(0, '‹small›')
    const other = await rawClient(server, draft.id, draft.tokens.observer!)
    assert.ok(await until(() => other.doc.getXmlFragment(SHARED.document).toString().includes('‹small›')))
    assert.deepEqual(fine.closes, [])
    fine.destroy()
    other.ws.close()
  })
})

describe('connections per process, draft and token', () => {
  const data = tempDir()
  let server: Awaited<ReturnType<typeof testServer>>
  before(async () => {
    server = await testServer(data.dir, {
      limits: { maxConnections: 5, maxConnectionsPerDraft: 3, maxConnectionsPerToken: 2 },
    })
  })
  after(async () => {
    await server.close()
    data.remove()
  })

  it('are refused at the upgrade past each limit (429 for a token, 503 for a draft or the process), with a JSON reason, and counted again once closed', async () => {
    const one = await draftWithTokens(server, {
      a: ['France', 'delegate'],
      b: ['Brazil', 'delegate'],
      c: ['Chair', 'chair'],
    })
    const two = await draftWithTokens(server, { d: ['Egypt', 'delegate'] })
    const open: WebSocket[] = []
    const expectOpen = async (id: string, token: string) => {
      const answer = await upgrade(server, id, token)
      assert.equal(answer.status, 'open')
      open.push(answer.ws!)
      return answer.ws!
    }
    const firstOfA = await expectOpen(one.id, one.tokens.a!)
    await expectOpen(one.id, one.tokens.a!)
    const third = await upgrade(server, one.id, one.tokens.a!)
    assert.equal(third.status, 429)
    assert.equal(third.body.error, 'too-many-connections')
    assert.match(third.body.detail!, /maximum of 2 connections/)

    await expectOpen(one.id, one.tokens.b!)
    const fourth = await upgrade(server, one.id, one.tokens.c!)
    assert.equal(fourth.status, 503)
    assert.match(fourth.body.detail!, /has its maximum of 3 connections/)

    await expectOpen(two.id, two.tokens.d!)
    await expectOpen(two.id, two.tokens.d!)
    const sixth = await upgrade(server, two.id, one.tokens.c!)
    assert.equal(sixth.status, 503)
    assert.match(sixth.body.detail!, /the server holds its maximum of 5 connections/)

    // A connection that closes gives its place back.
    const gone = new Promise((resolve) => firstOfA.once('close', resolve))
    firstOfA.close()
    await gone
    await sleep(100)
    const again = await upgrade(server, one.id, one.tokens.a!)
    assert.equal(again.status, 'open')
    for (const ws of [...open, again.ws!]) ws.terminate()
  })
})

describe("the facilitator's records and sponsor entries", () => {
  const data = tempDir()
  let server: Awaited<ReturnType<typeof testServer>>
  let draft: Awaited<ReturnType<typeof draftWithTokens>>
  before(async () => {
    server = await testServer(data.dir)
    draft = await draftWithTokens(server, { chair: ['Chair', 'chair'], france: ['France', 'delegate'] })
  })
  after(async () => {
    await server.close()
    data.remove()
  })

  // Records by the facilitator's policy (CLOSE.forbidden); sponsor entries by the validation, for every role.
  for (const [what, change, code, reason] of [
    [
      'a record that is one number (amendments.bad = 42)',
      (doc: Y.Doc) => doc.getMap(SHARED.amendments).set('bad', 42),
      CLOSE.forbidden,
      /the facilitator: amendments\.bad/,
    ],
    [
      'a record whose fields are not a record',
      (doc: Y.Doc) => doc.getMap(SHARED.amendments).set('odd', new Y.Map([['status', 'whatever']])),
      CLOSE.forbidden,
      /the facilitator: amendments\.odd/,
    ],
    [
      'a sponsor entry that is a string',
      (doc: Y.Doc) => doc.getMap(SHARED.sponsors).set('Brazil', 'yes'),
      CLOSE.invalidDocument,
      /sponsors\.Brazil/,
    ],
  ] as const) {
    it(`refuses ${what}: closed with code ${code}, not forwarded or stored`, async () => {
      const watcher = connect(server, draft.id, draft.tokens.france!)
      await watcher.synced
      const chair = await rawClient(server, draft.id, draft.tokens.chair!)
      chair.send(updateMessage(updateOf(chair.doc, () => change(chair.doc))))
      const closed = await closeOf(chair)
      assert.equal(closed.code, code)
      assert.match(closed.reason, reason)
      await sleep(200)
      const kept = await stored(server, draft.id)
      for (const doc of [watcher.doc, kept]) {
        assert.equal(doc.getMap(SHARED.amendments).size, 0)
        assert.equal(doc.getMap(SHARED.sponsors).size, 0)
      }
      watcher.destroy()
    })
  }

  it('accepts a well-formed record and any delegation’s sponsor entry from her', async () => {
    const watcher = connect(server, draft.id, draft.tokens.france!)
    await watcher.synced
    const chair = await rawClient(server, draft.id, draft.tokens.chair!)
    const now = Date.now()
    chair.send(
      updateMessage(
        updateOf(chair.doc, () => {
          writeRecord(chair.doc.getMap(SHARED.amendments), {
            id: 'a1',
            delegation: 'France',
            clause: 'cop1',
            kind: 'replace-words',
            status: 'accepted',
            rationale: '',
            supporters: [],
            created: now,
            updated: now,
          })
          chair.doc.getMap(SHARED.sponsors).set('Brazil', { since: now })
        }),
      ),
    )
    assert.ok(await until(() => watcher.doc.getMap(SHARED.sponsors).has('Brazil')))
    assert.ok(watcher.doc.getMap(SHARED.amendments).has('a1'))
    assert.equal(chair.ws.readyState, WebSocket.OPEN)
    chair.ws.close()
    watcher.destroy()
  })
})

describe('a request body over the limit', () => {
  const data = tempDir()
  let server: Awaited<ReturnType<typeof testServer>>
  let draft: Awaited<ReturnType<typeof draftWithTokens>>
  before(async () => {
    server = await testServer(data.dir)
    draft = await draftWithTokens(server, { chair: ['Chair', 'chair'] })
  })
  after(async () => {
    await server.close()
    data.remove()
  })

  /** A request through `agent`; fails after 5 s rather than hanging. */
  function send(agent: Agent, method: string, path: string, body?: Buffer) {
    return new Promise<{ status: number; connection: string | undefined; reused: boolean; text: string }>(
      (resolve, reject) => {
        const req = request(`${server.url}${path}`, {
          method,
          agent,
          headers: { authorization: `Bearer ${draft.tokens.chair}`, 'content-type': 'application/json' },
        })
        req.on('response', (res) => {
          let text = ''
          res.on('data', (chunk: Buffer) => (text += chunk))
          res.on('end', () =>
            resolve({
              status: res.statusCode!,
              connection: res.headers.connection,
              reused: req.reusedSocket,
              text,
            }),
          )
        })
        req.on('error', reject)
        req.setTimeout(5000, () => req.destroy(new Error(`${method} ${path}: no answer within 5 s`)))
        // Sent in pieces without a Content-Length, so that the server finds the body too large as it reads it.
        if (body) for (let i = 0; i < body.length; i += 16 * 1024) req.write(body.subarray(i, i + 16 * 1024))
        req.end()
      },
    )
  }

  it('is answered 413 with Connection: close, and the next request on the same keep-alive agent gets an answer', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 })
    const warm = await send(agent, 'GET', `/api/drafts/${draft.id}`)
    assert.equal(warm.status, 200)
    for (const size of [200 * 1024, 4 * 1024 * 1024]) {
      const tooLarge = await send(
        agent,
        'POST',
        `/api/drafts/${draft.id}/invitations`,
        Buffer.alloc(size, 'a'),
      )
      assert.equal(tooLarge.status, 413)
      assert.equal(tooLarge.connection, 'close')
      assert.equal(JSON.parse(tooLarge.text).error, 'too-large')
      const next = await send(agent, 'GET', `/api/drafts/${draft.id}`)
      assert.equal(next.status, 200)
      assert.equal(next.reused, false, 'the next request goes on a fresh connection')
    }
    agent.destroy()
  })
})
