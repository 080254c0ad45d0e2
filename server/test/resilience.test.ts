// The server as a process that can be killed and fed garbage: `penholder serve` runs as a child process on a
// fresh data folder, and the clients are the real y-websocket provider and raw `ws` sockets.
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, it } from 'node:test'
import * as encoding from 'lib0/encoding'
import WebSocket from 'ws'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as syncProtocol from 'y-protocols/sync'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { CLOSE, SHARED } from '../../schema/index.ts'
import {
  type ChildServer,
  freePort,
  httpStatus,
  parseLink,
  runPenholder,
  startPenholder,
} from '../bench/child-server.ts'
import { operativeTexts } from '../bench/typist.ts'

const SAMPLE = new URL('../demo/fr_A-RES-71-194.md', import.meta.url).pathname
const HOST = '127.0.0.1'
const MB = 1024 * 1024

// Every y-websocket provider adds a listener to the process's 'exit' event; this file opens more than ten.
process.setMaxListeners(40)

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function until(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)
    await sleep(20)
  }
}

/** Servers, providers and folders to clean up whatever happens. */
const servers = new Set<ChildServer>()
const providers = new Set<WebsocketProvider>()
const folders: string[] = []

after(async () => {
  // Destroying the document also stops the awareness timer the provider created for it.
  for (const provider of providers) {
    provider.destroy()
    provider.doc.destroy()
  }
  await Promise.all([...servers].map((s) => s.stop('SIGKILL')))
  for (const folder of folders) rmSync(folder, { recursive: true, force: true })
})

async function serve(dataDir: string, port?: number): Promise<ChildServer> {
  const server = await startPenholder({ dataDir, host: HOST, ...(port ? { port } : {}) })
  servers.add(server)
  return server
}

async function stop(server: ChildServer, signal: NodeJS.Signals): Promise<void> {
  await server.stop(signal)
  servers.delete(server)
}

/** A fresh data folder holding the sample draft, and a facilitator token for it. */
async function sampleDraft(): Promise<{ dataDir: string; draftId: string; token: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'penholder-resilience-'))
  folders.push(dataDir)
  const link = parseLink(await runPenholder(['draft', 'new', SAMPLE, '--data', dataDir]))
  return { dataDir, ...link }
}

interface Client {
  doc: Y.Doc
  provider: WebsocketProvider
}

/** A y-websocket client as the editor opens it. */
function connect(port: number, draftId: string, token: string): Client {
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(`ws://${HOST}:${port}/collab`, draftId, doc, {
    params: { token },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  })
  providers.add(provider)
  return { doc, provider }
}

const documentText = (doc: Y.Doc) => doc.getXmlFragment(SHARED.document).toString()

/** The markers `‹writer:n›` in a text, except those of `exceptWriter`. */
function markers(text: string, exceptWriter = -1): string[] {
  return [...text.matchAll(/‹(\d+):\d+›/g)].filter((m) => Number(m[1]) !== exceptWriter).map((m) => m[0])
}

describe('a server killed while ten delegates type', () => {
  it('keeps every update any client received, and the clients reconnect and converge', async (t) => {
    const { dataDir, draftId, token } = await sampleDraft()
    const port = await freePort(HOST)
    const first = await serve(dataDir, port)
    const writers = Array.from({ length: 10 }, () => connect(port, draftId, token))
    const readers = Array.from({ length: 3 }, () => connect(port, draftId, token))
    const everyone = [...writers, ...readers]
    await until(() => everyone.every((c) => c.provider.synced), 10_000, 'the clients to sync')

    // Each writer types a numbered marker at the end of its own operative paragraph every 30 ms.
    const typed = writers.map(() => 0)
    const timers = writers.map((writer, w) => {
      const text = operativeTexts(writer.doc)[w]!
      return setInterval(() => text.insert(text.length, `‹${w}:${typed[w]!++}›`), 30)
    })
    await sleep(1500)

    // Synchronously: stop typing, note what every client has received from the others, kill the server.
    for (const timer of timers) clearInterval(timer)
    const received = new Set<string>()
    everyone.forEach((client, i) => {
      for (const marker of markers(documentText(client.doc), i < writers.length ? i : -1))
        received.add(marker)
    })
    await stop(first, 'SIGKILL')
    const sent = typed.reduce((sum, n) => sum + n, 0)
    t.diagnostic(
      `${sent} keystrokes typed, ${received.size} of them received by other clients before the kill`,
    )
    assert.ok(received.size > 100, `the clients received only ${received.size} updates before the kill`)

    // Restarted elsewhere, so that no surviving client can hand back what the server lost: a newcomer sees
    // everything that had reached anyone.
    const second = await serve(dataDir)
    const newcomer = connect(second.port, draftId, token)
    await until(() => newcomer.provider.synced, 10_000, 'a newcomer to sync after the restart')
    const stored = documentText(newcomer.doc)
    assert.deepEqual(
      [...received].filter((marker) => !stored.includes(marker)),
      [],
      'updates that clients had received before the kill are missing after the restart',
    )
    newcomer.provider.destroy()
    newcomer.doc.destroy()
    await stop(second, 'SIGTERM')

    // Back on the old port, the surviving providers reconnect by themselves and agree on one text that
    // holds every keystroke of every writer.
    await serve(dataDir, port)
    await until(() => everyone.every((c) => c.provider.synced), 20_000, 'the providers to reconnect')
    await until(
      () => everyone.every((c) => documentText(c.doc) === documentText(writers[0]!.doc)),
      10_000,
      'the clients to converge',
    )
    const final = documentText(writers[0]!.doc)
    const everyMarker = writers.flatMap((_, w) => Array.from({ length: typed[w]! }, (_, n) => `‹${w}:${n}›`))
    assert.deepEqual(
      everyMarker.filter((marker) => !final.includes(marker)),
      [],
      'keystrokes lost',
    )
  })
})

/** A raw socket on a draft: sends `messages` as they are and resolves to the close code the server chose. */
function rawExchange(
  url: string,
  messages: Uint8Array[],
  options: { read?: boolean; timeoutMs?: number } = {},
): Promise<number | null> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url, { perMessageDeflate: false })
    const timer = setTimeout(() => {
      socket.terminate()
      resolve(null)
    }, options.timeoutMs ?? 3000)
    socket.on('error', () => {})
    socket.on('close', (code) => {
      clearTimeout(timer)
      resolve(code)
    })
    socket.on('open', () => {
      // A client that does not read: the server's replies pile up on its side.
      if (options.read === false) (socket as unknown as { _socket: { pause(): void } })._socket.pause()
      for (const message of messages) {
        if (socket.readyState !== WebSocket.OPEN) break
        socket.send(message)
      }
    })
  })
}

function syncMessage(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 0)
  write(encoder)
  return encoding.toUint8Array(encoder)
}

function rssOf(server: ChildServer): number {
  return Math.round(server.rssBytes() / MB)
}

describe('a server fed garbage', () => {
  it('stays up, keeps serving honest clients and keeps its memory bounded', async (t) => {
    const { dataDir, draftId, token } = await sampleDraft()
    const server = await serve(dataDir)
    const url = server.roomUrl(draftId, token)
    const writer = connect(server.port, draftId, token)
    const reader = connect(server.port, draftId, token)
    await until(() => writer.provider.synced && reader.provider.synced, 10_000, 'the honest clients to sync')
    const rssBefore = rssOf(server)

    // Random bytes, each message on a socket of its own since the server may close after the first.
    const random = (length: number) => Uint8Array.from({ length }, () => Math.floor(Math.random() * 256))
    await Promise.all(
      Array.from({ length: 40 }, (_, i) => rawExchange(url, [random(1 + ((i * 97) % 3000)), random(50)])),
    )

    // Truncated y-protocols messages: every prefix of a real sync step 2 cut short of its announced length.
    const full = syncMessage((e) => syncProtocol.writeSyncStep2(e, writer.doc))
    const cuts = [1, 2, 3, 5, 10, 100, Math.floor(full.length / 2), full.length - 1]
    const truncated = await Promise.all(cuts.map((cut) => rawExchange(url, [full.subarray(0, cut)])))
    assert.deepEqual(
      truncated,
      cuts.map(() => CLOSE.malformed),
      'a truncated message closes its connection as malformed',
    )

    // A message of a type y-protocols does not have, and a sync message of an unknown kind.
    await rawExchange(url, [Uint8Array.of(99, 1, 2, 3), Uint8Array.of(0, 9, 1, 2, 3)])

    // A 100 MB frame: refused while it arrives, never held whole.
    const huge = new Uint8Array(100 * MB)
    huge.set([0, 2, 0xff, 0xff, 0xff, 0x2f])
    const hugeClose = await rawExchange(url, [huge], { timeoutMs: 10_000 })
    assert.ok(
      hugeClose === 1009 || hugeClose === CLOSE.tooLarge,
      `a 100 MB frame closes its connection as too large, got ${hugeClose}`,
    )

    // A flood of 10,000 messages from a socket that reads nothing: sync step 1 requests, each answered with
    // the whole draft, and awareness updates.
    const flooder = new Y.Doc()
    const awareness = new awarenessProtocol.Awareness(flooder)
    const flood: Uint8Array[] = []
    for (let i = 0; i < 5000; i++) {
      flood.push(syncMessage((e) => syncProtocol.writeSyncStep1(e, flooder)))
      awareness.setLocalState({ cursor: { anchor: i, head: i } })
      const encoder = encoding.createEncoder()
      encoding.writeVarUint(encoder, 1)
      encoding.writeVarUint8Array(
        encoder,
        awarenessProtocol.encodeAwarenessUpdate(awareness, [flooder.clientID]),
      )
      flood.push(encoding.toUint8Array(encoder))
    }
    await rawExchange(url, flood, { read: false, timeoutMs: 5000 })
    awareness.destroy()
    const rssAfterFlood = rssOf(server)

    assert.equal(await httpStatus(HOST, server.port, '/healthz'), 200, 'the server answers /healthz')
    const text = operativeTexts(writer.doc)[0]!
    text.insert(text.length, '‹after the garbage›')
    await until(
      () => documentText(reader.doc).includes('‹after the garbage›'),
      5000,
      'the honest edit to arrive',
    )
    assert.ok(
      writer.provider.wsconnected && reader.provider.wsconnected,
      'the honest clients stayed connected',
    )

    await sleep(3000)
    const rssLater = rssOf(server)
    t.diagnostic(
      `server RSS: ${rssBefore} MB before, ${rssAfterFlood} MB after the garbage, ${rssLater} MB 3 s later`,
    )
    assert.ok(
      rssAfterFlood < 400 && rssLater < 400,
      `RSS stays under 400 MB: ${rssBefore} MB before, ${rssAfterFlood} MB after the garbage, ${rssLater} MB 3 s later`,
    )
    assert.ok(
      rssLater <= rssAfterFlood + 32,
      `RSS does not keep growing after the garbage: ${rssAfterFlood} MB, then ${rssLater} MB 3 s later`,
    )
  })
})
