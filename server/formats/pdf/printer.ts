import type { Page } from 'playwright-core'
import { type Log, silentLog } from '../../log.ts'
import { BlankPages } from './blank-pages.ts'
import { ChromiumMissing, exitedWhilePrinting, PrintFailed } from './errors.ts'
import { PrintQueue } from './print-queue.ts'
import { DEBIAN_CHROMIUM, WarmBrowser } from './warm-browser.ts'

/** Options of {@link PdfPrinter}. */
export interface PdfPrinterOptions {
  /** Chromium's executable; by default `PENHOLDER_CHROMIUM` where set, else Debian's `/usr/bin/chromium`. */
  executablePath?: string
  /** How many documents print at once (default 2, one per core of a small server). */
  concurrency?: number
  /** How many more may wait for a slot before a request is refused with PrinterBusy (default 16). */
  queueLimit?: number
  /** Milliseconds one document may take, from its turn to its last page, before it is given up (default 30 s). */
  timeout?: number
  /** Where the printer says when Chromium starts or exits and what each job took. */
  log?: Log
}

/**
 * Keeps one headless Chromium warm for every PDF request of a server (or a CLI run): started on first use (or
 * by `warm()`), started again by the next job after it died, and ended by `close()`. At most `concurrency`
 * documents print at once and `queueLimit` wait; beyond that `print` throws PrinterBusy at once. Each document
 * gets a fresh browser context, with JavaScript off and every request refused, closed after it, so nothing
 * passes from one draft to the next and no page fetches anything.
 */
export class PdfPrinter {
  readonly #browser: WarmBrowser
  readonly #pages: BlankPages
  readonly #queue: PrintQueue
  readonly #timeout: number
  readonly #log: Log

  constructor(options: PdfPrinterOptions = {}) {
    const timeout = options.timeout ?? 30_000
    if (!(timeout > 0)) throw new RangeError(`PDF printer: timeout must be a positive number, got ${timeout}`)
    this.#log = options.log ?? silentLog
    this.#browser = new WarmBrowser(
      options.executablePath ?? (process.env.PENHOLDER_CHROMIUM || DEBIAN_CHROMIUM),
      this.#log,
    )
    this.#pages = new BlankPages(this.#browser)
    this.#queue = new PrintQueue(options.concurrency ?? 2, options.queueLimit ?? 16)
    this.#timeout = timeout
  }

  /** Starts Chromium (and a first page) now, so the first request does not wait for them; throws ChromiumMissing. */
  warm(): Promise<void> {
    return this.#pages.prepare()
  }

  /** How many documents are printing and how many wait. */
  get load(): { running: number; waiting: number } {
    return this.#queue.load
  }

  /**
   * Prints a whole HTML page (with its print style sheet, as `pdfPage` writes it) to PDF, at the size its
   * `@page` rule asks for. Throws ChromiumMissing, PrinterBusy, or PrintFailed for a job that died or timed out.
   */
  print(html: string): Promise<Uint8Array> {
    return this.#queue.run(() => this.#job(html))
  }

  /** Refuses the jobs still waiting and ends Chromium and its processes. */
  async close(): Promise<void> {
    this.#queue.close()
    this.#pages.close()
    await this.#browser.close()
  }

  async #job(html: string): Promise<Uint8Array> {
    const started = performance.now()
    // The page once the job has one; whoever finishes last (the job or its timeout) closes its context.
    const held: { page: Page | null; expired: boolean } = { page: null, expired: false }
    let timer: NodeJS.Timeout | undefined
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        held.expired = true
        reject(new PrintFailed(`the page did not print within ${this.#timeout / 1000} s`))
        // Closing the context ends whatever the page was doing, so the slot is free again.
        held.page
          ?.context()
          .close()
          .catch(() => {})
      }, this.#timeout)
    })
    const work = async () => {
      const { page, browser } = await this.#pages.take()
      held.page = page
      if (held.expired) throw new PrintFailed('the page was given up before it started')
      try {
        await page.setContent(html, { waitUntil: 'load' })
        return await page.pdf({ preferCSSPageSize: true })
      } catch (e) {
        throw browser.isConnected() ? e : exitedWhilePrinting(e)
      }
    }
    try {
      const pdf = await Promise.race([work(), timedOut])
      this.#log('pdf.print', { ms: Math.round(performance.now() - started), bytes: pdf.byteLength })
      return pdf
    } catch (e) {
      this.#log('pdf.fail', { ms: Math.round(performance.now() - started), error: (e as Error).message })
      if (e instanceof PrintFailed || e instanceof ChromiumMissing) throw e
      throw new PrintFailed(`Chromium could not print the page: ${(e as Error).message}`, { cause: e })
    } finally {
      clearTimeout(timer)
      if (held.page)
        await held.page
          .context()
          .close()
          .catch(() => {})
    }
  }
}
