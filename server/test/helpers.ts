// Shared by the server's tests: a server on a free port in a temporary folder, drafts and tokens, the real
// y-websocket client, and raw sockets for crafted messages.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import type { Node } from 'prosemirror-model'
import WebSocket from 'ws'
import * as syncProtocol from 'y-protocols/sync'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { draftOf, emptyDraft, forEachBlock, type Role, SHARED, schema } from '../../schema/index.ts'
import { ALL_DRAFTS } from '../auth/index.ts'
import { createDraft, type Log, type RunningServer, type ServerOptions, startServer } from '../index.ts'

/** A log that keeps its lines, so tests can look for an event. */
export function memoryLog(): Log & { lines: string[]; has(event: string, text?: string): boolean } {
  const lines: string[] = []
  const log = ((event: string, fields: Record<string, unknown> = {}) => {
    lines.push(`${event} ${JSON.stringify(fields)}`)
  }) as Log & { lines: string[]; has(event: string, text?: string): boolean }
  log.lines = lines
  log.has = (event, text) => lines.some((l) => l.startsWith(`${event} `) && (!text || l.includes(text)))
  return log
}

/** A temporary data folder, removed by the returned function. */
export function tempDir(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'penholder-test-'))
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) }
}

/** The facilitator's home-page token of a test server: every draft, as the Chair, never expiring. */
export async function homeToken(server: RunningServer): Promise<string> {
  return (
    await server.authority.issue({
      draft: ALL_DRAFTS,
      delegation: 'Facilitator',
      role: 'chair',
      lifetime: null,
    })
  ).token
}

/** A server on a free port of 127.0.0.1, with no editor bundle, logging into memory. */
export async function testServer(
  dataDir: string,
  options: Partial<ServerOptions> = {},
): Promise<RunningServer & { log: ReturnType<typeof memoryLog> }> {
  const log = memoryLog()
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    editorDir: join(dataDir, 'no-editor'),
    log,
    ...options,
  })
  return Object.assign(server, { log })
}

/** A small English draft: header, title, formula, one preambular and two operative paragraphs. */
export function sampleDoc(): Node {
  const doc = emptyDraft('en', 'ga')
  const { nodes } = schema
  const children: Node[] = []
  forEachBlock(doc, (c) => {
    if (c.type.name === 'title')
      children.push(nodes.title.create(null, schema.text('Cooperation in human rights')))
    else if (c.type.name === 'operative') {
      children.push(
        nodes.operative.create({ id: 'cop1' }, nodes.para.create(null, schema.text('Decides to act;'))),
      )
      children.push(
        nodes.operative.create(
          { id: 'cop2' },
          nodes.para.create(null, schema.text('Decides to remain seized.')),
        ),
      )
    } else if (c.type.name === 'preambular') {
      children.push(
        nodes.preambular.create({ id: 'cpre1' }, nodes.para.create(null, schema.text('Recalling its work,'))),
      )
    } else children.push(c)
  })
  return draftOf(doc.attrs, children)
}

/** A new draft and a token for each role asked for. */
export async function draftWithTokens(
  server: RunningServer,
  roles: Record<string, [string, Role]> = {},
): Promise<{ id: string; tokens: Record<string, string> }> {
  const meta = await createDraft(server.storage, sampleDoc())
  const tokens: Record<string, string> = {}
  for (const [name, [delegation, role]] of Object.entries(roles)) {
    tokens[name] = (
      await server.authority.issue({ draft: meta.id, delegation, role, lifetime: 86_400_000 })
    ).token
  }
  return { id: meta.id, tokens }
}

/** A y-websocket client of a draft, as the editor opens one. */
export function connect(server: { url: string }, id: string, token: string) {
  const doc = new Y.Doc({ gc: false })
  const provider = new WebsocketProvider(`${server.url.replace('http', 'ws')}/collab`, id, doc, {
    params: { token },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  })
  const closes: number[] = []
  provider.on('connection-close', (event) => {
    if (event) closes.push(event.code)
  })
  const synced = new Promise<void>((resolve) => {
    if (provider.synced) resolve()
    provider.on('sync', (s: boolean) => s && resolve())
  })
  return {
    doc,
    provider,
    synced,
    closes,
    fragment: doc.getXmlFragment(SHARED.document),
    text: () => doc.getXmlFragment(SHARED.document).toString(),
    destroy: () => {
      provider.destroy()
      // The provider leaves its awareness (and the awareness's timer) running.
      provider.awareness.destroy()
      doc.destroy()
    },
  }
}

/** The first non-empty Y.XmlText of a shared fragment (the organ line of the header). */
export function firstText(type: Y.XmlFragment | Y.XmlElement): Y.XmlText | null {
  for (const child of type.toArray()) {
    if (child instanceof Y.XmlText) {
      if (child.length > 0) return child
    } else if (child instanceof Y.XmlElement) {
      const found = firstText(child)
      if (found) return found
    }
  }
  return null
}

/** Waits until `predicate` holds, up to `ms`; resolves to whether it did. */
export async function until(predicate: () => boolean, ms = 3000): Promise<boolean> {
  const start = Date.now()
  while (Date.now() - start < ms) {
    if (predicate()) return true
    await new Promise((r) => setTimeout(r, 20))
  }
  return predicate()
}

/** Waits until an asynchronous check holds, up to `ms`; resolves to whether it did. */
export async function eventually(check: () => Promise<boolean>, ms = 3000): Promise<boolean> {
  const start = Date.now()
  while (Date.now() - start < ms) {
    if (await check()) return true
    await new Promise((r) => setTimeout(r, 20))
  }
  return check()
}

/** Resolves after `ms` milliseconds. */
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** A y-protocols sync message carrying an update (what a client sends when it edits). */
export function updateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 0)
  syncProtocol.writeUpdate(encoder, update)
  return encoding.toUint8Array(encoder)
}

/** A y-protocols awareness message. */
export function awarenessMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 1)
  encoding.writeVarUint8Array(encoder, update)
  return encoding.toUint8Array(encoder)
}

/**
 * A raw WebSocket to a draft that keeps a replica of the draft in step with what the server sends (so crafted
 * updates can build on it) and records the close code.
 */
export async function rawClient(server: { url: string }, id: string, token: string) {
  const ws = new WebSocket(
    `${server.url.replace('http', 'ws')}/collab/${id}?token=${encodeURIComponent(token)}`,
  )
  const doc = new Y.Doc({ gc: false })
  const messages: Uint8Array[] = []
  let synced = false
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  )
  ws.on('message', (data: Buffer) => {
    const bytes = new Uint8Array(data)
    messages.push(bytes)
    const decoder = decoding.createDecoder(bytes)
    if (decoding.readVarUint(decoder) !== 0) return
    const reply = encoding.createEncoder()
    encoding.writeVarUint(reply, 0)
    const type = syncProtocol.readSyncMessage(decoder, reply, doc, 'server')
    if (type === syncProtocol.messageYjsSyncStep2) synced = true
    if (encoding.length(reply) > 1 && ws.readyState === WebSocket.OPEN) ws.send(encoding.toUint8Array(reply))
  })
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => {
      const step1 = encoding.createEncoder()
      encoding.writeVarUint(step1, 0)
      syncProtocol.writeSyncStep1(step1, doc)
      ws.send(encoding.toUint8Array(step1))
      resolve()
    })
    ws.once('error', reject)
  })
  await until(() => synced)
  return { ws, doc, messages, closed, send: (m: Uint8Array) => ws.send(m) }
}

/** What status a WebSocket upgrade gets: an HTTP status, or 'open'. */
export function upgradeStatus(
  server: { url: string },
  path: string,
  options: { origin?: string } = {},
): Promise<number | 'open'> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`${server.url.replace('http', 'ws')}${path}`, options)
    ws.on('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0)
      ws.terminate()
    })
    ws.on('open', () => {
      resolve('open')
      ws.close()
    })
    ws.on('error', () => {})
  })
}
