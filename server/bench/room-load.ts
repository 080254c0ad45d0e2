// The coordinator of the load generator: it spreads the clients of one room over worker threads (see
// load-worker.ts), starts and stops their typing, and combines their reports into one delay per keystroke:
// from the moment its author sent it to the moment the last client of the room, in any thread, applied it.
import type { Worker } from 'node:worker_threads'
import type { AuthorDelivery } from './apply-tracker.ts'
import { ask, startWorker } from './worker-thread.ts'

/** A keystroke a typist sent: its author, the clock it brought the author to, and when it was sent. */
export interface Keystroke {
  author: number
  endClock: number
  sentAt: number
}

/** Messages from the coordinator to a worker. */
export type ToWorker =
  /** One address per client to open (each with the token it connects with). */
  | { type: 'connect'; urls: string[]; typists: number[]; seed: Uint8Array | null }
  | { type: 'type'; authors: number[]; intervalMs: number; typists: number }
  | { type: 'stop' }
  | { type: 'report' }
  | { type: 'close' }

/** What a worker tells the coordinator about its clients. */
export interface WorkerReport {
  type: 'report'
  sent: Keystroke[]
  delivery: AuthorDelivery[]
  /** The distinct state vectors of its clients (base64); one when they agree. */
  vectors: string[]
  /** Clients holding updates they cannot apply yet for want of an earlier one. */
  waiting: number
  /** Clients whose connection closed. */
  dropped: number
}

/** Messages from a worker to the coordinator, one in answer to each {@link ToWorker}. */
export type FromWorker =
  | { type: 'connected'; authors: number[] }
  | { type: 'done' }
  | { type: 'error'; message: string }
  | WorkerReport

/** The combined state of every keystroke sent between two instants. */
export interface Deliveries {
  /** Delays, in milliseconds, until every other client of the room had applied a keystroke. */
  delays: number[]
  /** Delays until the first other client had applied it: the server's share, without the fan-out. */
  firstDelays: number[]
  /** Keystrokes some client has not applied yet. */
  pending: number
  converged: boolean
  dropped: number
}

const WORKER = new URL('./load-worker.ts', import.meta.url)

/** The clients of one room, spread over worker threads. */
export class RoomLoad {
  private authors: number[] = []

  /** Workers that have exited, with their exit code: a request to one of them fails at once. */
  private readonly exited = new Map<Worker, number>()

  private constructor(
    private readonly workers: Worker[],
    private readonly typists: number,
  ) {
    for (const worker of workers) worker.once('exit', (code) => this.exited.set(worker, code))
  }

  /**
   * Opens a client of each address of `urls` (one room, the tokens may differ) in `threads` workers, the first
   * `typists` of them ready to type. With `seed`, the very first client writes it into the room before any other
   * client connects.
   */
  static async open(
    urls: readonly string[],
    typists: number,
    threads: number,
    seed?: Uint8Array,
  ): Promise<RoomLoad> {
    // Each applied update leaves short-lived garbage; with V8's default young generation the scavenges cost the
    // clients as much as the updates themselves.
    const workers = Array.from({ length: threads }, () => startWorker(WORKER, 96))
    const load = new RoomLoad(workers, typists)
    try {
      // Client i lives in worker i % threads, so that typists and readers spread evenly.
      for (let w = 0; w < threads; w++) {
        const mine = urls.map((_, i) => i).filter((i) => i % threads === w)
        const answer = await load.ask(workers[w]!, {
          type: 'connect',
          urls: mine.map((i) => urls[i]!),
          typists: mine.filter((i) => i < typists),
          seed: w === 0 && seed ? seed : null,
        })
        if (answer.type === 'connected') load.authors.push(...answer.authors)
      }
    } catch (error) {
      await load.close()
      throw error
    }
    return load
  }

  /** Starts every typist, `rate` keystrokes per second each, their phases spread evenly over one interval. */
  async startTyping(rate: number): Promise<void> {
    const intervalMs = 1000 / rate
    await this.all({ type: 'type', authors: this.authors, intervalMs, typists: this.typists })
  }

  /** Stops every typist. */
  async stopTyping(): Promise<void> {
    await this.all({ type: 'stop' })
  }

  /** The delays of the keystrokes sent between `from` and `to` (on the clock of clock.ts). */
  async deliveries(from: number, to: number): Promise<Deliveries> {
    const reports = (await this.all({ type: 'report' })) as WorkerReport[]
    const delays: number[] = []
    const firstDelays: number[] = []
    let pending = 0
    for (const report of reports) {
      for (const { author, endClock, sentAt } of report.sent) {
        if (sentAt < from || sentAt > to) continue
        let first = Number.POSITIVE_INFINITY
        let last = sentAt
        for (const other of reports) {
          const delivery = other.delivery.find((d) => d.author === author)
          if (!delivery || delivery.receivers === 0) continue
          first = Math.min(first, delivery.firstAt[endClock] ?? Number.POSITIVE_INFINITY)
          const done = delivery.doneAt[endClock]
          last = done == null ? Number.NaN : Math.max(last, done)
        }
        if (Number.isNaN(last)) pending++
        else {
          delays.push(last - sentAt)
          firstDelays.push(first - sentAt)
        }
      }
    }
    const vectors = new Set(reports.flatMap((r) => r.vectors))
    return {
      delays,
      firstDelays,
      pending,
      converged: vectors.size === 1 && reports.every((r) => r.waiting === 0),
      dropped: reports.reduce((sum, r) => sum + r.dropped, 0),
    }
  }

  /** Closes every client and ends the workers. */
  async close(): Promise<void> {
    await this.all({ type: 'close' }).catch(() => {})
    await Promise.all(this.workers.map((w) => w.terminate()))
  }

  private async all(message: ToWorker): Promise<FromWorker[]> {
    return Promise.all(this.workers.map((w) => this.ask(w, message)))
  }

  private ask(worker: Worker, message: ToWorker): Promise<FromWorker> {
    return ask<FromWorker>(worker, message, this.exited)
  }
}
