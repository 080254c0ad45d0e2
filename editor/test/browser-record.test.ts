// The negotiation's record in the browser: the facilitator issues a revision from the Revisions panel (the
// symbol moves on), records an oral revision, reads the History panel, and opens the past revision read-only,
// whose Export menu writes that revision.
import assert from 'node:assert/strict'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { toMarkdown } from '../../schema/index.ts'
import { clause, draft } from '../../schema/test/amendment-drafts.ts'
import {
  draftIdOf,
  launchBrowser,
  newPage,
  openDraft,
  outputDir,
  type Penholder,
  browserSkip as skip,
  startPenholder,
} from './browser-harness.ts'

let server: Penholder | null = null
let browser: Browser | null = null
let link = ''

before(async () => {
  if (skip) return
  server = await startPenholder('browser-record')
  browser = await launchBrowser()
  const file = join(outputDir('browser-record'), 'l23.md')
  const doc = draft('en', [
    clause('preambular', 'p1', 'Recalling its resolution 70/1,'),
    clause('operative', 'o1', 'Decides to promote the rights of all;'),
    clause('operative', 'o2', 'Calls upon States to cooperate;'),
    clause('operative', 'o3', 'Decides to remain seized of the matter.'),
  ])
  writeFileSync(file, toMarkdown(doc))
  link = server.at(server.newDraft(file))
})

after(async () => {
  await browser?.close()
  await server?.stop()
})

/** Opens a panel of the side column by its title. */
async function openPanel(page: Page, name: string): Promise<void> {
  await page.locator(`.record-panel summary:has-text("${name}")`).click()
}

test('the facilitator issues Rev.1, revises a paragraph orally, and the history tells both', {
  skip,
}, async () => {
  const { page } = await newPage(browser!)
  await openDraft(page, link)
  await openPanel(page, 'Revisions')
  await page.getByText('No revision has been issued yet.').waitFor()
  await page.locator('.revisions-panel textarea').fill('After the first reading')
  await page.getByRole('button', { name: 'Issue revision' }).click()
  await page.getByText('Revision 1 issued (A/C.3/71/L.23/Rev.1).').waitFor()
  await page.locator('.revisions-panel li[data-revision="1"]').waitFor()
  await page.locator('.ProseMirror .field-symbol', { hasText: 'A/C.3/71/L.23/Rev.1' }).waitFor()

  // The oral revision: the cursor in operative paragraph 2, the change made in the text, then recorded.
  const o2 = page.locator('.ProseMirror p', { hasText: 'Calls upon States to cooperate;' })
  await o2.click()
  await page.getByRole('button', { name: 'Oral revision…' }).click()
  await page.getByText('Oral revision of operative paragraph 2').waitFor()
  await o2.click()
  await page.keyboard.press('End')
  await page.keyboard.press('Backspace')
  await page.keyboard.type(' fully;')
  await page.locator('.oral-revision input').fill('As orally revised at the request of Brazil')
  await page.getByRole('button', { name: 'Record' }).click()
  await page.getByText('Oral revision of operative paragraph 2 recorded.').waitFor()

  await openPanel(page, 'History')
  const issued = page.locator('.history-panel li[data-action="revision.issued"]')
  await issued.waitFor()
  assert.match(
    (await issued.textContent()) ?? '',
    /Facilitator.*issued revision 1 \(A\/C\.3\/71\/L\.23\/Rev\.1\).*After the first reading/,
  )
  const oral = page.locator('.history-panel li[data-action="revision.oral"]')
  await oral.waitFor()
  assert.match(
    (await oral.textContent()) ?? '',
    /orally revised operative paragraph 2.*inserted “cooperate fully;”.*deleted “cooperate;”/,
  )
  // Filtered by paragraph: operative paragraph 2 has the oral revision only.
  await page.locator('.history-panel select[name="clause"]').selectOption({ label: 'operative paragraph 2' })
  assert.equal(await page.locator('.history-panel li').count(), 1)
})

test('a past revision opens read-only, and its Export menu writes that revision', { skip }, async () => {
  const { page } = await newPage(browser!)
  await openDraft(page, link)
  await openPanel(page, 'Revisions')
  await page.locator('.revisions-panel li[data-revision="1"] a.open').click()
  await page.waitForURL(/\/d\/[^/]+\/rev\/1$/)
  await page.waitForSelector('.ProseMirror')
  assert.equal(await page.locator('.ProseMirror').getAttribute('contenteditable'), 'false')
  assert.match(
    (await page.locator('.revision-about').textContent()) ?? '',
    /Revision 1 \(A\/C\.3\/71\/L\.23\/Rev\.1\), issued .* by Facilitator\. Read-only\..*After the first reading/,
  )
  const text = (await page.locator('.ProseMirror').textContent()) ?? ''
  assert.match(text, /Calls upon States to cooperate;/)
  assert.doesNotMatch(text, /fully/, 'the oral revision came after Rev.1')

  await page.locator('.export-menu summary').click()
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    page.locator('.export-row[data-view="clean"] button[data-format="txt"]').click(),
  ])
  assert.match(download.suggestedFilename(), /Rev\.1_clean\.txt$/)
  const path = join(outputDir('browser-record'), download.suggestedFilename())
  await download.saveAs(path)
  const exported = readFileSync(path, 'utf8')
  assert.match(exported, /A\/C\.3\/71\/L\.23\/Rev\.1/)
  assert.doesNotMatch(exported, /fully/)
})

test('a delegation sees the revisions and the history but cannot issue a revision', { skip }, async () => {
  const { page } = await newPage(browser!)
  await openDraft(page, server!.at(server!.invite(draftIdOf(link), 'France', 'delegate')))
  await openPanel(page, 'Revisions')
  await page.locator('.revisions-panel li[data-revision="1"]').waitFor()
  assert.equal(await page.getByRole('button', { name: 'Issue revision' }).count(), 0)
  assert.equal(await page.getByRole('button', { name: 'Oral revision…' }).count(), 0)
  await openPanel(page, 'History')
  await page.locator('.history-panel li[data-action="revision.oral"]').waitFor()
})

test('the Compare panel shows Rev.1 against the current text, and downloads it as Word', {
  skip,
}, async () => {
  const { page } = await newPage(browser!)
  await openDraft(page, link)
  await openPanel(page, 'Compare')
  await page.locator('.compare-panel select[name="from"] option[value="1"]').waitFor({ state: 'attached' })
  await page.locator('.compare-panel select[name="to"]').selectOption('current')
  await page.locator('.compare-panel input[value="side-by-side"]').check()
  await page.getByRole('button', { name: 'Show' }).click()
  const frame = page.frameLocator('dialog.compare-dialog iframe.comparison')
  const inserted = frame.locator('ins', { hasText: 'fully' }).first()
  await inserted.waitFor()
  assert.match((await frame.locator('article').getAttribute('data-layout')) ?? '', /side-by-side/)
  await page.locator('dialog.compare-dialog button.close').click()

  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    page.locator('.compare-panel button[data-format="docx"]').click(),
  ])
  assert.match(download.suggestedFilename(), /_Rev\.1_to_current\.docx$/)
  const path = join(outputDir('browser-record'), download.suggestedFilename())
  await download.saveAs(path)
  assert.equal(readFileSync(path).subarray(0, 2).toString(), 'PK', 'a Word file (a zip)')
})
