import assert from 'node:assert/strict'
import { type ChildProcess, execFile, spawn } from 'node:child_process'
import { readFileSync, statSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { after, describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import { tempDir } from './helpers.ts'

const BIN = fileURLToPath(new URL('../../bin/penholder.js', import.meta.url))
const FIXTURE = fileURLToPath(new URL('../demo/fr_A-RES-71-194.md', import.meta.url))
const LINK = /(http:\/\/[^/\s]+)\/d\/([A-Za-z0-9_.~-]+)#token=([^\s"'<>]+)/

/** Runs `penholder ARGS`; resolves to its exit status and output. */
function penholder(args: string[], env: Record<string, string> = {}) {
  return new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { env: { ...process.env, ...env }, timeout: 30_000 },
      (error, stdout, stderr) => {
        resolve({ status: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr })
      },
    )
  })
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer()
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number }
      s.close(() => resolve(port))
    })
  })

/** Starts `penholder serve`; resolves once it has printed its links. */
function serve(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [BIN, 'serve', ...args], { env: { ...process.env, ...env } })
  let stdout = ''
  let stderr = ''
  child.stderr.on('data', (d) => {
    stderr += d
  })
  const ready = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (d) => {
      stdout += d
      if (stdout.includes('Stop with Ctrl-C.')) resolve(stdout)
    })
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)))
  })
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  return { child, ready, exited, stderr: () => stderr }
}

describe('penholder serve, draft and invite', () => {
  const data = tempDir()
  const running: ChildProcess[] = []
  after(() => {
    for (const child of running) child.kill('SIGKILL')
    data.remove()
  })

  it('draft new imports a file and prints its id and a facilitator link; list, invite and export work on the store', async () => {
    const created = await penholder([
      'draft',
      'new',
      FIXTURE,
      '--data',
      data.dir,
      '--title',
      'Coopération renforcée',
    ])
    assert.equal(created.status, 0, created.stderr)
    const [, base, id, token] = LINK.exec(created.stdout)!
    assert.equal(base, 'http://127.0.0.1:8080')
    assert.match(created.stdout, new RegExp(`^draft ${id}: Coopération renforcée`, 'm'))
    assert.ok(decodeURIComponent(token!).length > 40)

    const list = await penholder(['draft', 'list', '--data', data.dir])
    assert.match(list.stdout, new RegExp(`^${id}  .*  fr  ga  -  Coopération renforcée$`, 'm'))

    const invite = await penholder([
      'invite',
      '--draft',
      id!,
      '--delegation',
      'France',
      '--role',
      'delegate',
      '--expires',
      '7d',
      '--data',
      data.dir,
      '--base-url',
      'https://penholder.example.org/',
    ])
    assert.equal(invite.status, 0, invite.stderr)
    assert.match(invite.stdout.trim(), new RegExp(`^https://penholder\\.example\\.org/d/${id}#token=\\S+$`))

    const text = await penholder(['draft', 'export', id!, '--format', 'txt', '--data', data.dir])
    assert.equal(text.status, 0, text.stderr)
    assert.match(text.stdout, /71\/194\. Coopération renforcée/)
    assert.match(text.stdout, /Réaffirmant sa volonté/)
  })

  it('says what is wrong, on one line, for a bad command', async () => {
    const cases: [string[], RegExp][] = [
      [
        ['invite', '--draft', 'nope', '--delegation', 'X', '--role', 'observer', '--data', data.dir],
        /no draft 'nope'/,
      ],
      [
        ['invite', '--draft', 'nope', '--delegation', 'X', '--role', 'king', '--data', data.dir],
        /--role must be/,
      ],
      [['draft', 'list', '--data', `${data.dir}/empty`], /no penholder data here/],
      [
        ['draft', 'export', 'nope', '--format', 'odt', '--data', data.dir],
        /--format must be one of md, txt, html, docx, pdf, akn/,
      ],
      [['draft', 'rename'], /expected new, list, export, .* or delete, got 'rename'/],
    ]
    for (const [args, message] of cases) {
      const { status, stderr } = await penholder(args)
      assert.notEqual(status, 0)
      assert.match(stderr, message)
      assert.doesNotMatch(stderr, /\n\s+at /, 'no stack trace')
    }
  })

  it('serve creates the demo on first start, keeps the links out of a pipe, prints them when asked, and stops on SIGTERM', async () => {
    const port = await freePort()
    const first = serve(['--data', data.dir], { PORT: String(port), PENHOLDER_PRINT_LINKS: '' })
    running.push(first.child)
    const printed = await first.ready
    assert.match(printed, new RegExp(`running at http://127\\.0\\.0\\.1:${port}`))
    // stdout is a pipe here: the tokens go to a file only its owner reads, and the output says where.
    assert.doesNotMatch(printed, /token=/)
    const file = join(data.dir, 'links.txt')
    assert.ok(printed.includes(file), printed)
    assert.equal(statSync(file).mode & 0o777, 0o600)
    const out = `${printed}\n${readFileSync(file, 'utf8')}`
    assert.match(out, /Demo draft created: Renforcement de la coopération internationale/)
    const home = new RegExp(`http://127\\.0\\.0\\.1:${port}/#token=(\\S+)`).exec(out)![1]!
    const links = out.split('\n').filter((l) => LINK.test(l))
    assert.deepEqual(
      links.map((l) => l.trim().split(/\s+/).slice(0, 2).join(' ')),
      ['Facilitator (chair)', 'France (delegate)', 'Brazil (delegate)', 'Observer (observer)'],
    )
    const drafts = await fetch(`http://127.0.0.1:${port}/api/drafts`, {
      headers: { authorization: `Bearer ${decodeURIComponent(home)}` },
    })
    assert.equal(drafts.status, 200)
    assert.equal(((await drafts.json()) as { drafts: unknown[] }).drafts.length, 2)
    const [, , id, observer] = LINK.exec(links[3]!)!
    const me = await fetch(`http://127.0.0.1:${port}/api/drafts/${id}/me`, {
      headers: { authorization: `Bearer ${decodeURIComponent(observer!)}` },
    })
    assert.deepEqual(((await me.json()) as { role: string; delegation: string }).role, 'observer')
    first.child.kill('SIGTERM')
    assert.equal(await first.exited, 0)
    assert.match(first.stderr(), / stop /)

    const second = serve(['--data', data.dir, '--port', String(port), '--print-links'])
    running.push(second.child)
    const again = await second.ready
    assert.match(again, /#token=/, '--print-links prints them to the pipe')
    assert.match(again, /^Demo draft: /m)
    assert.deepEqual(
      again.split('\n').filter((l) => LINK.test(l) || l.includes('#token=')),
      out.split('\n').filter((l) => LINK.test(l) || l.includes('#token=')),
    )
    second.child.kill('SIGTERM')
    assert.equal(await second.exited, 0)
  })
})

describe('penholder serve --base-url', () => {
  const data = tempDir()
  const running: ChildProcess[] = []
  after(() => {
    for (const child of running) child.kill('SIGKILL')
    data.remove()
  })

  it('prints the configured base URL and builds every link from it, whatever Host the request names', async () => {
    const port = await freePort()
    const server = serve(['--data', data.dir, '--port', String(port)], {
      PENHOLDER_BASE_URL: 'https://penholder.example.org/un/',
      PENHOLDER_PRINT_LINKS: '1',
    })
    running.push(server.child)
    const out = await server.ready
    assert.match(out, /running at https:\/\/penholder\.example\.org\/un$/m)
    const home = /https:\/\/penholder\.example\.org\/un\/#token=(\S+)/.exec(out)![1]!
    assert.match(out, /Facilitator \(chair\)\s+https:\/\/penholder\.example\.org\/un\/d\//)
    const { id } = (
      (await (
        await fetch(`http://127.0.0.1:${port}/api/drafts`, {
          headers: { authorization: `Bearer ${decodeURIComponent(home)}` },
        })
      ).json()) as { drafts: { id: string }[] }
    ).drafts[0]!
    const invited = await new Promise<string>((resolve, reject) => {
      const body = JSON.stringify({ delegation: 'France', role: 'delegate' })
      const req = httpRequest(
        `http://127.0.0.1:${port}/api/drafts/${id}/invitations`,
        {
          method: 'POST',
          headers: {
            host: 'evil.example',
            authorization: `Bearer ${decodeURIComponent(home)}`,
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
          },
        },
        (res) => {
          let text = ''
          res.on('data', (d) => {
            text += d
          })
          res.on('end', () => resolve(text))
        },
      )
      req.on('error', reject)
      req.end(body)
    })
    assert.match(invited, /"link":"https:\/\/penholder\.example\.org\/un\/d\//)
    assert.doesNotMatch(invited, /evil\.example/)
    server.child.kill('SIGTERM')
    assert.equal(await server.exited, 0)
  })

  it('refuses a base URL that is not an http address', async () => {
    const { status, stderr } = await penholder(['serve', '--data', data.dir, '--base-url', 'ftp://x'])
    assert.notEqual(status, 0)
    assert.match(stderr, /--base-url must be an http or https address/)
  })
})
