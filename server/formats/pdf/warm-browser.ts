import { existsSync } from 'node:fs'
import { type Browser, chromium } from 'playwright-core'
import type { Log } from '../../log.ts'
import { ChromiumMissing, PrintFailed } from './errors.ts'

/** Where Debian puts Chromium (`apt-get install chromium`). */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium'

// Headless and quiet: a PDF must never fetch anything, so no host name resolves either (Playwright talks to
// Chromium over a pipe, not the network).
const ARGS = [
  '--host-resolver-rules=MAP * ~NOTFOUND',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-extensions',
  '--disable-sync',
  '--disable-default-apps',
  '--mute-audio',
]

/**
 * One headless Chromium, started on first use and started again on the next use after it went away (a crash,
 * a kill). It leaves the signals to the server, which closes it on its way out; Playwright still kills it if
 * the process exits without that.
 */
export class WarmBrowser {
  readonly executablePath: string
  readonly #log: Log
  #browser: Browser | null = null
  #launching: Promise<Browser> | null = null
  #closed = false

  constructor(executablePath: string, log: Log) {
    this.executablePath = executablePath
    this.#log = log
  }

  /** The running browser, started if there is none; throws ChromiumMissing where it is not installed. */
  get(): Promise<Browser> {
    if (this.#closed) return Promise.reject(new PrintFailed('the PDF printer is closed'))
    if (this.#browser?.isConnected()) return Promise.resolve(this.#browser)
    this.#launching ??= this.#launch().finally(() => {
      this.#launching = null
    })
    return this.#launching
  }

  /** Ends the browser, waiting for its processes to exit; later calls of `get` fail. */
  async close(): Promise<void> {
    this.#closed = true
    const launching = this.#launching
    if (launching) await launching.catch(() => null)
    const browser = this.#browser
    this.#browser = null
    if (browser) await browser.close().catch(() => {})
  }

  async #launch(): Promise<Browser> {
    const path = this.executablePath
    if (!existsSync(path)) throw new ChromiumMissing(path)
    const started = performance.now()
    let browser: Browser
    try {
      browser = await chromium.launch({
        executablePath: path,
        args: ARGS,
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
        timeout: 30_000,
      })
    } catch (e) {
      if (!existsSync(path)) throw new ChromiumMissing(path)
      throw new PrintFailed(`Chromium at ${path} did not start: ${(e as Error).message}`, { cause: e })
    }
    if (this.#closed) {
      await browser.close().catch(() => {})
      throw new PrintFailed('the PDF printer is closed')
    }
    browser.on('disconnected', () => {
      if (this.#browser !== browser) return
      this.#browser = null
      if (!this.#closed) this.#log('pdf.browser.exit', { note: 'started again by the next job' })
    })
    this.#browser = browser
    this.#log('pdf.browser.start', {
      ms: Math.round(performance.now() - started),
      version: browser.version(),
    })
    return browser
  }
}
