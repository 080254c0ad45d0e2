import { Worker } from 'node:worker_threads'
import type { Node } from 'prosemirror-model'
import type { CompareOptions } from '../../../schema/index.ts'
import type { StoredDraft } from '../../storage/index.ts'
import type { ExportSource, FileRequest } from '../file-formats.ts'
import { type ExportJob, type ExportReply, type FileJob, sourceJob } from './job.ts'

// Exports written off the event loop that serves the rooms (issue 16): a small pool of worker threads, each
// started on first use and kept (it has loaded the writers). A worker holds the process open only while an
// export is under way in it, so a command or a test ends when its work is done.

/** The export pool is full: `limit` exports are being written or waiting; the API answers 503 with Retry-After. */
export class ExportBusy extends Error {
  /** Seconds after which a new request may find room. */
  readonly retryAfter = 2

  constructor(limit: number) {
    super(`the export queue is full (${limit} exports under way); try again in 2 s`)
    this.name = 'ExportBusy'
  }
}

interface Pending {
  resolve(body: string | Uint8Array): void
  reject(error: Error): void
}

/** One worker thread and the exports sent to it. */
class ExportWorker {
  readonly pending = new Map<number, Pending>()
  readonly worker: Worker

  constructor(onGone: (w: ExportWorker) => void) {
    this.worker = new Worker(new URL('./worker-entry.js', import.meta.url), { execArgv: [] })
    this.worker.unref()
    this.worker.on('message', (reply: ExportReply) => {
      const p = this.pending.get(reply.id)
      if (!p) return
      this.pending.delete(reply.id)
      if (this.pending.size === 0) this.worker.unref()
      if (reply.ok) p.resolve(reply.body)
      else p.reject(reply.name === 'RangeError' ? new RangeError(reply.message) : new Error(reply.message))
    })
    let gone = false
    const fail = (error: Error) => {
      if (gone) return
      gone = true
      // Taken out first, so that the next export starts a new thread in its place.
      onGone(this)
      for (const p of this.pending.values()) p.reject(error)
      this.pending.clear()
    }
    this.worker.on('error', (e) => fail(new Error(`an export worker thread failed: ${e.message}`)))
    this.worker.on('exit', (code) => fail(new Error(`an export worker thread stopped (exit code ${code})`)))
  }

  run(job: ExportJob): Promise<string | Uint8Array> {
    return new Promise((resolve, reject) => {
      this.pending.set(job.id, { resolve, reject })
      this.worker.ref()
      this.worker.postMessage(job)
    })
  }
}

/** How many threads write exports, and how many exports may be under way (written or waiting) at once. */
export interface ExportPoolOptions {
  /** Default 2. */
  threads?: number
  /** Default 16. Beyond, `write` rejects with {@link ExportBusy}. */
  queueLimit?: number
}

/**
 * Writes Markdown, text, HTML, Word and Akoma Ntoso exports in a pool of worker threads, so that a large export
 * never holds up another delegation's keystrokes. A thread that crashes is replaced by the next export.
 */
export class ExportPool {
  private readonly workers: ExportWorker[] = []
  private nextId = 1
  private closed = false
  readonly threads: number
  readonly queueLimit: number

  constructor(options: ExportPoolOptions = {}) {
    this.threads = Math.max(1, options.threads ?? 2)
    this.queueLimit = Math.max(1, options.queueLimit ?? 16)
  }

  /** Exports being written or waiting, in every thread. */
  get underWay(): number {
    return this.workers.reduce((n, w) => n + w.pending.size, 0)
  }

  /**
   * The draft written as `request` asks, by a worker thread, as `exportFile` writes it: a RangeError for a view
   * that cannot be written, {@link ExportBusy} when the queue is full. PDF is not written here (Chromium prints it).
   */
  write(source: ExportSource, request: FileRequest): Promise<string | Uint8Array> {
    return this.file(() => sourceJob(source), request)
  }

  /**
   * A draft as stored (`Storage.loadDraft`, or a live draft's state as one snapshot) written as `request` asks:
   * the worker thread also reads it, which for a long draft takes as long as writing it. As {@link write}.
   */
  writeStored(stored: StoredDraft, request: FileRequest): Promise<string | Uint8Array> {
    return this.file(() => ({ kind: 'stored', stored }), request)
  }

  /**
   * Two versions compared (as `compareDrafts` compares them, with `options`) and written as a Word file with
   * tracked changes (`writeComparisonDocx`), by a worker thread. {@link ExportBusy} when the queue is full.
   */
  async writeComparison(from: Node, to: Node, options: CompareOptions): Promise<Uint8Array> {
    const body = await this.send((id) => ({
      id,
      kind: 'comparison',
      from: from.toJSON(),
      to: to.toJSON(),
      options,
    }))
    if (typeof body === 'string') throw new Error('an export worker thread wrote a comparison as text')
    return body
  }

  private file(draft: () => FileJob['draft'], request: FileRequest): Promise<string | Uint8Array> {
    if (request.format === 'pdf')
      return Promise.reject(new Error('PDF is printed by Chromium, not in an export thread'))
    return this.send((id) => ({ id, kind: 'file', draft: draft(), request: { ...request } }))
  }

  private async send(job: (id: number) => ExportJob): Promise<string | Uint8Array> {
    if (this.closed) throw new Error('the export pool is closed')
    if (this.underWay >= this.queueLimit) throw new ExportBusy(this.queueLimit)
    return this.pick().run(job(this.nextId++))
  }

  private pick(): ExportWorker {
    const idle = this.workers.find((w) => w.pending.size === 0)
    if (idle) return idle
    if (this.workers.length < this.threads) {
      const w = new ExportWorker((gone) => {
        const i = this.workers.indexOf(gone)
        if (i >= 0) this.workers.splice(i, 1)
      })
      this.workers.push(w)
      return w
    }
    return this.workers.reduce((a, b) => (b.pending.size < a.pending.size ? b : a))
  }

  /** Stops every worker thread (the server closes); exports under way reject, later ones are refused. */
  async close(): Promise<void> {
    this.closed = true
    await Promise.all(this.workers.map((w) => w.worker.terminate()))
  }

  /** Ends one worker thread as a crash would (tests: a crashed thread is replaced). */
  async crashForTest(): Promise<void> {
    await this.workers[0]?.worker.terminate()
  }
}
