// The draft page switches its interface language in a real browser: every part of the page follows at once (the
// toolbar with the facilitator's suggestion switch, the save status, the panels), and what the delegate had set
// stays as it was.
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import type { Browser } from 'playwright-core'
import {
  clickAtEnd,
  launchBrowser,
  newPage,
  openDraft,
  operative,
  type Penholder,
  ROOT,
  browserSkip as skip,
  startPenholder,
  waitForStatus,
} from './browser-harness.ts'

let server: Penholder | null = null
let browser: Browser | null = null
let chairLink = ''

before(async () => {
  if (skip) return
  server = await startPenholder('browser-language')
  chairLink = server.newDraft(join(ROOT, 'editor/test/fixtures/en-draft.md'))
  browser = await launchBrowser()
})

after(async () => {
  await browser?.close()
  await server?.stop()
})

test('the facilitator switches the interface to French: the toolbar, status and panels follow, suggesting still on', {
  skip,
}, async () => {
  const { page } = await newPage(browser!)
  await openDraft(page, server!.at(chairLink))
  await waitForStatus(page, 'saved')
  const toolbar = page.locator('.toolbar')
  const suggest = toolbar.locator('.suggest-switch')
  assert.equal(await suggest.textContent(), 'Suggest changes', "the facilitator's toolbar has the switch")

  // With "Suggest changes" on, what she types is a proposal of hers.
  await suggest.locator('input').check()
  await clickAtEnd(page, operative(page, 1))
  await page.keyboard.type(' and more')
  const ins = operative(page, 1).locator('ins.amend')
  await ins.waitFor({ timeout: 10_000 })
  assert.match((await ins.getAttribute('title')) ?? '', /: proposed insertion$/)
  await waitForStatus(page, 'saved')

  await page.locator('.ui-language').selectOption('fr')
  assert.equal(await toolbar.count(), 1, 'one toolbar')
  assert.equal(await toolbar.getAttribute('aria-label'), "Commandes d'édition")
  assert.equal(await suggest.textContent(), 'Proposer des modifications')
  assert.equal(await suggest.locator('input').isChecked(), true, 'suggestion mode is still on')
  assert.equal(await page.locator('.status').textContent(), 'Enregistré')
  assert.equal(await page.locator('.amendments-panel').getAttribute('aria-label'), 'Amendements')
  assert.match((await page.locator('.sponsors-panel h2').textContent()) ?? '', /^Coauteurs/)
  assert.match((await page.locator('.people h2').textContent()) ?? '', /^Connectés/)

  // Suggestion mode is still on, not only drawn so: what she types next is a proposal too.
  await clickAtEnd(page, operative(page, 1))
  await page.keyboard.type(' encore')
  await waitForStatus(page, 'saved')
  const proposed = await operative(page, 1).locator('ins.amend').allTextContents()
  assert.match(proposed.join(''), /and more encore$/)
})
