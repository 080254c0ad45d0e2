// How a room sends what it accepted: batched per turn of the event loop, merged into one message per connection,
// the same bytes for every connection; and the first sync of every connection answered from shared encodings
// that stay right as the draft changes.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import * as decoding from 'lib0/decoding'
import * as Y from 'yjs'
import { SHARED } from '../../schema/index.ts'
import type { Peer } from '../room/index.ts'
import { UpdateFanOut } from '../room/update-fan-out.ts'
import {
  connect,
  draftWithTokens,
  firstText,
  rawClient,
  sleep,
  tempDir,
  testServer,
  until,
} from './helpers.ts'

const turn = () => new Promise((resolve) => setImmediate(resolve))

/** A connection that keeps what it is sent. */
function peer(name: string): Peer & { sent: Uint8Array[] } {
  return {
    identity: { draftId: 'd', delegation: name, role: 'chair', tokenId: name },
    closed: false,
    sent: [],
    send(message) {
      this.sent.push(message)
    },
    close() {},
  }
}

/** The update a forwarded message (sync, update) carries. */
function payload(message: Uint8Array): Uint8Array {
  const decoder = decoding.createDecoder(message)
  assert.equal(decoding.readVarUint(decoder), 0, 'a sync message')
  assert.equal(decoding.readVarUint(decoder), 2, 'carrying an update')
  return decoding.readVarUint8Array(decoder)
}

/** The text forwarded messages make of an empty document. */
function applied(messages: Uint8Array[]): string {
  const doc = new Y.Doc()
  for (const message of messages) Y.applyUpdate(doc, payload(message))
  return doc.getText('t').toString()
}

/** The clocks (one per inserted character here) the updates of forwarded messages hold. */
function clocks(messages: Uint8Array[]): number[] {
  const out: number[] = []
  for (const message of messages) {
    for (const struct of Y.decodeUpdate(payload(message)).structs) {
      if (struct instanceof Y.Skip) continue // a gap: what the sender already has
      for (let i = 0; i < struct.length; i++) out.push(struct.id.clock + i)
    }
  }
  return out.sort((x, y) => x - y)
}

describe('the fan-out of accepted updates', () => {
  it('sends what arrived in one turn as one message, the same bytes to every connection, and each sender only the others’ part', async () => {
    const source = new Y.Doc()
    const updates: Uint8Array[] = []
    source.on('update', (u: Uint8Array) => updates.push(u))
    source.getText('t').insert(0, 'A')
    source.getText('t').insert(1, 'B')
    source.getText('t').insert(2, 'C')
    const [a, b, c, d] = [peer('a'), peer('b'), peer('c'), peer('d')]
    const fanOut = new UpdateFanOut(new Set([a, b, c, d]))
    fanOut.push(updates[0]!, a)
    fanOut.push(updates[1]!, b)
    fanOut.push(updates[2]!, null) // the room's own
    assert.equal(c.sent.length + d.sent.length, 0, 'nothing goes out before the loop turns')
    await turn()
    assert.equal(c.sent.length, 1)
    assert.equal(d.sent.length, 1)
    assert.equal(c.sent[0], d.sent[0], 'one encoding for every connection')
    assert.equal(applied(c.sent), 'ABC')
    // A sender gets the rest (not its own update back); applied after its own update, it has everything.
    assert.deepEqual(clocks(a.sent), [1, 2])
    assert.deepEqual(clocks(b.sent), [0, 2])
    const docOfA = new Y.Doc()
    Y.applyUpdate(docOfA, updates[0]!)
    Y.applyUpdate(docOfA, payload(a.sent[0]!))
    assert.equal(docOfA.getText('t').toString(), 'ABC')
    // A lone update in a later turn goes out on its own.
    source.getText('t').insert(3, 'D')
    fanOut.push(updates[3]!, a)
    await turn()
    assert.equal(c.sent.length, 2)
    assert.equal(a.sent.length, 1, 'the sender of a lone update gets nothing')
    assert.equal(applied(c.sent), 'ABCD')
    fanOut.destroy()
  })
})

describe('first syncs', () => {
  const data = tempDir()
  let server: Awaited<ReturnType<typeof testServer>>
  let draft: Awaited<ReturnType<typeof draftWithTokens>>
  before(async () => {
    server = await testServer(data.dir)
    draft = await draftWithTokens(server, { chair: ['Chair', 'chair'], observer: ['Press', 'observer'] })
  })
  after(async () => {
    await server.close()
    data.remove()
  })

  it('give every joining client the whole draft as it is, after small changes and after large ones', async () => {
    const writer = connect(server, draft.id, draft.tokens.chair!)
    await writer.synced
    const text = () => firstText(writer.fragment)!
    const joinAndCompare = async (what: string) => {
      const reader = await rawClient(server, draft.id, draft.tokens.observer!)
      const readerText = () => reader.doc.getXmlFragment(SHARED.document).toString()
      assert.ok(
        await until(() => readerText() === writer.text()),
        `${what}: the joining client has the draft`,
      )
      reader.ws.close()
    }
    await joinAndCompare('at first')
    await joinAndCompare('again, unchanged')
    for (let i = 0; i < 5; i++) text().insert(0, `‹${i}›`)
    await sleep(200)
    await joinAndCompare('after a few keystrokes')
    text().insert(0, `‹large›${'x'.repeat(100_000)}`)
    await sleep(300)
    await joinAndCompare('after a change larger than the draft was')
    text().delete(0, 50_000)
    await sleep(300)
    await joinAndCompare('after a large deletion')
    writer.destroy()
  })

  it('are complete when y-websocket says synced: the whole draft has arrived by its sync event', async () => {
    const writer = connect(server, draft.id, draft.tokens.chair!)
    await writer.synced
    // The shared answer is encoded once here, then the draft changes, so the next one is the base and a tail.
    const first = connect(server, draft.id, draft.tokens.observer!)
    await first.synced
    first.destroy()
    firstText(writer.fragment)!.insert(0, 'ZQZQ ')
    await sleep(200)
    const reader = connect(server, draft.id, draft.tokens.observer!)
    try {
      // Read at the sync event itself, as the editor and other clients do, not some time after.
      const atSync = await new Promise<string>((resolve) =>
        reader.provider.on('sync', (synced: boolean) => synced && resolve(reader.text())),
      )
      assert.ok(atSync.includes('ZQZQ'), 'the change made after the shared answer was encoded')
      assert.equal(atSync, writer.text())
    } finally {
      reader.destroy()
      writer.destroy()
    }
  })

  it('give a client that holds part of the draft what it lacks', async () => {
    const writer = connect(server, draft.id, draft.tokens.chair!)
    await writer.synced
    const partial = new Y.Doc({ gc: false })
    Y.applyUpdate(partial, Y.encodeStateAsUpdate(writer.doc))
    firstText(writer.fragment)!.insert(0, '‹missed›')
    const reader = connect(server, draft.id, draft.tokens.observer!)
    await reader.synced
    assert.ok(await until(() => reader.text().includes('‹missed›')))
    // A client reconnecting with the older state.
    const late = connect(server, draft.id, draft.tokens.observer!)
    Y.applyUpdate(late.doc, Y.encodeStateAsUpdate(partial))
    await late.synced
    assert.ok(await until(() => late.text() === writer.text()))
    for (const c of [writer, reader, late]) c.destroy()
  })
})
