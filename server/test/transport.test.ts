import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import * as encoding from 'lib0/encoding'
import * as Y from 'yjs'
import { CLOSE } from '../../schema/index.ts'
import {
  awarenessMessage,
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

/** An awareness update for one client. */
function awarenessUpdate(clientID: number, clock: number, state: unknown): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 1)
  encoding.writeVarUint(encoder, clientID)
  encoding.writeVarUint(encoder, clock)
  encoding.writeVarString(encoder, JSON.stringify(state))
  return encoding.toUint8Array(encoder)
}

describe('awareness', () => {
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

  it("carries the delegation and role of the sender's token, and drops states that claim another identity", async () => {
    const watcher = connect(server, draft.id, draft.tokens.chair!)
    await watcher.synced
    const states = () => watcher.provider.awareness.getStates()
    const france = await rawClient(server, draft.id, draft.tokens.france!)

    france.send(awarenessMessage(awarenessUpdate(1001, 1, { user: { name: 'Marie', color: '#00f' } })))
    assert.ok(await until(() => states().has(1001)))
    assert.deepEqual(states().get(1001), {
      user: { name: 'Marie', color: '#00f', delegation: 'France', role: 'delegate' },
    })

    france.send(awarenessMessage(awarenessUpdate(1001, 2, { user: { name: 'Marie', delegation: 'Brazil' } })))
    france.send(
      awarenessMessage(
        awarenessUpdate(1001, 3, { user: { name: 'Marie', delegation: 'France', role: 'chair' } }),
      ),
    )
    await sleep(200)
    assert.equal((states().get(1001) as { user: { delegation: string } }).user.delegation, 'France')
    assert.equal((states().get(1001) as { user: { role: string } }).user.role, 'delegate')
    assert.ok(server.log.has('awareness.dropped', 'claims delegation \\"Brazil\\"'))
    assert.ok(server.log.has('awareness.dropped', 'claims role \\"chair\\"'))

    // Another connection may not speak for client 1001, even in its own name.
    const chair = await rawClient(server, draft.id, draft.tokens.chair!)
    chair.send(awarenessMessage(awarenessUpdate(1001, 9, { user: { name: 'Impostor' } })))
    await sleep(200)
    assert.equal((states().get(1001) as { user: { name: string } }).user.name, 'Marie')
    assert.ok(server.log.has('awareness.dropped', 'belongs to another connection'))

    // When the connection closes, its state goes.
    france.ws.close()
    assert.ok(await until(() => !states().has(1001)))
    chair.ws.close()
    watcher.destroy()
  })
})

describe('transport limits', () => {
  const data = tempDir()
  let server: Awaited<ReturnType<typeof testServer>>
  let draft: Awaited<ReturnType<typeof draftWithTokens>>
  before(async () => {
    server = await testServer(data.dir, {
      limits: { maxMessage: 4096, maxFrame: 8192, keepalive: 200 },
    })
    draft = await draftWithTokens(server, { chair: ['Chair', 'chair'] })
  })
  after(async () => {
    await server.close()
    data.remove()
  })

  it('keeps sending to a silent connection so the client never times out', async () => {
    const idle = await rawClient(server, draft.id, draft.tokens.chair!)
    const before = idle.messages.length
    await sleep(1000)
    // Each is an empty awareness update: message type 1, an update of length 1 holding zero clients.
    const keepalives = idle.messages
      .slice(before)
      .filter((m) => m.length === 3 && m[0] === 1 && m[1] === 1 && m[2] === 0)
    assert.ok(keepalives.length >= 3, `${keepalives.length} keepalive messages in a second`)
    idle.ws.close()
  })

  it('closes a connection that sends a message larger than the limit (CLOSE.tooLarge), or a frame far larger (1009)', async () => {
    const big = await rawClient(server, draft.id, draft.tokens.chair!)
    big.send(updateMessage(new Uint8Array(5000)))
    assert.equal((await big.closed).code, CLOSE.tooLarge)
    const huge = await rawClient(server, draft.id, draft.tokens.chair!)
    huge.send(new Uint8Array(100_000))
    assert.equal((await huge.closed).code, 1009)
    const fine = connect(server, draft.id, draft.tokens.chair!)
    await fine.synced
    fine.destroy()
  })
})

describe('a slow consumer', () => {
  it('is closed (CLOSE.slowConsumer) once its send buffer passes the limit, and the writer carries on', async () => {
    const data = tempDir()
    // The writer writes 16 MB into the draft: its maximum size is raised to let it.
    const server = await testServer(data.dir, {
      limits: { maxBuffered: 256 * 1024, maxDraftBytes: 64 * 1024 * 1024 },
    })
    const { id, tokens } = await draftWithTokens(server, { chair: ['Chair', 'chair'] })
    const slow = await rawClient(server, id, tokens.chair!)
    const socket = (slow.ws as unknown as { _socket: { pause(): void; resume(): void } })._socket
    socket.pause()
    const writer = connect(server, id, tokens.chair!)
    await writer.synced
    // Far more than the kernel's socket buffers on loopback hold, so the server's own buffer must grow.
    const chunk = 'x'.repeat(256 * 1024)
    for (let i = 0; i < 64; i++) {
      firstText(writer.fragment)!.insert(0, chunk)
      await sleep(2)
    }
    await sleep(500)
    socket.resume()
    const closed = await Promise.race([slow.closed, sleep(5000).then(() => ({ code: 0 }))])
    assert.equal(closed.code, CLOSE.slowConsumer)
    assert.deepEqual(writer.closes, [])
    writer.destroy()
    await server.close()
    data.remove()
  })
})

describe('a server closing', () => {
  it('closes its connections with CLOSE.shuttingDown and stores what they sent', async () => {
    const data = tempDir()
    const server = await testServer(data.dir)
    const { id, tokens } = await draftWithTokens(server, { chair: ['Chair', 'chair'] })
    const client = connect(server, id, tokens.chair!)
    await client.synced
    firstText(client.fragment)!.insert(0, 'Before closing ')
    await sleep(100)
    await server.close()
    assert.ok(await until(() => client.closes.includes(CLOSE.shuttingDown)))
    client.destroy()
    const again = await testServer(data.dir)
    const stored = await again.storage.loadDraft(id)
    assert.equal(stored!.updates.length, 0, 'compacted on the way down')
    const doc = new Y.Doc()
    Y.applyUpdate(doc, stored!.snapshot)
    assert.match(doc.getXmlFragment('prosemirror').toString(), /Before closing/)
    await again.close()
    data.remove()
  })
})
