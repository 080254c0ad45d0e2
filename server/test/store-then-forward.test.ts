// Store-then-forward under the batched fan-out: while the store has not finished writing an update, no other
// connection gets it (batched or not), no joining connection's first sync shows it, and its sender gets no
// answer to a sync step 1 sent after it. The editor's 'Saved' status rests on that answer: it comes only once
// the update is durable.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import WebSocket from 'ws'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import { SHARED } from '../../schema/index.ts'
import { draftDocFromStore } from '../drafts/ydoc.ts'
import { SqliteStorage } from '../index.ts'
import { writeRecord } from '../model/index.ts'
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

/** A store whose appends can be held: an append waits while the gate is closed, then writes. */
class GatedStorage extends SqliteStorage {
  /** Updates whose append has been asked for. */
  readonly asked: Uint8Array[] = []
  /** Updates whose append has finished: durable. */
  readonly durable: Uint8Array[] = []
  private gate: Promise<void> | null = null
  private open: (() => void) | null = null

  hold(): void {
    this.gate = new Promise((resolve) => {
      this.open = resolve
    })
  }

  release(): void {
    this.open?.()
    this.gate = null
  }

  override async appendUpdate(id: string, update: Uint8Array): Promise<number> {
    this.asked.push(update)
    if (this.gate) await this.gate
    const seq = await super.appendUpdate(id, update)
    this.durable.push(update)
    return seq
  }
}

/** The sync sub-type of a message (0 step 1, 1 step 2, 2 update), or null for another kind of message. */
function syncType(message: Uint8Array): number | null {
  const decoder = decoding.createDecoder(message)
  return decoding.readVarUint(decoder) === 0 ? decoding.readVarUint(decoder) : null
}

/** Sync step 1 of a replica: its state vector, asking for what it lacks. */
function step1(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 0)
  syncProtocol.writeSyncStep1(encoder, doc)
  return encoding.toUint8Array(encoder)
}

/** The update a change makes on a replica. */
function updateOf(doc: Y.Doc, change: () => void): Uint8Array {
  const updates: Uint8Array[] = []
  const keep = (u: Uint8Array) => updates.push(u)
  doc.on('update', keep)
  doc.transact(change)
  doc.off('update', keep)
  return Y.mergeUpdates(updates)
}

/**
 * A connection that opens while an update is held: it sends its sync step 1 at once and applies whatever it
 * gets (without waiting to be synced, which it cannot be until the update before its request is stored).
 */
function joining(server: { url: string }, id: string, token: string) {
  const doc = new Y.Doc({ gc: false })
  const ws = new WebSocket(
    `${server.url.replace('http', 'ws')}/collab/${id}?token=${encodeURIComponent(token)}`,
  )
  let answered = false
  ws.on('open', () => ws.send(step1(doc)))
  ws.on('message', (data: Buffer) => {
    const decoder = decoding.createDecoder(new Uint8Array(data))
    if (decoding.readVarUint(decoder) !== 0) return
    const type = syncProtocol.readSyncMessage(decoder, encoding.createEncoder(), doc, 'server')
    if (type === syncProtocol.messageYjsSyncStep2) answered = true
  })
  return { doc, ws, answered: () => answered }
}

describe('store-then-forward with the batched fan-out', () => {
  const data = tempDir()
  const storage = new GatedStorage(data.dir)
  let server: Awaited<ReturnType<typeof testServer>>
  let draft: Awaited<ReturnType<typeof draftWithTokens>>
  before(async () => {
    server = await testServer(data.dir, { storage })
    draft = await draftWithTokens(server, {
      chair: ['Chair', 'chair'],
      other: ['Chair', 'chair'],
      press: ['Press', 'observer'],
    })
  })
  after(async () => {
    storage.release()
    await server.close()
    data.remove()
  })

  const cases = [
    [
      'a keystroke (the plain-typing path)',
      (doc: Y.Doc) => firstText(doc.getXmlFragment(SHARED.document))!.insert(0, '‹held›'),
      (doc: Y.Doc) => doc.getXmlFragment(SHARED.document).toString().includes('‹held›'),
    ],
    [
      'a decided amendment (the path through the staging copy, policy and validation)',
      (doc: Y.Doc) => {
        const now = Date.now()
        writeRecord(doc.getMap(SHARED.amendments), {
          id: 'held1',
          delegation: 'France',
          clause: 'cop1',
          kind: 'replace-words',
          status: 'rejected',
          rationale: '',
          supporters: [],
          created: now,
          updated: now,
        })
      },
      (doc: Y.Doc) => doc.getMap(SHARED.amendments).has('held1'),
    ],
  ] as const

  for (const [what, change, has] of cases) {
    it(`forwards ${what} and answers its sender only once it is stored`, async () => {
      const writer = await rawClient(server, draft.id, draft.tokens.chair!)
      const typist = await rawClient(server, draft.id, draft.tokens.other!)
      const reader = await rawClient(server, draft.id, draft.tokens.press!)
      const [writerSeen, readerSeen, typistSeen] = [writer, reader, typist].map((c) => c.messages.length)
      storage.hold()
      const asked = storage.asked.length
      writer.send(updateMessage(updateOf(writer.doc, () => change(writer.doc))))
      // Its sync step 1 after the update: the answer is the editor's sign that the update is saved.
      writer.send(step1(writer.doc))
      // Another connection's keystroke in the same moment, queued behind it.
      typist.send(
        updateMessage(
          updateOf(typist.doc, () =>
            firstText(typist.doc.getXmlFragment(SHARED.document))!.insert(0, '‹next›'),
          ),
        ),
      )
      assert.ok(await until(() => storage.asked.length > asked), 'the store is asked to append the update')
      const late = joining(server, draft.id, draft.tokens.press!)
      // Many turns of the event loop (the fan-out sends once per turn), and time for a socket to deliver.
      await sleep(300)
      assert.equal(storage.durable.length, asked, 'nothing is durable yet')
      assert.equal(has(reader.doc), false, 'no other connection has it before it is stored')
      assert.equal(reader.messages.length, readerSeen, 'the reader got nothing at all meanwhile')
      assert.equal(typist.messages.length, typistSeen, 'nor did the other typist')
      assert.equal(has(late.doc), false, 'a first sync does not show it')
      assert.equal(late.answered(), false, 'the joining connection’s request waits behind the update')
      const answers = () => writer.messages.slice(writerSeen).filter((m) => syncType(m) === 1).length
      assert.equal(answers(), 0, 'the sender’s sync step 1 is not answered before the update is stored')

      storage.release()
      assert.ok(await until(() => has(reader.doc)), 'forwarded once stored')
      assert.ok(storage.durable.length > asked)
      assert.ok(await until(() => answers() === 1), 'and the sender’s sync step 1 answered')
      assert.ok(
        await until(() => has(late.doc) && late.answered()),
        'the joining connection gets it in its sync',
      )
      assert.ok(
        await until(() => reader.doc.getXmlFragment(SHARED.document).toString().includes('‹next›')),
        'the keystroke queued behind it follows',
      )
      assert.ok(has(draftDocFromStore((await storage.loadDraft(draft.id))!)), 'and it is in the store')
      for (const c of [writer, typist, reader]) c.ws.close()
      late.ws.close()
    })
  }
})
