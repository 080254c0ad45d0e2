// A collaboration server run as a child process, so that the clients that load it (the benchmark, the
// resilience tests) do not share its event loop, and so that it can be killed and restarted like a real
// deployment. Both our server (`penholder serve`) and the reference server (@y/websocket-server) run this way.
import { type ChildProcess, execFile, spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createServer, get } from 'node:http'
import { fileURLToPath } from 'node:url'
import { TICKS_PER_SECOND } from './machine-load.ts'

/** The root of the checkout, from which `bin/penholder.js` and `node_modules` are found. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url))

const PENHOLDER = `${ROOT}bin/penholder.js`
const REFERENCE = `${ROOT}node_modules/@y/websocket-server/src/server.js`

/** A server process started by {@link startPenholder} or {@link startReference}. */
export interface ChildServer {
  /** 'penholder' or 'reference', for reports. */
  readonly name: string
  readonly host: string
  readonly port: number
  readonly child: ChildProcess
  /** The WebSocket address of a room (a draft id for ours, any name for the reference server). */
  roomUrl(room: string, token?: string): string
  /** The resident set size of the server process, in bytes (VmRSS of /proc/PID/status). */
  rssBytes(): number
  /** CPU time (user + system) the server process has used so far, in seconds. */
  cpuSeconds(): number
  /** What the server wrote to stdout and stderr, for error messages. */
  output(): string
  /** Stops the process with `signal` and resolves once it has exited (SIGKILL after 5 s if it lingers). */
  stop(signal?: NodeJS.Signals): Promise<void>
}

/** A TCP port that was free a moment ago on `host`. */
export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, host, () => {
      const address = probe.address()
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()))
    })
  })
}

/** Runs a `penholder` command to completion and resolves to its standard output. */
export function runPenholder(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [PENHOLDER, ...args], { cwd: ROOT }, (error, stdout, stderr) => {
      if (error) reject(new Error(`penholder ${args.join(' ')} failed: ${stderr.trim() || error.message}`))
      else resolve(stdout)
    })
  })
}

/** A draft id and token, read from a link that `penholder draft new` or `penholder invite` printed. */
export interface DraftLink {
  draftId: string
  token: string
}

/** Reads the first `http://HOST:PORT/d/DRAFT_ID#token=TOKEN` link in a command's output. */
export function parseLink(output: string): DraftLink {
  const match = /\/d\/([^/#?\s]+)#token=([^\s]+)/.exec(output)
  if (!match) throw new Error(`expected a link like http://HOST:PORT/d/ID#token=TOKEN, got: ${output.trim()}`)
  return { draftId: decodeURIComponent(match[1]!), token: decodeURIComponent(match[2]!) }
}

/** Options of {@link startPenholder}. */
export interface PenholderOptions {
  /** The data folder (SQLite), unless `store` is given. */
  dataDir?: string
  /** A PostgreSQL URL, for `--store`. */
  store?: string
  /** A Redis URL, for `--redis` (several processes serving the same drafts). */
  redis?: string
  host?: string
  /** A fixed port, to restart a server where its clients expect it; a free one by default. */
  port?: number
  /** Extra options for node, such as `--cpu-prof`. */
  nodeArgs?: string[]
}

/** Starts `penholder serve` on the data folder and resolves once `GET /healthz` answers. */
export async function startPenholder(options: PenholderOptions): Promise<ChildServer> {
  const host = options.host ?? '127.0.0.1'
  const port = options.port ?? (await freePort(host))
  // --print-links: the links come to this pipe (the tests read them) rather than into a file.
  const args = [
    ...(options.nodeArgs ?? []),
    PENHOLDER,
    'serve',
    '--port',
    String(port),
    '--host',
    host,
    '--print-links',
  ]
  const store = options.store ? ['--store', options.store] : ['--data', options.dataDir ?? 'data']
  const redis = options.redis ? ['--redis', options.redis] : []
  const child = spawn(process.execPath, [...args, ...store, ...redis], { cwd: ROOT, env: process.env })
  const server = watch('penholder', host, port, child, (room, token) => {
    const query = token === undefined ? '' : `?token=${encodeURIComponent(token)}`
    return `ws://${host}:${port}/collab/${encodeURIComponent(room)}${query}`
  })
  await untilAnswers(server, '/healthz')
  return server
}

/** Starts the reference server, @y/websocket-server, without persistence, and resolves once it answers. */
export async function startReference(host = '127.0.0.1'): Promise<ChildServer> {
  const port = await freePort(host)
  // Without YPERSISTENCE the reference server keeps rooms in memory only.
  const { YPERSISTENCE: _persistence, ...inherited } = process.env
  const env = { ...inherited, HOST: host, PORT: String(port) }
  const child = spawn(process.execPath, [REFERENCE], { cwd: ROOT, env })
  const server = watch('reference', host, port, child, (room) => `ws://${host}:${port}/${room}`)
  await untilAnswers(server, '/')
  return server
}

function watch(
  name: string,
  host: string,
  port: number,
  child: ChildProcess,
  roomUrl: (room: string, token?: string) => string,
): ChildServer {
  let log = ''
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000)
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve()
    else child.once('exit', () => resolve())
  })
  return {
    name,
    host,
    port,
    child,
    roomUrl,
    rssBytes: () => {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8')
      const kb = /^VmRSS:\s+(\d+) kB/m.exec(status)
      if (!kb) throw new Error(`${name} server (pid ${child.pid}): no VmRSS in /proc/${child.pid}/status`)
      return Number(kb[1]) * 1024
    },
    cpuSeconds: () => {
      const stat = readFileSync(`/proc/${child.pid}/stat`, 'utf8')
      // The command name in parentheses may hold spaces; the fields after it are space separated.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND
    },
    output: () => log,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode !== null || child.signalCode !== null) return
      child.kill(signal)
      const lingering = setTimeout(() => child.kill('SIGKILL'), 5000)
      await exited
      clearTimeout(lingering)
    },
  }
}

/**
 * Polls `path` until the server answers 200, or fails with the server's output if it exits or hangs. The wait is
 * long: a Node process compiling TypeScript at start can take tens of seconds on a busy two-core machine.
 */
async function untilAnswers(server: ChildServer, path: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null || server.child.signalCode !== null) {
      throw new Error(`${server.name} server exited before answering ${path}:\n${server.output()}`)
    }
    if ((await httpStatus(server.host, server.port, path)) === 200) return
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  await server.stop('SIGKILL')
  throw new Error(`${server.name} server did not answer ${path} within ${timeoutMs} ms:\n${server.output()}`)
}

/** The status of `GET path`, or 0 when nothing answers. */
export function httpStatus(host: string, port: number, path: string): Promise<number> {
  return new Promise((resolve) => {
    const request = get({ host, port, path, timeout: 2000 }, (response) => {
      response.resume()
      resolve(response.statusCode ?? 0)
    })
    request.on('timeout', () => request.destroy())
    request.on('error', () => resolve(0))
  })
}
