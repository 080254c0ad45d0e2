// Word files in and out of the browser: the facilitator starts a draft from a Word file on the home page
// (previewed first), and the draft page's Export menu downloads the draft as Word, PDF and Akoma Ntoso, named
// as the server names them.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import type { Browser } from 'playwright-core'
import {
  launchBrowser,
  newPage,
  openDraft,
  outputDir,
  type Penholder,
  penholder,
  ROOT,
  browserSkip as skip,
  startPenholder,
} from './browser-harness.ts'

let server: Penholder | null = null
let browser: Browser | null = null

before(async () => {
  if (skip) return
  server = await startPenholder('browser-files')
  browser = await launchBrowser()
})

after(async () => {
  await browser?.close()
  await server?.stop()
})

test('a Word file is previewed and becomes a draft from the home page', { skip }, async () => {
  const docx = join(outputDir('browser-files'), 'resolution-2623.docx')
  penholder('export', join(ROOT, 'schema/test/fixtures/en_S-RES-2623.txt'), '--format', 'docx', '-o', docx)
  const { page } = await newPage(browser!)
  await page.goto(server!.at(server!.home))
  const fromFile = page.locator('.new-draft form').nth(1)
  await fromFile.locator('input[type="file"]').setInputFiles(docx)
  await fromFile.getByRole('button', { name: 'Preview' }).click()
  const outline = fromFile.locator('.outline')
  await outline.waitFor()
  assert.match((await outline.textContent()) ?? '', /Security Council · English · 2 \+ 1/)
  assert.equal(
    await outline.locator('.outline-clauses li').first().locator('em').textContent(),
    'Having considered',
  )
  await fromFile.getByRole('button', { name: 'Create the draft' }).click()
  await page.getByText('Draft created.').waitFor()
})

test('the Export menu downloads Word, PDF and Akoma Ntoso files', { skip }, async () => {
  const { page } = await newPage(browser!)
  await openDraft(page, server!.at(server!.demo.France!))
  for (const [format, extension, magic] of [
    ['docx', 'docx', 'PK'],
    ['pdf', 'pdf', '%PDF'],
    ['akn', 'xml', '<?xml'],
  ] as const) {
    await page.locator('.export-menu summary').click()
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      page.locator(`.export-row[data-view="compilation"] button[data-format="${format}"]`).click(),
    ])
    assert.match(download.suggestedFilename(), new RegExp(`_compilation\\.${extension}$`))
    const path = join(outputDir('browser-files'), download.suggestedFilename())
    await download.saveAs(path)
    assert.equal(readFileSync(path).subarray(0, magic.length).toString('latin1'), magic)
  }
})
