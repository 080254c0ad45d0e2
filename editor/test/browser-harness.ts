// What the browser tests share: Debian's Chromium driven by playwright-core (skipped where it is missing, except
// under CI, where that is a failure), and a penholder server started from the command line on a free port with a
// fresh data folder, with the links that `serve`, `draft new` and `invite` print.
import assert from 'node:assert/strict'
import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { get } from 'node:http'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core'

/** The root of the checkout. */
export const ROOT = new URL('../..', import.meta.url).pathname

/** Where Debian puts Chromium (`apt-get install chromium`). */
export const CHROMIUM = '/usr/bin/chromium'

const missing = !existsSync(CHROMIUM)

/** The `skip` option of a browser test: a reason where Chromium is missing (and CI is not set), else false. */
export const browserSkip: string | false =
  missing && !process.env.CI ? `Chromium is not installed at ${CHROMIUM} (apt-get install chromium)` : false

/** The built editor, which the server serves. */
export const EDITOR_DIST = join(ROOT, 'editor/dist')

/** Builds the editor bundle if it is not there (a fresh clone has no editor/dist). */
export function ensureEditorBuilt(): void {
  if (existsSync(join(EDITOR_DIST, 'draft.html'))) return
  const build = spawnSync(process.execPath, [join(ROOT, 'scripts/build-editor.js')], { encoding: 'utf8' })
  assert.equal(build.status, 0, `the editor bundle did not build: ${build.stderr}`)
}

/** Launches headless Chromium; under CI a missing Chromium is an error, not a skip. */
export async function launchBrowser(): Promise<Browser> {
  if (missing) throw new Error(`Chromium is required at ${CHROMIUM} (apt-get install chromium)`)
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  })
}

/** A fresh page in a context of its own (its own storage, as another person's browser). */
export async function newPage(
  browser: Browser,
  viewport = { width: 1200, height: 1000 },
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport, locale: 'en-US' })
  return { context, page: await context.newPage() }
}

/** The test output folder `test-output/NAME` (git-ignored), created. */
export function outputDir(name: string): string {
  const dir = join(ROOT, 'test-output', name)
  mkdirSync(dir, { recursive: true })
  return dir
}

/** Runs the `penholder` command and returns what it printed. */
export const penholder = (...args: string[]): string =>
  execFileSync(process.execPath, [join(ROOT, 'bin/penholder.js'), ...args], {
    encoding: 'utf8',
    timeout: 60_000,
    stdio: ['ignore', 'pipe', 'pipe'],
  })

/** The first draft link (`http://HOST:PORT/d/ID#token=TOKEN`) in a command's output. */
export function linkIn(output: string): string {
  const match = /https?:\/\/\S+\/d\/[^\s#]+#token=[^\s"'<>]+/.exec(output)
  if (!match) throw new Error(`no draft link in: ${output}`)
  return match[0]
}

/** The draft id of a draft link. */
export function draftIdOf(link: string): string {
  const match = /\/d\/([^/#?]+)/.exec(link)
  if (!match) throw new Error(`not a draft link: ${link}`)
  return decodeURIComponent(match[1]!)
}

/** The token of a link (`#token=...`). */
export function tokenOf(link: string): string {
  const match = /#token=([^&\s]+)/.exec(link)
  if (!match) throw new Error(`no token in: ${link}`)
  return decodeURIComponent(match[1]!)
}

/** A free TCP port on 127.0.0.1. */
export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createServer()
    probe.on('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
  })

/** A penholder server run by `penholder serve` for one test file, and the links it printed. */
export interface Penholder {
  /** The server's address, `http://127.0.0.1:PORT`, where the browser goes. */
  base: string
  /** The data folder, removed by {@link Penholder.stop}. */
  data: string
  /** The server-wide facilitator link of the home page, as `serve` prints it. */
  home: string
  /** The demo draft's id and its links by delegation: Facilitator (chair), France, Brazil, Observer. */
  demoId: string
  demo: Record<string, string>
  /** A printed link moved to {@link base} (the commands print the default address, not the test's port). */
  at(link: string): string
  /** `penholder draft new FILE ...` on this data folder: the facilitator link of the new draft. */
  newDraft(file: string, ...options: string[]): string
  /** `penholder invite` on this data folder: the link for a delegation in a role. */
  invite(draftId: string, delegation: string, role: 'chair' | 'delegate' | 'observer'): string
  /** Stops the server and removes the data folder. */
  stop(): Promise<void>
}

/** Waits until a child process has printed `marker` on stdout; resolves to everything it printed until then. */
function waitForOutput(child: ChildProcess, marker: string, timeout: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = ''
    let err = ''
    const onErr = (chunk: Buffer) => {
      err += chunk.toString()
    }
    const onOut = (chunk: Buffer) => {
      out += chunk.toString()
      if (out.includes(marker)) done()
    }
    const onExit = (code: number | null) => done(`exited with ${code}`)
    const timer = setTimeout(() => done(`no '${marker}' within ${timeout} ms`), timeout)
    const done = (failure?: string) => {
      clearTimeout(timer)
      child.stdout!.off('data', onOut)
      child.stderr!.off('data', onErr)
      child.off('exit', onExit)
      if (failure) reject(new Error(`penholder serve: ${failure}\nstdout: ${out}\nstderr: ${err}`))
      else resolve(out)
    }
    child.stdout!.on('data', onOut)
    child.stderr!.on('data', onErr)
    child.once('exit', onExit)
  })
}

/**
 * A page's text over a connection closed after it. With fetch the socket would stay in the pool; while a
 * `penholder` command then blocks this process (execFileSync) for longer than the server's keep-alive, the server
 * closes it unseen, and the next fetch (a POST, which is not retried) fails with "other side closed".
 */
function pageOnItsOwnConnection(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    get(url, { agent: false }, (response) => {
      let text = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => {
        text += chunk
      })
      response.on('end', () => resolve(text))
      response.on('error', reject)
    }).on('error', reject)
  })
}

/**
 * Starts `penholder serve` on a free port with a fresh data folder; `serve` creates the demo draft and prints
 * the home link and the demo's links, which are returned with the server.
 */
export async function startPenholder(name: string): Promise<Penholder> {
  ensureEditorBuilt()
  const data = mkdtempSync(join(tmpdir(), `penholder-${name}-`))
  const port = await freePort()
  const server = `http://127.0.0.1:${port}`
  const child = spawn(
    process.execPath,
    // --print-links: the links come to this pipe rather than into DATA/links.txt.
    [
      join(ROOT, 'bin/penholder.js'),
      'serve',
      '--port',
      String(port),
      '--host',
      '127.0.0.1',
      '--data',
      data,
      '--print-links',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  )
  // Should this process die before `stop`, the server goes with it rather than staying behind.
  const orphanGuard = () => child.kill('SIGKILL')
  process.once('exit', orphanGuard)
  const stop = async () => {
    process.off('exit', orphanGuard)
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      const killer = setTimeout(() => child.kill('SIGKILL'), 5000)
      await exited
      clearTimeout(killer)
    }
    rmSync(data, { recursive: true, force: true })
  }
  try {
    const printed = await waitForOutput(child, 'Stop with Ctrl-C', 30_000)
    // From here on nobody reads the server's output: drain the pipes so that it never blocks on a full one.
    child.stdout!.resume()
    child.stderr!.resume()
    const home = /https?:\/\/\S+\/#token=\S+/.exec(printed)?.[0]
    if (!home) throw new Error(`serve printed no home link:\n${printed}`)
    const demo: Record<string, string> = {}
    for (const match of printed.matchAll(/^\s+(\S+) \((chair|delegate|observer)\)\s+(\S+)$/gm)) {
      demo[match[1]!] = match[3]!
    }
    const chair = demo.Facilitator
    if (!chair) throw new Error(`serve printed no demo facilitator link:\n${printed}`)
    const shell = await pageOnItsOwnConnection(`${server}/`)
    if (!shell.includes('/assets/home-')) {
      throw new Error(
        `penholder serve answered / with its fallback page, not the built editor (${EDITOR_DIST})`,
      )
    }
    return {
      base: server,
      data,
      home,
      demoId: draftIdOf(chair),
      demo,
      at: (link) => link.replace(/^https?:\/\/[^/]+/, server),
      newDraft: (file, ...options) => linkIn(penholder('draft', 'new', file, '--data', data, ...options)),
      invite: (draftId, delegation, role) =>
        linkIn(
          penholder('invite', '--draft', draftId, '--delegation', delegation, '--role', role, '--data', data),
        ),
      stop,
    }
  } catch (e) {
    await stop()
    throw e
  }
}

/** Opens a draft link and waits for the editor to show the document. */
export async function openDraft(page: Page, url: string): Promise<void> {
  await page.goto(url)
  await page.waitForSelector('.ProseMirror', { timeout: 15_000 })
}

/** The printed labels of the numbered paragraphs, as the numbering plugin shows them ("1.", "a)", ...). */
export const labels = (page: Page): Promise<string[]> =>
  page.$$eval('.ProseMirror .clause[data-label]', (clauses) =>
    clauses.map((clause) => (clause as HTMLElement).dataset.label ?? ''),
  )

/** The text of an element as a reader sees it: without the carets and names of other delegations. */
export const textOf = (target: Locator): Promise<string> =>
  target.evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement
    for (const cursor of copy.querySelectorAll('.remote-cursor')) cursor.remove()
    return copy.textContent ?? ''
  })

/** The text of the editor, as a reader sees it. */
export const editorText = (page: Page): Promise<string> => textOf(page.locator('.ProseMirror'))

/** The text of each paragraph of the editor (header lines, title, formula, clauses), as a reader sees it. */
export const paragraphTexts = (page: Page): Promise<string[]> =>
  page.$$eval('.ProseMirror p, .ProseMirror h1', (ps) =>
    ps.map((p) => {
      const copy = p.cloneNode(true) as HTMLElement
      for (const cursor of copy.querySelectorAll('.remote-cursor')) cursor.remove()
      return copy.textContent ?? ''
    }),
  )

/** Waits until the editor's text, as a reader sees it, contains `text`. */
export const waitForText = (page: Page, text: string, timeout = 5000): Promise<unknown> =>
  page.waitForFunction(
    (t) => {
      const editor = document.querySelector('.ProseMirror')
      if (!editor) return false
      const copy = editor.cloneNode(true) as HTMLElement
      for (const cursor of copy.querySelectorAll('.remote-cursor')) cursor.remove()
      return copy.textContent?.includes(t)
    },
    text,
    { timeout },
  )

/** Waits until the status indicator shows a status ("saved", "offline", ...). */
export const waitForStatus = (page: Page, status: string, timeout = 10_000): Promise<unknown> =>
  page.waitForFunction((s) => document.querySelector('.status')?.getAttribute('data-status') === s, status, {
    timeout,
  })

/** Clicks just inside the first or the last character of an element's text, as a person puts the caret there. */
async function clickAtText(page: Page, target: Locator, edge: 'start' | 'end'): Promise<void> {
  await target.scrollIntoViewIfNeeded()
  const point = await target.evaluate((element, atEnd) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
    const texts: Text[] = []
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if ((node as Text).data.trim()) texts.push(node as Text)
    }
    const text = atEnd ? texts.at(-1) : texts[0]
    if (!text) throw new Error('the element has no text to click')
    const range = document.createRange()
    const offset = atEnd ? text.data.length - 1 : 0
    range.setStart(text, offset)
    range.setEnd(text, offset + 1)
    const box = range.getBoundingClientRect()
    const rtl = getComputedStyle(element).direction === 'rtl'
    // The inner side of the character, so the click lands on it and not on a neighbour.
    const x = atEnd !== rtl ? box.right - 1 : box.left + 1
    return { x, y: box.top + box.height / 2 }
  }, edge === 'end')
  await page.mouse.click(point.x, point.y)
  await page.keyboard.press(edge === 'end' ? 'End' : 'Home')
  await selectionSettled(page)
}

/**
 * Waits two frames, so that the `selectionchange` events of a click or an arrow key have been handled.
 * ProseMirror reads the caret from those events; a script's next key press can overtake them (Chromium
 * handles input before queued tasks), a person's, tens of milliseconds later, does not.
 */
export const selectionSettled = (page: Page): Promise<void> =>
  page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  )

/** Puts the caret at the end of an element's text by clicking on its last character (then End). */
export const clickAtEnd = (page: Page, target: Locator): Promise<void> => clickAtText(page, target, 'end')

/** Puts the caret at the start of an element's text by clicking on its first character (then Home). */
export const clickAtStart = (page: Page, target: Locator): Promise<void> => clickAtText(page, target, 'start')

/** The lead paragraph of the Nth operative paragraph (1-based), as the page shows it. */
export const operative = (page: Page, n: number): Locator =>
  page
    .locator('.ProseMirror .operative')
    .nth(n - 1)
    .locator(':scope > p:first-child')

/** Where on the page the first occurrence of `word` in an element's text is (its centre), scrolled into view. */
export async function wordCentre(target: Locator, word: string): Promise<{ x: number; y: number }> {
  await target.scrollIntoViewIfNeeded()
  return target.evaluate((element, w) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(w)
      if (at < 0) continue
      const range = document.createRange()
      range.setStart(node, at)
      range.setEnd(node, at + w.length)
      const rect = range.getBoundingClientRect()
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 }
    }
    throw new Error(`no '${w}' in the element`)
  }, word)
}
