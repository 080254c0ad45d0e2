// The server's memory under readers that never read: `penholder serve` as a child process, a 5 MB draft, and 200
// raw sockets that ask for the whole draft (sync step 1 with an empty state vector) and then read nothing. The
// answers are one shared encoding held by every socket's queue, not 200 copies, and no queue grows past its
// send buffer, so the process stays under a stated bound while it keeps serving an honest client.
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { type Socket, connect as tcpConnect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, it } from 'node:test'
import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { SHARED } from '../../schema/index.ts'
import { type ChildServer, parseLink, runPenholder, startPenholder } from '../bench/child-server.ts'
import { operativeTexts } from '../bench/typist.ts'
import { Authority, SqliteStorage } from '../index.ts'

const SAMPLE = new URL('../demo/fr_A-RES-71-194.md', import.meta.url).pathname
const HOST = '127.0.0.1'
const MB = 1024 * 1024
const STALLED = 200
/** What the process may hold at most with the 5 MB draft and every stalled socket open. */
const RSS_BOUND_MB = 350

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function until(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)
    await sleep(20)
  }
}

const cleanup: (() => unknown)[] = []
after(async () => {
  for (const f of cleanup.reverse()) await f()
})

/** A data folder holding the sample with 5 MB typed into it, its facilitator token, and observer tokens. */
async function largeDraft(): Promise<{
  dataDir: string
  draftId: string
  chair: string
  observers: string[]
}> {
  const dataDir = mkdtempSync(join(tmpdir(), 'penholder-stalled-'))
  cleanup.push(() => rmSync(dataDir, { recursive: true, force: true }))
  const { draftId, token } = parseLink(await runPenholder(['draft', 'new', SAMPLE, '--data', dataDir]))
  const storage = new SqliteStorage(dataDir)
  try {
    const doc = new Y.Doc({ gc: false })
    const stored = (await storage.loadDraft(draftId))!
    Y.applyUpdate(doc, stored.snapshot)
    const updates: Uint8Array[] = []
    doc.on('update', (u: Uint8Array) => updates.push(u))
    operativeTexts(doc)[0]!.insert(0, 'abcdefghij'.repeat((5 * MB) / 10))
    for (const u of updates) await storage.appendUpdate(draftId, u)
    const authority = await Authority.open(storage)
    const observers: string[] = []
    // Fifty connections per token, under the default limit per token.
    for (let i = 0; i < STALLED / 50; i++) {
      const issued = await authority.issue({
        draft: draftId,
        delegation: `Press ${i}`,
        role: 'observer',
        lifetime: null,
      })
      observers.push(issued.token)
    }
    return { dataDir, draftId, chair: token, observers }
  } finally {
    await storage.close()
  }
}

/**
 * A socket that opens a WebSocket by hand, sends sync step 1 with an empty state vector once upgraded, and from
 * then on reads nothing (reading stopped at the kernel: `onread` makes `pause` stop it). Resolves once sent.
 */
function stalledReader(port: number, path: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = tcpConnect({
      host: HOST,
      port,
      onread: {
        buffer: Buffer.alloc(4096),
        callback: () => {
          // The 101 answer: ask for the whole draft, then stop reading for good.
          socket.write(Buffer.from([0x82, 0x84, 0, 0, 0, 0, 0, 0, 1, 0]))
          socket.pause()
          resolve(socket)
          return false
        },
      },
    })
    socket.on('error', reject)
    socket.on('connect', () => {
      socket.write(
        `GET ${path} HTTP/1.1\r\nHost: ${HOST}:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
          `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}\r\nSec-WebSocket-Version: 13\r\n\r\n`,
      )
    })
  })
}

/** A y-websocket client as the editor opens it. */
function provider(port: number, draftId: string, token: string) {
  const doc = new Y.Doc()
  const p = new WebsocketProvider(`ws://${HOST}:${port}/collab`, draftId, doc, {
    params: { token },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  })
  cleanup.push(() => {
    p.destroy()
    doc.destroy()
  })
  return { doc, provider: p, text: () => doc.getXmlFragment(SHARED.document).toString() }
}

describe('200 readers that never read, on a 5 MB draft', () => {
  it(`keep the server under ${RSS_BOUND_MB} MB while it serves an honest client`, async (t) => {
    const { dataDir, draftId, chair, observers } = await largeDraft()
    const server: ChildServer = await startPenholder({ dataDir, host: HOST })
    cleanup.push(() => server.stop('SIGKILL'))
    const rss = () => Math.round(server.rssBytes() / MB)

    const writer = provider(server.port, draftId, chair)
    await until(() => writer.provider.synced, 20_000, 'the writer to sync the 5 MB draft')
    const before = rss()

    let peak = before
    const sampler = setInterval(() => {
      peak = Math.max(peak, rss())
    }, 50)
    const sockets: Socket[] = []
    cleanup.push(() => {
      for (const s of sockets) s.destroy()
    })
    for (let i = 0; i < STALLED; i += 20) {
      const batch = Array.from({ length: Math.min(20, STALLED - i) }, (_, j) => {
        const token = observers[Math.floor((i + j) / 50)]!
        return stalledReader(server.port, `/collab/${draftId}?token=${encodeURIComponent(token)}`)
      })
      sockets.push(...(await Promise.all(batch)))
    }
    // The server answers every one of them meanwhile; its queues fill behind sockets nobody reads.
    await sleep(3000)

    // It still serves: the writer's keystroke reaches a fresh reader, which syncs the whole draft.
    operativeTexts(writer.doc)[0]!.insert(0, '‹still serving›')
    const reader = provider(server.port, draftId, chair)
    await until(
      () => reader.text().includes('‹still serving›'),
      20_000,
      'the keystroke to reach a new reader',
    )
    await sleep(500)
    clearInterval(sampler)
    const open = sockets.filter((s) => !s.destroyed).length
    t.diagnostic(
      `server RSS: ${before} MB with the draft loaded, at most ${peak} MB with ${open} stalled sockets open`,
    )
    assert.ok(peak < RSS_BOUND_MB, `RSS stays under ${RSS_BOUND_MB} MB: ${before} MB before, peak ${peak} MB`)
  })
})
