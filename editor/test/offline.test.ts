// Offline-safe editing without a browser: who a token speaks for, remembered without the token; the copy's name
// per delegation; the ledger of unsent changes and the words they touch; when a page may open from its local copy;
// when the next reconnection attempt is; and the save tracker told about changes an earlier page left unsent.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import * as encoding from 'lib0/encoding'
import { ObservableV2 } from 'lib0/observable'
import type { Node } from 'prosemirror-model'
import { Transform } from 'prosemirror-transform'
import { prosemirrorToYXmlFragment, updateYFragment } from 'y-prosemirror'
import * as syncProtocol from 'y-protocols/sync'
import type { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { META, SCHEMA_VERSION, SHARED, schema } from '../../schema/index.ts'
import {
  CONFIRM_DELAY,
  docOf,
  identify,
  type LedgerEntry,
  type LocalCopy,
  localCopyName,
  type Me,
  type MeStorage,
  partName,
  RECONNECT_MAX_MS,
  Reconnection,
  rememberedMe,
  rememberMe,
  type SaveStatus,
  SaveTracker,
  tokenFingerprint,
  UnsentLedger,
  unsentParts,
  whenOpenable,
} from '../src/index.ts'
import { sample, textPos } from './suggestion-fixture.ts'

/** localStorage as a map. */
class MemoryStorage implements MeStorage {
  readonly items = new Map<string, string>()
  getItem(key: string): string | null {
    return this.items.get(key) ?? null
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value)
  }
}

const FRANCE: Me = {
  delegation: 'France',
  role: 'delegate',
  draft: 'd1',
  expires: Date.UTC(2030, 0, 1),
  archived: false,
}

describe('who a token speaks for, remembered for opening offline', () => {
  it('is kept per draft and per token, and never holds the token', () => {
    const storage = new MemoryStorage()
    rememberMe('d1', 'payload.secret-signature', FRANCE, storage)
    assert.deepEqual(rememberedMe('d1', 'payload.secret-signature', storage), FRANCE)
    assert.equal(rememberedMe('d1', 'payload.other-signature', storage), null, 'another token')
    assert.equal(rememberedMe('d2', 'payload.secret-signature', storage), null, 'another draft')
    const written = [...storage.items].flat().join(' ')
    assert.doesNotMatch(written, /secret/, 'neither key nor value holds the token')
  })

  it('reads nothing it did not write', () => {
    const storage = new MemoryStorage()
    const key = () => [...storage.items.keys()][0]!
    rememberMe('d1', 't', FRANCE, storage)
    for (const bad of [
      '{',
      '"France"',
      '{"delegation":"France","role":"king","draft":"d1","expires":null}',
    ]) {
      storage.items.set(key(), bad)
      assert.equal(rememberedMe('d1', 't', storage), null, bad)
    }
  })

  it('is told apart by a fingerprint that differs from token to token', () => {
    assert.equal(tokenFingerprint('abc.def'), tokenFingerprint('abc.def'))
    assert.notEqual(tokenFingerprint('abc.def'), tokenFingerprint('abc.deg'))
    assert.ok(tokenFingerprint('x'.repeat(500)).length <= 14)
  })
})

describe('identify: the server, else what this browser remembers', () => {
  /** Runs `identify` with `fetch` answering as given and localStorage as a map. */
  async function identifyWith(answer: () => Promise<Response>, remembered: Me | null) {
    const storage = new MemoryStorage()
    if (remembered) rememberMe('d1', 'tok', remembered, storage)
    const saved = {
      fetch: globalThis.fetch,
      localStorage: (globalThis as { localStorage?: unknown }).localStorage,
    }
    globalThis.fetch = answer as typeof fetch
    ;(globalThis as { localStorage?: unknown }).localStorage = storage
    try {
      return { result: await identify('d1', 'tok'), storage }
    } finally {
      globalThis.fetch = saved.fetch
      ;(globalThis as { localStorage?: unknown }).localStorage = saved.localStorage
    }
  }
  const json = (status: number, body: unknown) =>
    Promise.resolve(
      new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }),
    )
  const offline = () => Promise.reject(new TypeError('Failed to fetch'))

  it('asks the server, and remembers its answer with the expiry', async () => {
    const answer = {
      delegation: 'France',
      role: 'delegate',
      draft: 'd1',
      expires: '2030-01-01T00:00:00.000Z',
    }
    const { result, storage } = await identifyWith(() => json(200, answer), null)
    assert.deepEqual(result, { me: FRANCE, reachable: true })
    assert.deepEqual(rememberedMe('d1', 'tok', storage), FRANCE)
  })

  it('offline, opens from memory; never seen, says so', async () => {
    assert.deepEqual((await identifyWith(offline, FRANCE)).result, { me: FRANCE, reachable: false })
    assert.deepEqual((await identifyWith(offline, null)).result, {
      failure: { key: 'offline.unknown', tone: 'error' },
      me: null,
    })
    const proxy = await identifyWith(() => json(502, { error: 'bad-gateway' }), FRANCE)
    assert.deepEqual(proxy.result, { me: FRANCE, reachable: false }, 'a proxy says the server is down')
  })

  it('an invitation past its date: expired, offline or refused by the server', async () => {
    const past = { ...FRANCE, expires: Date.now() - 1000 }
    const expired = { failure: { key: 'offline.expired', tone: 'error' }, me: past }
    assert.deepEqual((await identifyWith(offline, past)).result, expired)
    const refused = () => json(401, { error: 'unauthorized', detail: 'the token has expired' })
    assert.deepEqual((await identifyWith(refused, past)).result, expired)
    // Refused before its date: revoked, as the server's own message says.
    assert.deepEqual((await identifyWith(refused, FRANCE)).result, {
      failure: { key: 'close.4401', tone: 'error' },
      me: FRANCE,
    })
  })
})

describe('the local copy', () => {
  it('is named per draft and per the token’s delegation and role', () => {
    const names = new Set([
      localCopyName('d1', { delegation: 'France', role: 'delegate' }),
      localCopyName('d1', { delegation: 'Brazil', role: 'delegate' }),
      localCopyName('d1', { delegation: 'France', role: 'chair' }),
      localCopyName('d2', { delegation: 'France', role: 'delegate' }),
      localCopyName('d1', { delegation: 'France:delegate', role: 'delegate' }),
    ])
    assert.equal(names.size, 5)
  })
})

/** A page's Y.Doc without a view: PM documents written into it as y-prosemirror does. */
class Page {
  readonly ydoc = new Y.Doc({ gc: false })
  readonly fragment = this.ydoc.getXmlFragment(SHARED.document)
  private readonly binding = { mapping: new Map(), isOMark: new Map() }

  /** Types `text` after the words `after`. */
  type(after: string, text: string): void {
    const doc = docOf(this.ydoc)
    const next = new Transform(doc).insert(textPos(doc, after, after.length), schema.text(text)).doc
    this.ydoc.transact(() => updateYFragment(this.ydoc, this.fragment, next as Node, this.binding))
  }
}

/** The server's copy of the sample draft. */
function serverCopy(): Y.Doc {
  const doc = new Y.Doc({ gc: false })
  doc.transact(() => {
    prosemirrorToYXmlFragment(sample(), doc.getXmlFragment(SHARED.document))
    const meta = doc.getMap(SHARED.meta)
    meta.set(META.schemaVersion, SCHEMA_VERSION)
    meta.set(META.lang, 'en')
    meta.set(META.organ, 'ga')
  })
  return doc
}

const SERVER = Symbol('server')
const COPY = Symbol('copy')

/** A stand-in for the local copy's ledger store: entries kept in a map. */
function ledgerStore(entries = new Map<number, LedgerEntry>()) {
  return {
    entries,
    copy: {
      entries: async () => [...entries.values()],
      putEntry: (entry: LedgerEntry) => entries.set(entry.client, { ...entry }),
      deleteEntry: (client: number) => entries.delete(client),
    } as unknown as LocalCopy,
  }
}

describe('the ledger of unsent changes', () => {
  it('counts this page’s transactions, not the server’s nor the copy’s, until the server confirms them', () => {
    const page = new Page()
    Y.applyUpdate(page.ydoc, Y.encodeStateAsUpdate(serverCopy()), SERVER)
    const ledger = new UnsentLedger(page.ydoc, null, [SERVER, COPY])
    page.type('to promote', ' and')
    page.type('to promote and', ' protect')
    assert.equal(ledger.count, 2)
    Y.applyUpdate(page.ydoc, Y.encodeStateAsUpdate(serverCopy()), SERVER)
    assert.equal(ledger.count, 2, 'not the server’s')
    ledger.confirm()
    assert.equal(ledger.count, 0)
    assert.deepEqual(ledger.clients, [page.ydoc.clientID])
  })

  it('survives the page: the next page counts what the last left unsent, names its words, and forgets them once confirmed', async () => {
    const server = serverCopy()
    const store = ledgerStore()
    // The first page types; the server confirms; then offline it types more and is closed.
    const first = new Page()
    Y.applyUpdate(first.ydoc, Y.encodeStateAsUpdate(server), SERVER)
    const firstLedger = new UnsentLedger(first.ydoc, store.copy, [SERVER, COPY])
    first.type('to promote', ' and protect')
    Y.applyUpdate(server, Y.encodeStateAsUpdate(first.ydoc, Y.encodeStateVector(server)))
    firstLedger.confirm()
    first.type('to cooperate', ' fully')
    first.type('to cooperate fully', ' and at once')
    await new Promise((resolve) => setTimeout(resolve, 300))
    assert.equal(store.entries.get(first.ydoc.clientID)?.unsent, 2, 'written a moment after the last change')

    // The next page loads the copy (the first page's Y.Doc, as IndexedDB kept it).
    const second = new Page()
    Y.applyUpdate(second.ydoc, Y.encodeStateAsUpdate(first.ydoc), COPY)
    const ledger = new UnsentLedger(second.ydoc, store.copy, [SERVER, COPY])
    await ledger.load()
    assert.equal(ledger.count, 2)
    assert.ok(ledger.earlierUnsent)
    assert.deepEqual(ledger.clients, [second.ydoc.clientID, first.ydoc.clientID])
    const parts = unsentParts(second.ydoc, ledger.confirmed)
    assert.deepEqual(
      parts.map((p) => `${partName(p)}: ${p.text}`),
      ['Operative paragraph 2: Calls upon Member States to cooperate fully and at once;'],
      'operative paragraph 1 was confirmed',
    )

    // Confirmed: nothing left unsent, and the earlier page's entry is gone.
    ledger.confirm()
    assert.equal(ledger.count, 0)
    assert.equal(store.entries.has(first.ydoc.clientID), false)
    assert.deepEqual(unsentParts(second.ydoc, ledger.confirmed), [])
  })

  it('forgets, as it loads, pages whose changes were all confirmed', async () => {
    const store = ledgerStore(new Map([[7, { client: 7, clock: 0, confirmed: 0, unsent: 0 }]]))
    const page = new Page()
    const ledger = new UnsentLedger(page.ydoc, store.copy, [])
    await ledger.load()
    assert.equal(ledger.count, 0)
    assert.equal(store.entries.size, 0)
  })
})

/** Just what the opening, the reconnection and the save tracker read of y-websocket's provider. */
class FakeProvider extends ObservableV2<Record<string, (...args: unknown[]) => void>> {
  synced = false
  wsconnected = false
  wsconnecting = false
  shouldConnect = true
  ws: FakeSocket | null = null
  wsUnsuccessfulReconnects = 0
  maxBackoffTime = RECONNECT_MAX_MS
  connects = 0
  connect(): void {
    this.connects++
  }
  /** A connection attempt that failed, as y-websocket reports it. */
  fail(): void {
    this.emit('connection-close', [{ code: 1006 }, this])
    this.wsUnsuccessfulReconnects++
  }
  up(): void {
    this.wsconnected = true
    this.ws = new FakeSocket()
    this.emit('status', [{ status: 'connected' }])
    this.synced = true
    this.emit('sync', [true])
  }
}

/** A socket as the save tracker uses it: it sends questions, and the test plays the server's answers. */
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
  answer(): void {
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, 0)
    syncProtocol.writeSyncStep2(encoder, new Y.Doc())
    const data = encoding.toUint8Array(encoder).slice().buffer
    for (const listener of this.listeners) listener({ data })
  }
}

const asProvider = (p: FakeProvider) => p as unknown as WebsocketProvider
const copyLoaded = (held: boolean) => ({ loaded: Promise.resolve(held) }) as unknown as LocalCopy
const settled = async <T>(promise: Promise<T>): Promise<T | 'pending'> =>
  Promise.race([promise, new Promise<'pending'>((resolve) => setTimeout(() => resolve('pending'), 50))])

describe('when the page opens', () => {
  it('at the first sync while the server answers; from the local copy when it cannot be reached', async () => {
    const online = new FakeProvider()
    const waiting = whenOpenable(asProvider(online), copyLoaded(true), true)
    assert.equal(await settled(waiting), 'pending', 'a server that answers is waited for')
    online.up()
    assert.equal(await waiting, 'server')

    assert.equal(await whenOpenable(asProvider(new FakeProvider()), copyLoaded(true), false), 'local')

    const failing = new FakeProvider()
    const opened = whenOpenable(asProvider(failing), copyLoaded(true), true)
    failing.fail()
    assert.equal(await opened, 'local', 'the first connection attempt failed')

    const empty = whenOpenable(asProvider(new FakeProvider()), copyLoaded(false), false)
    assert.equal(await settled(empty), 'pending', 'an empty copy shows nothing')
  })
})

describe('reconnecting', () => {
  it('says when the next attempt is, backing off; can try at once', async () => {
    const provider = new FakeProvider()
    const reconnection = new Reconnection(asProvider(provider))
    const waits: number[] = []
    for (let i = 0; i < 6; i++) {
      const before = Date.now()
      provider.fail()
      await Promise.resolve()
      waits.push(reconnection.nextAttempt! - before)
    }
    assert.deepEqual(
      waits.map((w) => Math.round(w / 100) * 100),
      [200, 400, 800, 1600, 2500, 2500],
    )
    // The browser back online (or the page shown again): `now` tries at once rather than waiting.
    reconnection.now()
    assert.equal(provider.connects, 1)
    provider.shouldConnect = false
    reconnection.now()
    assert.equal(provider.connects, 1, 'not after the server ended the session')
  })
})

describe('the save tracker and the local copy', () => {
  it('ignores what the copy loads, asks about what an earlier page left unsent, and says when all is confirmed', async () => {
    const ydoc = new Y.Doc({ gc: false })
    const provider = new FakeProvider()
    const seen: SaveStatus[] = []
    let confirmed = 0
    const tracker = new SaveTracker(asProvider(provider), ydoc, (s) => seen.push(s), {
      foreign: [COPY],
      onConfirmed: () => confirmed++,
    })
    Y.applyUpdate(ydoc, Y.encodeStateAsUpdate(serverCopy()), COPY)
    assert.equal(tracker.status, 'connecting', 'loading the copy is no change of this page')
    tracker.markUnreachable()
    assert.equal(tracker.status, 'offline', 'opened from the copy: offline until the server answers')
    tracker.markUnsent()
    provider.up()
    assert.equal(tracker.status, 'saving')
    await new Promise((resolve) => setTimeout(resolve, CONFIRM_DELAY + 50))
    assert.equal(provider.ws!.sent.length, 1, 'the tracker asked')
    provider.ws!.answer()
    assert.equal(tracker.status, 'saved')
    assert.equal(confirmed, 1)
    assert.deepEqual(seen, ['connecting', 'offline', 'saving', 'saved'])
  })
})
