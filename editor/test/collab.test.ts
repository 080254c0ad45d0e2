import assert from 'node:assert/strict'
import { test } from 'node:test'
import { ObservableV2 } from 'lib0/observable'
import type { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { META, SCHEMA_VERSION, SHARED } from '../../schema/index.ts'
import {
  colorFor,
  foreignDoc,
  knowsSchemaVersion,
  readMeta,
  type SaveStatus,
  SaveTracker,
} from '../src/index.ts'
import { outline } from './draft-fixture.ts'

/** Just what SaveTracker reads of y-websocket's provider, driven by the test. */
class FakeProvider extends ObservableV2<Record<string, (...args: unknown[]) => void>> {
  wsconnected = false
  synced = false
  ws: { bufferedAmount: number } | null = null
  up(): void {
    this.wsconnected = true
    this.ws = { bufferedAmount: 0 }
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

test('the status says Saving until the socket has sent a change, Offline while down, Saved once through', async () => {
  const ydoc = new Y.Doc({ gc: false })
  const provider = new FakeProvider()
  const seen: SaveStatus[] = []
  const tracker = new SaveTracker(provider as unknown as WebsocketProvider, ydoc, (s) => seen.push(s))
  assert.equal(tracker.status, 'connecting')
  provider.up()
  assert.equal(tracker.status, 'saved')
  provider.ws!.bufferedAmount = 120
  ydoc.getText('t').insert(0, 'typed')
  assert.equal(tracker.status, 'saving')
  provider.ws!.bufferedAmount = 0
  await new Promise((r) => setTimeout(r, 200))
  assert.equal(seen.at(-1), 'saved', 'it looks again until the buffer has drained')
  provider.down()
  ydoc.getText('t').insert(0, 'offline ')
  assert.equal(tracker.status, 'offline')
  provider.up()
  assert.equal(tracker.status, 'saved', 'after the reconnection has synced')
  assert.deepEqual(seen, ['connecting', 'saved', 'saving', 'saved', 'offline', 'saved'])
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
