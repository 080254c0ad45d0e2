// The command line on PostgreSQL: `--store URL` (or PENHOLDER_STORE) on every command that works on the store,
// two `serve` processes started together on one empty database, a clear line without the password when the
// store cannot be opened, and a server killed with SIGKILL while delegates type losing nothing any client saw.
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { after, before, describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { SHARED } from '../../schema/index.ts'
import { type ChildServer, freePort, parseLink, ROOT, startPenholder } from '../bench/child-server.ts'
import { operativeTexts } from '../bench/typist.ts'
import { sleep, tempDir } from './helpers.ts'
import { postgresSkip, startPostgres, type TestPostgres } from './postgres.ts'

const BIN = fileURLToPath(new URL('../../bin/penholder.js', import.meta.url))
const SAMPLE = fileURLToPath(new URL('../demo/fr_A-RES-71-194.md', import.meta.url))
const HOST = '127.0.0.1'

// Every y-websocket provider adds a listener to the process's 'exit' event; this file opens more than ten.
process.setMaxListeners(40)

/** Runs `penholder ARGS` with `env` added; resolves to its exit status and output. */
function penholder(args: string[], env: Record<string, string> = {}) {
  return new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: ROOT, env: { ...process.env, PENHOLDER_STORE: '', ...env }, timeout: 180_000 },
      (error, stdout, stderr) => {
        resolve({ status: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr })
      },
    )
  })
}

async function until(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)
    await sleep(20)
  }
}

describe('the command line on PostgreSQL', { skip: postgresSkip() }, () => {
  const folder = tempDir()
  const servers = new Set<ChildServer>()
  const providers = new Set<WebsocketProvider>()
  let postgres: TestPostgres

  before(async () => {
    postgres = await startPostgres()
  })
  after(async () => {
    for (const provider of providers) {
      provider.destroy()
      provider.doc.destroy()
    }
    await Promise.all([...servers].map((s) => s.stop('SIGKILL')))
    await postgres?.stop()
    folder.remove()
  })

  async function serve(store: string, port?: number): Promise<ChildServer> {
    const server = await startPenholder({ store, host: HOST, ...(port ? { port } : {}) })
    servers.add(server)
    return server
  }

  function connect(port: number, draftId: string, token: string) {
    const doc = new Y.Doc()
    const provider = new WebsocketProvider(`ws://${HOST}:${port}/collab`, draftId, doc, {
      params: { token },
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
    })
    providers.add(provider)
    return { doc, provider }
  }

  it('draft new, list, export and invite work on the database named by --store or PENHOLDER_STORE', async () => {
    const store = await postgres.database()
    const created = await penholder(['draft', 'new', SAMPLE, '--store', store, '--title', 'Coopération'])
    assert.equal(created.status, 0, created.stderr)
    const { draftId } = parseLink(created.stdout)

    const list = await penholder(['draft', 'list'], { PENHOLDER_STORE: store })
    assert.equal(list.status, 0, list.stderr)
    assert.match(list.stdout, new RegExp(`^${draftId}  .*  fr  ga  -  Coopération$`, 'm'))

    const invite = await penholder(
      ['invite', '--draft', draftId, '--delegation', 'France', '--role', 'delegate', '--store', store],
      // --store wins over the environment.
      { PENHOLDER_STORE: `${store}_elsewhere` },
    )
    assert.equal(invite.status, 0, invite.stderr)
    assert.equal(parseLink(invite.stdout).draftId, draftId)

    const text = await penholder(['draft', 'export', draftId, '--format', 'txt', '--store', store])
    assert.equal(text.status, 0, text.stderr)
    assert.match(text.stdout, /Coopération/)
    assert.match(text.stdout, /Réaffirmant sa volonté/)
  })

  it('says in one line, without the password, what is wrong with the store, and exits 1', async () => {
    const closed = `postgres://postgres:${postgres.password}@127.0.0.1:${await freePort()}/penholder`
    const missing = postgres.url.replace(/\/[^/]+$/, '/no_such_db')
    const cases: [string[], Record<string, string>, RegExp, number][] = [
      [['draft', 'list', '--store', closed], {}, /cannot open the store: PostgreSQL at .*ECONNREFUSED/, 1],
      [
        ['serve', '--store', closed, '--port', '0'],
        {},
        /cannot open the store: PostgreSQL at .*ECONNREFUSED/,
        1,
      ],
      [
        ['invite', '--draft', 'x', '--delegation', 'X', '--role', 'observer', '--store', missing],
        {},
        /database "no_such_db" does not exist/,
        1,
      ],
      [
        ['draft', 'list'],
        { PENHOLDER_STORE: closed.replace('postgres:', 'mysql:') },
        /PENHOLDER_STORE: .*is not a PostgreSQL URL/,
        1,
      ],
    ]
    for (const [args, env, message, status] of cases) {
      const result = await penholder(args, env)
      assert.equal(result.status, status, `${args.join(' ')}: ${result.stderr}`)
      assert.match(result.stderr, message)
      assert.equal(result.stderr.trim().split('\n').length, 1, `one line: ${result.stderr}`)
      assert.doesNotMatch(result.stderr + result.stdout, new RegExp(postgres.password))
      if (/ECONNREFUSED/.test(message.source))
        assert.match(result.stderr, /postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:\d+\/penholder/)
    }
  })

  it('two servers started together on an empty database: a link printed by one opens the draft on the other', async () => {
    const store = await postgres.database()
    const [a, b] = await Promise.all([serve(store), serve(store)])
    await until(() => a.output().includes('Stop with Ctrl-C.'), 120_000, 'the links')
    assert.match(a.output(), /Drafts are stored in PostgreSQL at postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:/)
    assert.doesNotMatch(a.output() + b.output(), new RegExp(postgres.password))
    const { draftId, token } = parseLink(a.output())
    const onB = await fetch(`http://${HOST}:${b.port}/api/drafts/${draftId}`, {
      headers: { authorization: `Bearer ${token}` },
    })
    assert.equal(onB.status, 200)
    const tables = await penholder(['draft', 'list', '--json', '--store', store])
    assert.ok((JSON.parse(tables.stdout) as { id: string }[]).some((d) => d.id === draftId))
    for (const s of [a, b]) {
      await s.stop('SIGTERM')
      servers.delete(s)
      assert.equal(s.child.exitCode, 0, s.output())
    }
  })

  it('keeps every update any client received when the server is killed while delegates type', async (t) => {
    const store = await postgres.database()
    const { draftId, token } = parseLink((await penholder(['draft', 'new', SAMPLE, '--store', store])).stdout)
    const port = await freePort(HOST)
    const first = await serve(store, port)
    const writers = Array.from({ length: 6 }, () => connect(port, draftId, token))
    const readers = Array.from({ length: 2 }, () => connect(port, draftId, token))
    const everyone = [...writers, ...readers]
    await until(() => everyone.every((c) => c.provider.synced), 120_000, 'the clients to sync')

    const typed = writers.map(() => 0)
    const timers = writers.map((writer, w) => {
      const text = operativeTexts(writer.doc)[w]!
      return setInterval(() => text.insert(text.length, `‹${w}:${typed[w]!++}›`), 30)
    })
    const received = new Set<string>()
    const receivedNow = () => {
      received.clear()
      everyone.forEach((client, i) => {
        const text = client.doc.getXmlFragment(SHARED.document).toString()
        for (const m of text.matchAll(/‹(\d+):\d+›/g)) if (Number(m[1]) !== i) received.add(m[0])
      })
      return received.size
    }
    // Typing goes on until the clients have passed a hundred keystrokes to each other, however busy the machine.
    await until(() => receivedNow() >= 100, 120_000, 'a hundred keystrokes to reach other clients')
    // Synchronously: stop typing, note what each client has from the others, kill the server.
    for (const timer of timers) clearInterval(timer)
    receivedNow()
    const killed = first.stop('SIGKILL')
    await killed
    servers.delete(first)
    t.diagnostic(`${received.size} keystrokes received by other clients before the kill`)

    // Another process on the same database: a newcomer sees everything that had reached anyone.
    const second = await serve(store)
    const newcomer = connect(second.port, draftId, token)
    await until(() => newcomer.provider.synced, 120_000, 'a newcomer to sync after the restart')
    const stored = newcomer.doc.getXmlFragment(SHARED.document).toString()
    assert.deepEqual(
      [...received].filter((m) => !stored.includes(m)),
      [],
      'updates clients had received before the kill are missing',
    )
  })
})
