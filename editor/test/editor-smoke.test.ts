// A smoke test of the editor in a real browser against the real server: Debian's Chromium (driven by
// playwright-core) opens the links that `penholder draft new` and `penholder invite` print. Skipped where
// Chromium is missing, except under CI, where that is a failure.
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import type { Browser } from 'playwright-core'
import {
  draftIdOf,
  labels,
  launchBrowser,
  outputDir,
  type Penholder,
  ROOT,
  selectionSettled,
  browserSkip as skip,
  startPenholder,
} from './browser-harness.ts'

let browser: Browser | null = null
let server: Penholder | null = null
let shots = ''
const links: Record<string, string> = {}
/** The link with the address the browser reaches the test's server at. */
const at = (link: string) => server!.at(link)

before(async () => {
  if (skip) return
  server = await startPenholder('editor-smoke')
  const fixture = (name: string) => join(ROOT, 'editor/test/fixtures', name)
  links.chair = server.newDraft(fixture('fr-draft.md'))
  links.observer = server.invite(draftIdOf(links.chair), 'Press', 'observer')
  links.arabic = server.newDraft(fixture('ar-draft.md'), '--lang', 'ar')
  browser = await launchBrowser()
  shots = outputDir('editor-smoke')
})

after(async () => {
  await browser?.close()
  await server?.stop()
})

test('a facilitator opens the draft, types, and sees the numbers follow; an observer sees it live but cannot type', {
  skip,
}, async () => {
  const chair = await (await browser!.newContext({ viewport: { width: 1200, height: 1000 } })).newPage()
  const observer = await (await browser!.newContext({ viewport: { width: 1200, height: 1000 } })).newPage()
  await chair.goto(at(links.chair!))
  await observer.goto(at(links.observer!))
  await chair.waitForSelector('.ProseMirror', { timeout: 15_000 })
  await observer.waitForSelector('.ProseMirror', { timeout: 15_000 })

  assert.ok(!chair.url().includes('token'), 'the token is taken out of the address bar')
  assert.match((await chair.locator('.ProseMirror').textContent()) ?? '', /Réaffirme/)
  assert.deepEqual(await labels(chair), ['1.', '2.', 'a)', 'b)', '3.'])
  assert.equal(await chair.locator('.ProseMirror .footnote-ref').getAttribute('data-number'), '1')

  await chair.locator('.ProseMirror').getByText('Réaffirme que', { exact: false }).click()
  await chair.keyboard.press('End')
  // A scripted key can beat the selectionchange ProseMirror reads the caret from; a person's cannot.
  await selectionSettled(chair)
  await chair.keyboard.press('Enter')
  await chair.keyboard.type('Souligne que la coopération est essentielle ;')
  assert.deepEqual(await labels(chair), ['1.', '2.', '3.', 'a)', 'b)', '4.'], 'numbers follow at once')
  assert.equal(
    await chair.locator('.ProseMirror .clause > p:first-child em.opening', { hasText: 'Souligne' }).count(),
    1,
    'a phrase typed in full is marked as the opening phrase',
  )
  await observer.waitForFunction(
    () => document.querySelector('.ProseMirror')?.textContent?.includes('essentielle'),
    null,
    {
      timeout: 5000,
    },
  )
  await chair.waitForFunction(
    () => document.querySelector('.status')?.getAttribute('data-status') === 'saved',
    null,
    {
      timeout: 5000,
    },
  )

  assert.equal(await observer.locator('.ProseMirror').getAttribute('contenteditable'), 'false')
  await observer.locator('.ProseMirror').click({ force: true })
  await observer.keyboard.type('OBSERVER')
  await new Promise((r) => setTimeout(r, 500))
  assert.ok(
    !(await chair.locator('.ProseMirror').textContent())?.includes('OBSERVER'),
    'the observer cannot type',
  )
  assert.equal(await observer.locator('.toolbar').isVisible(), false, 'an observer has no editing toolbar')
  assert.match((await chair.locator('.people').textContent()) ?? '', /Press/)
  await chair.screenshot({ path: join(shots, 'draft-fr.png'), fullPage: true })
})

test('an Arabic draft runs right to left', { skip }, async () => {
  const page = await (await browser!.newContext({ viewport: { width: 1200, height: 900 } })).newPage()
  await page.goto(at(links.arabic!))
  await page.waitForSelector('.ProseMirror', { timeout: 15_000 })
  const dir = await page.evaluate(() => getComputedStyle(document.querySelector('.ProseMirror')!).direction)
  assert.equal(dir, 'rtl')
  assert.equal(await page.locator('.ProseMirror').getAttribute('lang'), 'ar')
  await page.screenshot({ path: join(shots, 'draft-ar.png'), fullPage: true })
})
