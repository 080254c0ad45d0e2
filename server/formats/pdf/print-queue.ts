import { PrinterBusy, PrintFailed } from './errors.ts'

// What a job is assumed to take before any has run: a warm Chromium prints a short draft in under a second.
const FIRST_ESTIMATE_MS = 2000
// How much the newest job counts in the running average of job times.
const WEIGHT = 0.3

/**
 * Runs at most `concurrency` jobs at once and keeps up to `queueLimit` more waiting, in order; beyond that a
 * job is refused at once with {@link PrinterBusy}, whose `retryAfter` comes from the recent job times, so that
 * a burst of requests gets a clear answer instead of piling up behind a printer that cannot keep up.
 */
export class PrintQueue {
  readonly concurrency: number
  readonly queueLimit: number
  #running = 0
  #waiting: { start: () => void; refuse: (error: Error) => void }[] = []
  #averageMs = FIRST_ESTIMATE_MS
  #closed = false

  constructor(concurrency: number, queueLimit: number) {
    if (!Number.isInteger(concurrency) || concurrency < 1)
      throw new RangeError(
        `PDF printer: concurrency must be a whole number of at least 1, got ${concurrency}`,
      )
    if (!Number.isInteger(queueLimit) || queueLimit < 0)
      throw new RangeError(`PDF printer: queueLimit must be a whole number of at least 0, got ${queueLimit}`)
    this.concurrency = concurrency
    this.queueLimit = queueLimit
  }

  /** How many jobs run and how many wait. */
  get load(): { running: number; waiting: number } {
    return { running: this.#running, waiting: this.#waiting.length }
  }

  /** Seconds until a job asked for now would likely start: the work ahead of it shared among the slots. */
  retryAfter(): number {
    const ahead = this.#running + this.#waiting.length
    return Math.max(1, Math.ceil((this.#averageMs * ahead) / this.concurrency / 1000))
  }

  /** Runs `job` in a slot, after those queued before it; throws PrinterBusy when the queue is full. */
  async run<T>(job: () => Promise<T>): Promise<T> {
    if (this.#closed) throw new PrintFailed('the PDF printer is closed')
    if (this.#running >= this.concurrency) {
      if (this.#waiting.length >= this.queueLimit)
        throw new PrinterBusy(this.retryAfter(), this.#waiting.length)
      await new Promise<void>((start, refuse) => this.#waiting.push({ start, refuse }))
    } else this.#running++
    const started = performance.now()
    try {
      return await job()
    } finally {
      this.#averageMs += WEIGHT * (performance.now() - started - this.#averageMs)
      this.#next()
    }
  }

  /** Refuses the jobs still waiting; those running finish (or fail) on their own. */
  close(): void {
    this.#closed = true
    for (const waiting of this.#waiting.splice(0))
      waiting.refuse(new PrintFailed('the PDF printer is closed'))
  }

  // A finished job hands its slot straight to the first in line, so a newcomer cannot take it in between.
  #next(): void {
    const first = this.#waiting.shift()
    if (first) first.start()
    else this.#running--
  }
}
