// "Saved" tells the truth: it appears only once the server has stored the change, not when it was sent. The
// server here is `server/test/gated-server.ts`, run as a process of its own, whose store the test holds back: the
// facilitator types while the store waits, and the page says "Saving…" until the store lets the change through.
import assert from 'node:assert/strict'
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { after, before, test } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import {
  clickAtEnd,
  ensureEditorBuilt,
  launchBrowser,
  newPage,
  openDraft,
  operative,
  ROOT,
  browserSkip as skip,
  waitForStatus,
} from './browser-harness.ts'

let child: ChildProcess | null = null
let browser: Browser | null = null
let data = ''
let link = ''
/** What the server printed since the test last looked: `held`, `stored`. */
const printed: string[] = []

before(async () => {
  if (skip) return
  ensureEditorBuilt()
  data = mkdtempSync(join(tmpdir(), 'penholder-saved-'))
  child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'server/test/gated-server.ts'), data], {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  const lines = createInterface({ input: child.stdout! })
  link = await new Promise<string>((resolve, reject) => {
    child!.once('exit', (code) => reject(new Error(`gated-server exited with ${code}`)))
    lines.on('line', (line) => {
      if (line.startsWith('{')) resolve((JSON.parse(line) as { link: string }).link)
      else printed.push(line)
    })
  })
  browser = await launchBrowser()
})

after(async () => {
  await browser?.close()
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child!.once('exit', resolve))
    child.stdin!.end()
    await exited
  }
  if (data) rmSync(data, { recursive: true, force: true })
})

/** Tells the server to hold back or let through its store. */
const tell = (command: 'hold' | 'release') => child!.stdin!.write(`${command}\n`)

/** Waits until the server has printed `event` (since `from` lines). */
async function printedEvent(event: string, from: number): Promise<void> {
  while (!printed.slice(from).includes(event)) await new Promise((r) => setTimeout(r, 20))
}

/** Records, in the page, every status the indicator shows from now on. */
const recordStatuses = (page: Page) =>
  page.evaluate(() => {
    const status = document.querySelector('.status')!
    const seen: string[] = []
    ;(window as unknown as { __statuses: string[] }).__statuses = seen
    new MutationObserver(() => seen.push(status.getAttribute('data-status') ?? '')).observe(status, {
      attributes: true,
      attributeFilter: ['data-status'],
    })
  })

const statuses = (page: Page) =>
  page.evaluate(() => (window as unknown as { __statuses: string[] }).__statuses)

test('"Saved" appears only after the server stored the change; until then the page says "Saving…"', {
  skip,
}, async () => {
  const { page } = await newPage(browser!)
  await openDraft(page, link)
  await waitForStatus(page, 'saved')
  await recordStatuses(page)

  const from = printed.length
  tell('hold')
  await clickAtEnd(page, operative(page, 1))
  await page.keyboard.type(' at once')
  await printedEvent('held', from)
  await waitForStatus(page, 'saving')
  // Long enough for the page to ask the server (250 ms after the last key) and for an answer that did not wait
  // for the store to come back and be shown (600 ms).
  await page.waitForTimeout(1500)
  assert.equal(await page.locator('.status').getAttribute('data-status'), 'saving')
  assert.equal(await page.locator('.status').textContent(), 'Saving…')
  assert.deepEqual(await statuses(page), ['saving'], 'never "Saved" while the store waits')

  tell('release')
  await printedEvent('stored', from)
  await waitForStatus(page, 'saved')
  assert.deepEqual(await statuses(page), ['saving', 'saved'])
  assert.equal(await page.locator('.status').textContent(), 'Saved')
})
