// Ctrl-P on the draft page: the sheet alone, printed with the print style sheet of the PDF export (A4, the UN
// first page, the symbol and "n/N" on the pages after it), read back with poppler's pdftotext; the PDF is kept in
// test-output/browser-print/ for a person to look at.
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import type { Browser } from 'playwright-core'
import {
  browserSkip,
  launchBrowser,
  newPage,
  openDraft,
  outputDir,
  type Penholder,
  ROOT,
  startPenholder,
} from './browser-harness.ts'

const pdftotext = '/usr/bin/pdftotext'
const skip =
  browserSkip ||
  (!existsSync(pdftotext) && !process.env.CI
    ? 'pdftotext is not installed (apt-get install poppler-utils)'
    : false)

let server: Penholder | null = null
let browser: Browser | null = null

before(async () => {
  if (skip) return
  server = await startPenholder('browser-print')
  browser = await launchBrowser()
})

after(async () => {
  await browser?.close()
  await server?.stop()
})

/** The text of each page of a PDF as `pdftotext -layout` lays it out. */
function layoutPages(pdf: Uint8Array): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'penholder-print-'))
  try {
    const file = join(dir, 'printed.pdf')
    writeFileSync(file, pdf)
    return execFileSync(pdftotext, ['-layout', file, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

test('Ctrl-P on the draft page prints the sheet alone, laid out as the PDF export', {
  skip,
  timeout: 120_000,
}, async () => {
  const link = server!.newDraft(join(ROOT, 'schema/test/fixtures/en_A-RES-ES-11-1.txt'))
  const { context, page } = await newPage(browser!)
  try {
    await openDraft(page, server!.at(link))
    await page.waitForSelector('.footnotes li')
    await page.emulateMedia({ media: 'print' })
    const hidden = await page.evaluate(() =>
      ['.topbar', '.toolbar', '.side'].map((s) => {
        const element = document.querySelector(s)
        return element ? getComputedStyle(element).display : 'none'
      }),
    )
    assert.deepEqual(hidden, ['none', 'none', 'none'], 'the bars and panels do not print')

    // What Ctrl-P gives: Chromium prints with the page's own @page rules.
    const pdf = await page.pdf({ preferCSSPageSize: true })
    // For a person to compare with the PDF export.
    writeFileSync(join(outputDir('browser-print'), 'A-RES-ES-11-1.pdf'), pdf)
    const pages = layoutPages(pdf)
    const total = pages.length
    assert.ok(total >= 2, `the resolution fills more than one page, got ${total}`)
    const first = pages[0]!
    for (const shown of ['United Nations', 'General Assembly', 'A/RES/ES-11/1', 'Distr.: General'])
      assert.ok(first.includes(shown), `page 1 shows '${shown}'`)
    assert.doesNotMatch(first, /Suggest changes|Amendments|Co-sponsors/, 'no panel or button prints')
    pages.slice(1).forEach((text, i) => {
      const lines = text.split('\n').filter((l) => l.trim())
      assert.equal(lines[0]!.trim(), 'A/RES/ES-11/1', `page ${i + 2} is headed by the symbol`)
      assert.equal(lines.at(-1)!.trim(), `${i + 2}/${total}`, `page ${i + 2} is numbered`)
    })
    const text = pages.join('\n').replace(/\s+/g, ' ')
    let at = 0
    for (const [n, opening] of [
      [1, 'Reaffirms'],
      [2, 'Deplores'],
      [16, 'Decides to adjourn'],
    ] as const) {
      const found = text.indexOf(`${n}. ${opening}`, at)
      assert.ok(found >= 0, `operative paragraph ${n} '${opening}' prints after the one before`)
      at = found
    }
    assert.match(text.slice(at), /Resolution 2625 \(XXV\), annex\./, 'the notes print after the text')
  } finally {
    await context.close()
  }
})
