// The nginx configuration of README.md, as written there (its upstream addresses and listen port substituted,
// TLS left out: no certificate here), in front of two `penholder serve --store postgres://… --redis redis://…`
// processes: real y-websocket clients through nginx, spread over both processes, converge; a page and an export
// come through it too. nginx runs in the foreground from a temporary folder, on a free loopback port, no root.
import assert from 'node:assert/strict'
import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { SHARED } from '../../schema/index.ts'
import { Authority } from '../auth/index.ts'
import { type ChildServer, freePort, ROOT, startPenholder } from '../bench/child-server.ts'
import { draftDocFromStore } from '../drafts/ydoc.ts'
import type { RunningServer } from '../index.ts'
import { PgStorage } from '../storage/index.ts'
import { connect, draftWithTokens, eventually, firstText, sleep, until } from './helpers.ts'
import { postgresSkip, startPostgres, type TestPostgres } from './postgres.ts'
import { redisSkip, startRedis, type TestRedis } from './redis.ts'

const NGINX = '/usr/sbin/nginx'

/** The `skip` option: a reason where nginx is not installed and CI is not set (under CI it must be there). */
function nginxSkip(): string | false {
  if (existsSync(NGINX) || process.env.CI) return false
  return 'nginx is not installed (apt-get install nginx-light)'
}

/**
 * The nginx configuration README.md shows (the indented block from `upstream penholder`), with the two upstream
 * addresses and the listen line replaced; throws if the README no longer has what is replaced.
 */
function readmeNginxConfig(upstreams: [number, number], port: number): string {
  const lines = readFileSync(join(ROOT, 'README.md'), 'utf8').split('\n')
  const start = lines.findIndex((l) => /^ {4}upstream penholder\b/.test(l))
  assert.ok(start >= 0, 'README.md shows an nginx configuration starting with "upstream penholder"')
  const block: string[] = []
  for (let i = start; i < lines.length && lines[i]!.startsWith('    '); i++) block.push(lines[i]!.slice(4))
  let config = block.join('\n')
  const replace = (from: RegExp, to: string) => {
    assert.match(config, from, `README's nginx configuration has ${from}`)
    config = config.replace(from, to)
  }
  replace(/127\.0\.0\.1:8081/, `127.0.0.1:${upstreams[0]}`)
  replace(/127\.0\.0\.1:8082/, `127.0.0.1:${upstreams[1]}`)
  replace(/listen 443 ssl;/, `listen 127.0.0.1:${port};`)
  return config
}

/** nginx in the foreground with `http` (README's block) inside a configuration whose paths are all in `dir`. */
async function startNginx(dir: string, http: string, port: number) {
  for (const sub of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(dir, sub))
  const conf = join(dir, 'nginx.conf')
  writeFileSync(
    conf,
    [
      // As root the workers would run as nobody, who cannot write the temporary folder.
      process.getuid?.() === 0 ? 'user root;' : '',
      'worker_processes 1;',
      `pid ${dir}/nginx.pid;`,
      `error_log ${dir}/error.log;`,
      'events { worker_connections 256; }',
      'http {',
      `  access_log ${dir}/access.log;`,
      ...['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
        (sub) => `  ${sub === 'body' ? 'client_body' : sub}_temp_path ${dir}/${sub};`,
      ),
      http,
      '}',
    ].join('\n'),
  )
  let output = ''
  const child: ChildProcess = spawn(NGINX, [
    '-p',
    dir,
    '-c',
    conf,
    '-e',
    `${dir}/error.log`,
    '-g',
    'daemon off;',
  ])
  child.stderr!.on('data', (chunk: Buffer) => {
    output += chunk.toString()
  })
  const url = `http://127.0.0.1:${port}`
  const up = await eventually(async () => {
    if (child.exitCode !== null) return true
    return (await fetch(`${url}/healthz`).catch(() => null))?.status === 200
  }, 20_000)
  const log = () =>
    `${output}${existsSync(`${dir}/error.log`) ? readFileSync(`${dir}/error.log`, 'utf8') : ''}`
  assert.ok(up && child.exitCode === null, `nginx did not start: ${log()}`)
  return {
    url,
    log,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGQUIT')
      }),
  }
}

describe('the README nginx configuration in front of two processes', {
  skip: postgresSkip() || redisSkip() || nginxSkip(),
}, () => {
  const dir = mkdtempSync(join(tmpdir(), 'penholder-nginx-'))
  let postgres: TestPostgres
  let redis: TestRedis
  let storage: PgStorage
  const servers: ChildServer[] = []
  let nginx: Awaited<ReturnType<typeof startNginx>> | null = null

  before(async () => {
    ;[postgres, redis] = await Promise.all([startPostgres(), startRedis()])
    const store = await postgres.database()
    storage = await PgStorage.open(store)
    // One after the other: the first start creates the demo draft.
    for (let i = 0; i < 2; i++) servers.push(await startPenholder({ store, redis: redis.url }))
    const port = await freePort()
    nginx = await startNginx(dir, readmeNginxConfig([servers[0]!.port, servers[1]!.port], port), port)
  })
  after(async () => {
    await nginx?.stop()
    await Promise.all(servers.map((s) => s.stop()))
    await storage?.close()
    await redis?.stop()
    await postgres?.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  it('carries the WebSockets of clients on both processes, which converge, and a page and an export', async () => {
    const authority = await Authority.open(storage)
    const draft = await draftWithTokens({ storage, authority } as unknown as RunningServer, {
      chair: ['Chair', 'chair'],
    })
    const clients = Array.from({ length: 4 }, () => connect(nginx!, draft.id, draft.tokens.chair!))
    await Promise.all(clients.map((c) => c.synced))
    const typed: string[] = []
    await Promise.all(
      clients.map(async (c, i) => {
        for (let k = 0; k < 10; k++) {
          const mark = `‹${i}.${k}›`
          firstText(c.fragment)!.insert(0, mark)
          typed.push(mark)
          await sleep(5)
        }
      }),
    )
    const first = () => clients[0]!.text()
    const converged = () =>
      clients.every((c) => c.text() === first()) && typed.every((m) => first().includes(m))
    assert.ok(await until(converged, 20_000), 'every client has every mark, in the same order')
    for (const c of clients) assert.deepEqual(c.closes, [], 'no connection was cut')
    // nginx took turns: the draft's room was loaded on both processes.
    for (const s of servers) assert.match(s.output(), new RegExp(`room\\.load draft=${draft.id}`), s.output())
    const stored = draftDocFromStore((await storage.loadDraft(draft.id))!)
    assert.equal(stored.getXmlFragment(SHARED.document).toString(), first(), 'the store holds it')
    for (const c of clients) c.destroy()

    const page = await fetch(`${nginx!.url}/d/${draft.id}`)
    assert.equal(page.status, 200)
    assert.match(page.headers.get('content-type') ?? '', /text\/html/)
    assert.match(await page.text(), /<html/i)
    const exported = await fetch(`${nginx!.url}/api/drafts/${draft.id}/export?format=md`, {
      headers: { Authorization: `Bearer ${draft.tokens.chair}` },
    })
    assert.equal(exported.status, 200)
    const text = await exported.text()
    assert.match(text, /Cooperation in human rights/)
    assert.ok(
      typed.every((m) => text.includes(m)),
      'the export holds what the clients typed',
    )
  })
})
