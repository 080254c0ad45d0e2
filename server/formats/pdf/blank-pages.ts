import type { Browser, Page } from 'playwright-core'
import { printStyle, RESOLUTION_CSS } from '../../../schema/index.ts'
import { exitedWhilePrinting } from './errors.ts'
import type { WarmBrowser } from './warm-browser.ts'

// A page that has printed once prints the next document about a quarter faster: its faces are loaded (Times in its
// four styles, the Arabic face) and its printing code has run. Chinese is left out: a CJK face costs Chromium
// a second to put in a PDF, more than it saves.
const WARM_UP = [
  '<!doctype html><html lang="en"><head><meta charset="utf-8">',
  `<style>${RESOLUTION_CSS}${printStyle('A/1')}</style></head><body>`,
  '<article class="resolution" lang="en"><header class="res-header"><p class="field field-organ">Warm</p></header>',
  '<p><strong>Bold</strong> <em>italic</em> <strong><em>both</em></strong> Русский<sup>1</sup></p>',
  '<p lang="ar" dir="rtl">الجمعية العامة</p></article></body></html>',
].join('')

/** A blank page in a browser context of its own, offline, with JavaScript off and every request refused. */
async function openPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: false, offline: true })
  try {
    // A PDF never fetches anything: not a font, an image or a style sheet a draft's text might name.
    await context.route('**/*', (route) => route.abort('blockedbyclient'))
    const page = await context.newPage()
    await page.setContent(WARM_UP)
    await page.pdf({ preferCSSPageSize: true })
    return page
  } catch (e) {
    await context.close().catch(() => {})
    throw e
  }
}

/** Closes the context of a page that is no longer wanted, whether or not it was ever made. */
const discard = (page: Promise<Page>): void => {
  page.then((p) => p.context().close()).catch(() => {})
}

/**
 * Fresh pages to print in, each in a context of its own that serves one document and is closed after it, so
 * nothing passes from one draft to the next. Starting a page starts a renderer process, the longest step of a
 * short document; so one page is kept ready, made while the document before it prints.
 */
export class BlankPages {
  readonly #browser: WarmBrowser
  #spare: { browser: Browser; page: Promise<Page> } | null = null

  constructor(browser: WarmBrowser) {
    this.#browser = browser
  }

  /** Starts the browser and makes the page the first document will take. */
  async prepare(): Promise<void> {
    const browser = await this.#browser.get()
    if (this.#spare?.browser === browser && (await this.#spare.page.catch(() => null))) return
    if (this.#spare) discard(this.#spare.page)
    const page = openPage(browser)
    page.catch(() => {})
    this.#spare = { browser, page }
    await page
  }

  /** A fresh page and the browser it runs in (starting the browser if it is not running). */
  async take(): Promise<{ page: Page; browser: Browser }> {
    const browser = await this.#browser.get()
    const spare = this.#spare
    const next = openPage(browser)
    // Nobody may ever take it (the browser dies first): its failure is not an error of its own.
    next.catch(() => {})
    this.#spare = { browser, page: next }
    if (spare?.browser === browser && browser.isConnected()) {
      const page = await spare.page.catch(() => null)
      if (page) return { page, browser }
    } else if (spare) discard(spare.page)
    try {
      return { page: await openPage(browser), browser }
    } catch (e) {
      throw browser.isConnected() ? e : exitedWhilePrinting(e)
    }
  }

  /** Lets the page kept ready go (closing the browser ends it, should it still be in the making). */
  close(): void {
    const spare = this.#spare
    this.#spare = null
    if (spare) discard(spare.page)
  }
}
