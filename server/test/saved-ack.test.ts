// The editor says "Saved" when the server answers a sync step 1 sent after the page's last change (see
// editor/src/collab/status.ts): this holds because the room handles a connection's messages in order and stores
// an update before it handles the next message. These tests hold the store back and check that the answer waits
// for it, on both of the room's paths: plain typing by an unrestricted role, and a change that goes through the
// staging copy, the policy and the validation.
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as syncProtocol from 'y-protocols/sync'
import type * as Y from 'yjs'
import { SHARED } from '../../schema/index.ts'
import { SqliteStorage } from '../index.ts'
import { type GateEvent, gatedStorage } from './gated-storage.ts'
import {
  draftWithTokens,
  firstText,
  rawClient,
  sleep,
  tempDir,
  testServer,
  until,
  updateMessage,
} from './helpers.ts'

const data = tempDir()
const events: (GateEvent | 'answer')[] = []
const storage = gatedStorage(new SqliteStorage(data.dir), (event) => events.push(event))
let server: Awaited<ReturnType<typeof testServer>>
let draft: Awaited<ReturnType<typeof draftWithTokens>>

before(async () => {
  server = await testServer(data.dir, { storage })
  draft = await draftWithTokens(server, { chair: ['Chair', 'chair'] })
})

after(async () => {
  await server.close()
  data.remove()
})

/** A sync step 1 of a document: the question the editor asks to learn that its changes are stored. */
function question(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 0)
  syncProtocol.writeSyncStep1(encoder, doc)
  return encoding.toUint8Array(encoder)
}

/** Whether a message from the server is a sync step 2: the answer. */
function isAnswer(message: Uint8Array): boolean {
  const decoder = decoding.createDecoder(message)
  return (
    decoding.readVarUint(decoder) === 0 && decoding.readVarUint(decoder) === syncProtocol.messageYjsSyncStep2
  )
}

/**
 * Makes a change on a client's replica, sends it and the question with the store held back; checks that no answer
 * comes while the update waits at the gate, and that it comes once the update is stored.
 */
async function answeredAfterStored(change: (text: Y.XmlText) => void): Promise<void> {
  const client = await rawClient(server, draft.id, draft.tokens.chair!)
  try {
    const updates: Uint8Array[] = []
    client.doc.on('update', (update: Uint8Array) => updates.push(update))
    const text = firstText(client.doc.getXmlFragment(SHARED.document))!
    events.length = 0
    storage.hold()
    change(text)
    assert.equal(updates.length, 1)
    const storedBefore = storage.stored.length
    const seen = client.messages.length
    client.send(updateMessage(updates[0]!))
    client.send(question(client.doc))
    client.ws.on('message', (data: Buffer) => {
      if (isAnswer(new Uint8Array(data))) events.push('answer')
    })
    assert.ok(await until(() => events.includes('held')), 'the update reached the store and waits')
    // Ample time for an answer that did not wait for the store to arrive.
    await sleep(300)
    assert.equal(client.messages.slice(seen).filter(isAnswer).length, 0, 'no answer while the update waits')
    storage.release()
    assert.ok(await until(() => events.includes('answer')), 'the answer comes once stored')
    assert.deepEqual(events, ['held', 'stored', 'answer'])
    assert.deepEqual(storage.stored.slice(storedBefore), [updates[0]])
  } finally {
    storage.release()
    client.ws.close()
  }
}

test('the answer to a question sent after typing comes only once the typing is stored', async () => {
  await answeredAfterStored((text) => text.insert(text.length, ' typed'))
})

test('the answer to a question sent after a checked change comes only once the change is stored', async () => {
  // A deletion is no plain insertion: it goes through the staging copy, the policy and the validation.
  await answeredAfterStored((text) => text.delete(0, 1))
})
