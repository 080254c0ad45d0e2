// The readers of a large room that are not timed: raw readers (raw-reader.ts) spread over worker threads, which
// take everything the server sends them at almost no cost to the load generator.
import type { Worker } from 'node:worker_threads'
import type { FromReaderWorker, ToReaderWorker } from './reader-worker.ts'
import { ask, startWorker } from './worker-thread.ts'

const WORKER = new URL('./reader-worker.ts', import.meta.url)
/** How often a paused reader reads what waits in its socket. */
const READ_PERIOD_MS = 250

/** What the readers of a pool have seen. */
export interface ReaderState {
  /** Readers still connected. */
  open: number
  /** The close codes of the others (-1: closed without a code; -status: the upgrade was refused). */
  closed: number[]
  receivedBytes: number
}

/** Raw readers of one room, in worker threads. */
export class ReaderPool {
  private readonly exited = new Map<Worker, number>()

  private constructor(private readonly workers: Worker[]) {
    for (const worker of workers) worker.once('exit', (code) => this.exited.set(worker, code))
  }

  /** Opens one reader per WebSocket address of `urls` (`ws://HOST:PORT/PATH`), synced, over `threads` workers. */
  static async open(urls: readonly string[], threads: number): Promise<ReaderPool> {
    const pool = new ReaderPool(Array.from({ length: threads }, () => startWorker(WORKER)))
    try {
      await Promise.all(
        pool.workers.map((worker, w) => {
          // Each reader to its own address: the readers of one room may be spread over several processes.
          const mine = urls.filter((_, i) => i % threads === w).map((url) => new URL(url))
          if (mine.length === 0) return Promise.resolve()
          return pool.ask(worker, {
            type: 'connect',
            addresses: mine.map((u) => ({
              host: u.hostname,
              port: Number(u.port),
              path: u.pathname + u.search,
            })),
            batch: 50,
            periodMs: READ_PERIOD_MS,
          })
        }),
      )
    } catch (error) {
      await pool.close()
      throw error
    }
    return pool
  }

  /** How many readers are still connected, and what closed the others. */
  async state(): Promise<ReaderState> {
    const reports = await Promise.all(this.workers.map((w) => this.ask(w, { type: 'report' })))
    const state: ReaderState = { open: 0, closed: [], receivedBytes: 0 }
    for (const report of reports) {
      if (report.type !== 'report') continue
      state.open += report.open
      state.closed.push(...report.closed)
      state.receivedBytes += report.receivedBytes
    }
    return state
  }

  /** Closes every reader and ends the workers. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => this.ask(w, { type: 'close' }))).catch(() => {})
    await Promise.all(this.workers.map((w) => w.terminate()))
  }

  private ask(worker: Worker, message: ToReaderWorker): Promise<FromReaderWorker> {
    return ask<FromReaderWorker>(worker, message, this.exited)
  }
}
