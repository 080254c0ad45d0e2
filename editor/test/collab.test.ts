import assert from 'node:assert/strict'
import { test } from 'node:test'
import * as encoding from 'lib0/encoding'
import { ObservableV2 } from 'lib0/observable'
import * as syncProtocol from 'y-protocols/sync'
import type { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { META, SCHEMA_VERSION, SHARED } from '../../schema/index.ts'
import {
  CONFIRM_DELAY,
  colorFor,
  foreignDoc,
  knowsSchemaVersion,
  readMeta,
  type SaveStatus,
  SaveTracker,
} from '../src/index.ts'
import { outline } from './draft-fixture.ts'

/** A socket as SaveTracker uses it: it sends questions, and the test plays the server's messages. */
class FakeSocket {
  readyState = 1
  readonly sent: Uint8Array[] = []
  private readonly listeners: ((event: { data: unknown }) => void)[] = []
  send(message: Uint8Array): void {
    this.sent.push(message)
  }
  addEventListener(_type: 'message', listener: (event: { data: unknown }) => void): void {
    this.listeners.push(listener)
  }
  /** The server's answer to a sync step 1: a sync step 2 (here with an empty update). */
  answer(): void {
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, 0)
    syncProtocol.writeSyncStep2(encoder, new Y.Doc())
    const data = encoding.toUint8Array(encoder).slice().buffer
    for (const listener of this.listeners) listener({ data })
  }
}

/** Just what SaveTracker reads of y-websocket's provider, driven by the test. */
class FakeProvider extends ObservableV2<Record<string, (...args: unknown[]) => void>> {
  wsconnected = false
  synced = false
  ws: FakeSocket | null = null
  up(): void {
    this.wsconnected = true
    this.ws = new FakeSocket()
    this.emit('status', [{ status: 'connected' }])
    this.synced = true
    this.emit('sync', [true])
  }
  down(): void {
    this.wsconnected = false
    this.synced = false
    this.ws = null
    this.emit('status', [{ status: 'disconnected' }])
  }
}

/** Whether a message is a sync step 1 (the tracker's question). */
const isQuestion = (message: Uint8Array | undefined) =>
  message !== undefined && message[0] === 0 && message[1] === 0

const afterQuestionDelay = () => new Promise((r) => setTimeout(r, CONFIRM_DELAY + 50))

test('the status says Saving until the server has confirmed a change, Offline while down, Saved once stored', async () => {
  const ydoc = new Y.Doc({ gc: false })
  const provider = new FakeProvider()
  const seen: SaveStatus[] = []
  const tracker = new SaveTracker(provider as unknown as WebsocketProvider, ydoc, (s) => seen.push(s))
  assert.equal(tracker.status, 'connecting')
  provider.up()
  assert.equal(tracker.status, 'saved')

  ydoc.getText('t').insert(0, 'typed')
  assert.equal(tracker.status, 'saving')
  provider.ws!.answer()
  assert.equal(tracker.status, 'saving', 'an answer to a question not yet asked confirms nothing')
  await afterQuestionDelay()
  assert.equal(provider.ws!.sent.length, 1, 'one question for the burst of typing')
  assert.ok(isQuestion(provider.ws!.sent[0]), 'the question is a sync step 1')
  assert.equal(tracker.status, 'saving', 'sent is not stored')
  provider.ws!.answer()
  assert.equal(tracker.status, 'saved')

  // Typing while the question is on its way: its answer confirms only what came before it.
  ydoc.getText('t').insert(0, 'more ')
  await afterQuestionDelay()
  ydoc.getText('t').insert(0, 'and more ')
  provider.ws!.answer()
  assert.equal(tracker.status, 'saving')
  await afterQuestionDelay()
  assert.equal(provider.ws!.sent.length, 3, 'asked again for what came after the question')
  provider.ws!.answer()
  assert.equal(tracker.status, 'saved')

  // A question lost with its connection is asked again once the reconnection has synced.
  ydoc.getText('t').insert(0, 'lost ')
  await afterQuestionDelay()
  provider.down()
  ydoc.getText('t').insert(0, 'offline ')
  assert.equal(tracker.status, 'offline')
  provider.up()
  assert.equal(tracker.status, 'saving', 'reconnected, not yet confirmed')
  await afterQuestionDelay()
  assert.ok(isQuestion(provider.ws!.sent[0]), 'asked on the new connection')
  provider.ws!.answer()
  assert.equal(tracker.status, 'saved')
  assert.deepEqual(seen, [
    'connecting',
    'saved',
    'saving',
    'saved',
    'saving',
    'saved',
    'saving',
    'offline',
    'saving',
    'saved',
  ])
  tracker.stop()
  assert.equal(tracker.status, 'stopped')
})

test('only this schema version is opened for editing', () => {
  assert.equal(knowsSchemaVersion(SCHEMA_VERSION), true)
  assert.equal(knowsSchemaVersion(SCHEMA_VERSION + 1), false)
  assert.equal(knowsSchemaVersion(undefined), false)
})

test('the language and organ come from the meta map, falling back to English and the Assembly', () => {
  const ydoc = new Y.Doc({ gc: false })
  assert.deepEqual(readMeta(ydoc), { schemaVersion: undefined, lang: 'en', organ: 'ga' })
  const meta = ydoc.getMap(SHARED.meta)
  meta.set(META.schemaVersion, SCHEMA_VERSION)
  meta.set(META.lang, 'ar')
  meta.set(META.organ, 'sc')
  assert.deepEqual(readMeta(ydoc), { schemaVersion: SCHEMA_VERSION, lang: 'ar', organ: 'sc' })
})

test('a draft of another schema version is shown with what this version knows, never emptied', () => {
  const json = {
    type: 'doc',
    content: [
      { type: 'header', content: [] },
      { type: 'title', content: [{ type: 'text', text: 'Future' }] },
      { type: 'formula', content: [{ type: 'text', text: 'The General Assembly,' }] },
      {
        type: 'operative',
        attrs: { id: 'c1', futureAttr: 'x' },
        content: [{ type: 'para', content: [{ type: 'text', text: 'Decides a;' }] }],
      },
      // A node this version does not know, holding a paragraph it does.
      {
        type: 'amendmentBlock',
        content: [
          {
            type: 'operative',
            attrs: { id: 'c2' },
            content: [
              { type: 'para', content: [{ type: 'text', text: 'Requests b.', marks: [{ type: 'glow' }] }] },
            ],
          },
        ],
      },
    ],
  }
  const doc = foreignDoc(json, { lang: 'en', organ: 'ga' })
  assert.deepEqual(outline(doc), ['1. Decides a;', '2. Requests b.'])
  assert.equal(doc.child(1).textContent, 'Future')
})

test('a delegation has the same colour on every screen', () => {
  assert.equal(colorFor('France'), colorFor('France'))
  assert.match(colorFor('Egypt'), /^#[0-9a-f]{6}$/)
})

test('the delegations usually in a room have distinct colours', () => {
  const room = [
    'Facilitator',
    'Brazil',
    'France',
    'Germany',
    'China',
    'United States',
    'United Kingdom',
    'Russian Federation',
    'India',
    'Japan',
    'South Africa',
    'Egypt',
  ]
  assert.notEqual(colorFor('Facilitator'), colorFor('Brazil'))
  const colours = room.map((name) => colorFor(name, room))
  assert.equal(new Set(colours).size, room.length, colours.join(' '))
  const shuffled = [...room].reverse()
  assert.deepEqual(
    room.map((name) => colorFor(name, shuffled)),
    colours,
    'the order in which a screen lists the room does not matter',
  )
})
