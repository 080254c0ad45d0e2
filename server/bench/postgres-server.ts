// A real PostgreSQL server from Debian's `postgresql` package, for the tests and the benchmarks that need one:
// initdb in a temporary folder, `postgres` on a free loopback port, by default without fsync (the tests check what
// the server does, not the disk). Tests reach it through `server/test/postgres.ts`, which also says when to skip.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { freePort } from './child-server.ts'

/** A PostgreSQL server started by {@link startPostgres}. */
export interface TestPostgres {
  /**
   * The URL of its `postgres` database. It carries a password, which the server (trusting loopback) ignores,
   * so that tests can check that no command prints it.
   */
  url: string
  /** The password in every URL of this server, to look for in what commands print. */
  password: string
  /** Creates a new empty database and resolves to its URL. */
  database(): Promise<string>
  /** Stops the server and removes its folder. */
  stop(): Promise<void>
}

const PASSWORD = 'not-a-secret-pw'

/** The folder of Debian's PostgreSQL binaries (the newest version installed), or null. */
export function postgresBinaries(): string | null {
  const root = '/usr/lib/postgresql'
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter(
          (v) => existsSync(join(root, v, 'bin', 'postgres')) && existsSync(join(root, v, 'bin', 'initdb')),
        )
        .sort((a, b) => Number(b) - Number(a))
    : []
  return versions[0] ? join(root, versions[0], 'bin') : null
}

/** PostgreSQL refuses to run as root: then its binaries run as the `postgres` user. */
function runAs(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null
  const entry = spawnSync('getent', ['passwd', 'postgres'], { encoding: 'utf8' }).stdout.trim()
  const [, , uid, gid] = entry.split(':')
  if (!uid || !gid)
    throw new Error('PostgreSQL refuses to run as root, and there is no user "postgres" to run it as')
  return { uid: Number(uid), gid: Number(gid) }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Runs a PostgreSQL binary to completion; throws with its output if it fails. */
function runBinary(path: string, args: string[], user: { uid: number; gid: number } | null): void {
  const result = spawnSync(path, args, { encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' }, ...user })
  if (result.error) throw new Error(`${path}: ${result.error.message}`)
  if (result.status !== 0)
    throw new Error(`${path} ${args.join(' ')} exited ${result.status}: ${result.stderr}`)
}

/** Resolves once a client can connect to `url`; rejects if the server exits first or takes over 60 s. */
async function untilReady(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`postgres exited before accepting connections:\n${output()}`)
    const client = new pg.Client({ connectionString: url })
    try {
      await client.connect()
      await client.end()
      return
    } catch (e) {
      await client.end().catch(() => {})
      if (Date.now() > deadline)
        throw new Error(`postgres did not accept connections in 60 s: ${(e as Error).message}`)
    }
    await sleep(50)
  }
}

/** Options of {@link startPostgres}. */
export interface TestPostgresOptions {
  /**
   * Commits flushed to disk, as in production (for benchmarks). By default fsync and synchronous commits are
   * off: the tests check what the server does, and a killed server process is not a killed database.
   */
  durable?: boolean
}

/** What makes a test server fast and a crash of its machine fatal: no flush to disk. */
const NOT_DURABLE = ['fsync=off', 'synchronous_commit=off', 'full_page_writes=off']

/**
 * Starts a PostgreSQL server on a free loopback port in a temporary folder (run as the `postgres` user when the
 * tests run as root). Throws, saying what to install, where the binaries are missing.
 */
export async function startPostgres(options: TestPostgresOptions = {}): Promise<TestPostgres> {
  const bin = postgresBinaries()
  if (!bin)
    throw new Error('PostgreSQL is not installed (apt-get install postgresql): no /usr/lib/postgresql/*/bin')
  const user = runAs()
  const folder = mkdtempSync(join(tmpdir(), 'penholder-pg-'))
  const data = join(folder, 'data')
  mkdirSync(data, { mode: 0o700 })
  if (user) {
    chownSync(folder, user.uid, user.gid)
    chownSync(data, user.uid, user.gid)
  }
  let child: ChildProcess | null = null
  const kill = () => child?.kill('SIGKILL')
  try {
    runBinary(
      join(bin, 'initdb'),
      [
        '-D',
        data,
        '-A',
        'trust',
        '-U',
        'postgres',
        '-E',
        'UTF8',
        '--locale=C',
        '--no-instructions',
        ...(options.durable ? [] : ['--no-sync']),
      ],
      user,
    )
    // A port taken between the probe and postgres binding it: try another.
    for (let attempt = 1; ; attempt++) {
      const port = await freePort()
      let output = ''
      child = spawn(
        join(bin, 'postgres'),
        [
          '-D',
          data,
          '-p',
          String(port),
          '-c',
          'listen_addresses=127.0.0.1',
          '-c',
          `unix_socket_directories=${folder}`,
          ...(options.durable ? [] : NOT_DURABLE.flatMap((setting) => ['-c', setting])),
          '-c',
          'max_connections=200',
          '-c',
          'shared_buffers=32MB',
        ],
        { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LC_ALL: 'C' }, ...user },
      )
      const keep = (chunk: Buffer) => {
        output = (output + chunk.toString()).slice(-10_000)
      }
      child.stdout?.on('data', keep)
      child.stderr?.on('data', keep)
      process.once('exit', kill)
      const url = `postgres://postgres:${PASSWORD}@127.0.0.1:${port}/postgres`
      try {
        await untilReady(url, child, () => output)
      } catch (e) {
        process.off('exit', kill)
        child.kill('SIGKILL')
        if (attempt < 3 && /could not bind|address already in use/i.test(output)) continue
        throw e
      }
      return server(url, port, child, folder, kill)
    }
  } catch (e) {
    rmSync(folder, { recursive: true, force: true })
    throw e
  }
}

function server(
  url: string,
  port: number,
  child: ChildProcess,
  folder: string,
  kill: () => void,
): TestPostgres {
  let databases = 0
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve()
    else child.once('exit', () => resolve())
  })
  return {
    url,
    password: PASSWORD,
    async database() {
      const name = `test_${process.pid}_${++databases}`
      const client = new pg.Client({ connectionString: url })
      await client.connect()
      try {
        await client.query(`CREATE DATABASE ${name}`)
      } finally {
        await client.end()
      }
      return `postgres://postgres:${PASSWORD}@127.0.0.1:${port}/${name}`
    },
    async stop() {
      process.off('exit', kill)
      // SIGINT is PostgreSQL's fast shutdown: open sessions are ended.
      child.kill('SIGINT')
      const lingering = setTimeout(() => child.kill('SIGKILL'), 10_000)
      await exited
      clearTimeout(lingering)
      rmSync(folder, { recursive: true, force: true })
    },
  }
}
