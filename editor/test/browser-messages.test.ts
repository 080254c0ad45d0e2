// Long work in the page ends in a message in the page, never an alert(): an export the server refuses shows the
// export menu busy while it waits, then the server's reason under the menu, and the next export clears it; a file
// being previewed on the home page shows its form busy, Preview disabled, until the outline comes.
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import type { Browser, Route } from 'playwright-core'
import {
  launchBrowser,
  newPage,
  openDraft,
  type Penholder,
  ROOT,
  browserSkip as skip,
  startPenholder,
} from './browser-harness.ts'

let server: Penholder | null = null
let browser: Browser | null = null

before(async () => {
  if (skip) return
  server = await startPenholder('browser-messages')
  browser = await launchBrowser()
})

after(async () => {
  await browser?.close()
  await server?.stop()
})

test('a failed export shows a busy menu, then the reason in the page, with no alert', { skip }, async () => {
  const { page } = await newPage(browser!)
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  await openDraft(page, server!.at(server!.demo.France!))
  // The PDF printer is held, then answers as a server whose Chromium is missing does.
  let release: (route: Route) => void = () => {}
  const held = new Promise<Route>((resolve) => {
    release = resolve
  })
  await page.route('**/api/drafts/*/export?*', (route) => release(route))
  await page.locator('.export-menu summary').click()
  const pdf = page.locator('.export-row[data-view="clean"] button[data-format="pdf"]')
  await pdf.click()
  const route = await held
  assert.equal(await pdf.getAttribute('aria-busy'), 'true', 'the button is busy while the file is made')
  assert.equal(await page.locator('.export-menu').getAttribute('aria-busy'), 'true')
  await route.fulfill({
    status: 503,
    contentType: 'application/json',
    body: JSON.stringify({ error: 'unavailable', detail: 'Chromium is not installed on the server' }),
  })
  const problem = page.locator('.export-menu .export-problem')
  await problem.waitFor({ state: 'visible', timeout: 10_000 })
  assert.match((await problem.textContent()) ?? '', /Chromium is not installed on the server/)
  assert.equal(await problem.getAttribute('role'), 'alert')
  assert.equal(await pdf.getAttribute('aria-busy'), null, 'no longer busy')
  assert.deepEqual(dialogs, [], 'no alert')

  // The next export, which succeeds, takes the message away.
  await page.unroute('**/api/drafts/*/export?*')
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    page.locator('.export-row[data-view="clean"] button[data-format="txt"]').click(),
  ])
  assert.match(download.suggestedFilename(), /\.txt$/)
  assert.equal(await problem.isVisible(), false)
})

test('a file being previewed shows its form busy with Preview disabled, then the outline', {
  skip,
}, async () => {
  const { page } = await newPage(browser!)
  await page.goto(server!.at(server!.home))
  const form = page.locator('.new-draft form').nth(1)
  await form.locator('input[type=file]').setInputFiles(join(ROOT, 'schema/test/fixtures/en_S-RES-2623.txt'))
  let release: (route: Route) => void = () => {}
  const held = new Promise<Route>((resolve) => {
    release = resolve
  })
  await page.route('**/api/import/preview', (route) => release(route))
  const previewButton = form.getByRole('button', { name: 'Preview' })
  await previewButton.click()
  const route = await held
  assert.equal(await form.getAttribute('aria-busy'), 'true')
  assert.equal(await previewButton.isDisabled(), true, 'one preview at a time')
  await route.continue()
  await form.locator('.outline').waitFor({ timeout: 15_000 })
  assert.equal(await form.getAttribute('aria-busy'), null)
  assert.equal(await previewButton.isDisabled(), false)
  assert.equal(await form.getByRole('button', { name: 'Create the draft' }).isDisabled(), false)
})
