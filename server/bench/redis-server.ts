// A real Redis server from Debian's `redis-server` package, for the cluster tests and benchmark: started in a
// temporary folder on a free loopback port, without persistence (the drafts live in the store; Redis only carries
// messages between processes). It can be stopped and started again on the same port, as a Redis restart.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createConnection } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { freePort } from './child-server.ts'

/** Debian's redis-server binary. */
const REDIS_SERVER = '/usr/bin/redis-server'

/** A Redis server started by {@link startRedis}. */
export interface TestRedis {
  /** `redis://127.0.0.1:PORT` */
  url: string
  port: number
  /** Kills the server (SIGKILL: a crash, every connection cut) and resolves once it has exited. */
  kill(): Promise<void>
  /** Starts it again on the same port (after `kill`) and resolves once it answers. */
  restart(): Promise<void>
  /** Stops the server and removes its folder. */
  stop(): Promise<void>
}

/** Whether Debian's redis-server is installed. */
export function redisInstalled(): boolean {
  return spawnSync(REDIS_SERVER, ['--version']).status === 0
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Resolves once a TCP connection to the port answers PING with PONG; rejects after 20 s or if `child` exits. */
async function untilReady(port: number, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 20_000
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`redis-server exited before accepting connections:\n${output()}`)
    const pong = await new Promise<boolean>((resolve) => {
      const socket = createConnection({ host: '127.0.0.1', port }, () => socket.write('PING\r\n'))
      socket.once('data', (data) => {
        socket.destroy()
        resolve(data.toString().startsWith('+PONG'))
      })
      socket.once('error', () => resolve(false))
    })
    if (pong) return
    if (Date.now() > deadline)
      throw new Error(`redis-server did not answer on port ${port} in 20 s:\n${output()}`)
    await sleep(30)
  }
}

/** Starts redis-server on a free loopback port in a temporary folder; rejects with its output if it fails. */
export async function startRedis(): Promise<TestRedis> {
  if (!redisInstalled()) throw new Error(`${REDIS_SERVER} is not installed (apt-get install redis-server)`)
  const dir = mkdtempSync(join(tmpdir(), 'penholder-redis-'))
  const port = await freePort()
  let child: ChildProcess
  let output = ''
  const launch = async () => {
    output = ''
    child = spawn(
      REDIS_SERVER,
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    )
    child.stdout!.on('data', (d: Buffer) => {
      output += d.toString()
    })
    child.stderr!.on('data', (d: Buffer) => {
      output += d.toString()
    })
    await untilReady(port, child, () => output)
  }
  const kill = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGKILL')
    await exited
  }
  await launch()
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    kill,
    restart: launch,
    async stop() {
      await kill()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
