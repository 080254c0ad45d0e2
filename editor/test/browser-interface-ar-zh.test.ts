// The interface in Arabic and in Chinese, in a real browser (issue 15): an Arabic and a Chinese draft opened with
// the interface set to that language through the menu show their labels in it; the Arabic interface runs right
// to left as a whole (the page's dir, the top bar, the toolbar and the panels mirrored), and an English draft in
// it stays a left-to-right document inside the right-to-left frame. Screenshots in test-output/i18n/.
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import type { Browser, Locator, Page } from 'playwright-core'
import {
  launchBrowser,
  newPage,
  openDraft,
  outputDir,
  type Penholder,
  ROOT,
  browserSkip as skip,
  startPenholder,
  waitForStatus,
} from './browser-harness.ts'

let server: Penholder | null = null
let browser: Browser | null = null
const links: Record<string, string> = {}

before(async () => {
  if (skip) return
  server = await startPenholder('browser-interface-ar-zh')
  for (const [lang, file] of [
    ['ar', 'ar_typed-draft.txt'],
    ['zh', 'zh_typed-draft.txt'],
    ['en', 'en_subparagraphs-draft.txt'],
  ] as const) {
    links[lang] = server.newDraft(join(ROOT, 'schema/test/fixtures', file), '--lang', lang)
  }
  browser = await launchBrowser()
})

after(async () => {
  await browser?.close()
  await server?.stop()
})

/** Where an element is drawn, in CSS pixels of the viewport. */
async function box(target: Locator): Promise<{ left: number; right: number; top: number }> {
  const b = await target.boundingBox()
  assert.ok(b, 'the element is drawn')
  return { left: b.x, right: b.x + b.width, top: b.y }
}

/** The page root's lang and dir. */
const rootLangDir = (page: Page) =>
  page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }))

/** The computed transform of a toolbar command's button ('none' unless its arrow is mirrored). */
const transformOf = (page: Page, command: string) =>
  page
    .locator(`.toolbar [data-command="${command}"]`)
    .evaluate((button) => getComputedStyle(button).transform)

/** Opens a draft as its facilitator and switches the interface through the language menu. */
async function openIn(
  lang: 'ar' | 'zh' | 'en',
  ui: 'ar' | 'zh',
): Promise<{ page: Page; close: () => Promise<void> }> {
  const { page, context } = await newPage(browser!)
  await openDraft(page, server!.at(links[lang]!))
  await waitForStatus(page, 'saved')
  await page.locator('.ui-language').selectOption(ui)
  return { page, close: () => context.close() }
}

test('an Arabic draft in the Arabic interface: Arabic labels, the page right to left with its frame mirrored', {
  skip,
}, async () => {
  const { page, close } = await openIn('ar', 'ar')
  assert.deepEqual(await rootLangDir(page), { lang: 'ar', dir: 'rtl' })
  assert.equal(await page.locator('.export-menu summary').textContent(), 'تصدير')
  assert.equal(await page.locator('.status').textContent(), 'تم الحفظ')
  assert.equal(await page.locator('.toolbar').getAttribute('aria-label'), 'أوامر التحرير')
  assert.equal(await page.locator('.suggest-switch').textContent(), 'اقتراح تغييرات')
  assert.equal(await page.locator('.amendments-panel').getAttribute('aria-label'), 'التعديلات')
  assert.equal(await page.locator('.footnotes').getAttribute('aria-label'), 'الحواشي')
  assert.match((await page.locator('.people h2').textContent()) ?? '', /^المتصلون/)
  assert.equal(
    await page.locator('.view-switch button[data-mode="compilation"]').textContent(),
    'النص التجميعي',
  )
  assert.equal(
    await page.locator('.ProseMirror').getAttribute('dir'),
    'rtl',
    'the Arabic draft runs right to left',
  )

  // Mirrored: the brand and the title at the right, the export menu left of the title, the panels left of the
  // document, and in the toolbar the first command at the right and the suggestion switch at the far left.
  const brand = await box(page.locator('.brand'))
  const title = await box(page.locator('.doc-name'))
  const exportMenu = await box(page.locator('.export-menu summary'))
  assert.ok(brand.left > title.left, 'the brand is right of the title')
  assert.ok(exportMenu.right <= title.left, 'the export menu is left of the title')
  assert.ok(
    (await box(page.locator('.side'))).right <= (await box(page.locator('.desk'))).left,
    'panels at the left',
  )
  const first = await box(page.locator('.toolbar button').first())
  const suggest = await box(page.locator('.suggest-switch'))
  assert.ok(suggest.right < first.left, 'the suggestion switch is left of the first command')
  // Its arrows along the line point the Arabic way: undo to the right, indent to the left.
  assert.notEqual(await transformOf(page, 'undo'), 'none', 'the undo arrow is mirrored')
  assert.notEqual(await transformOf(page, 'sink'), 'none', 'the indent arrow is mirrored')
  // The view switch's modes run right to left too, and its arrow keys switch it there as well.
  const compilation = await box(page.locator('.view-switch button[data-mode="compilation"]'))
  assert.ok(compilation.left > (await box(page.locator('.view-switch button[data-mode="clean"]'))).left)
  await page.locator('.view-switch button[data-mode="compilation"]').focus()
  await page.keyboard.press('ArrowLeft')
  await page.waitForSelector('.ProseMirror.view-clean')
  await page.keyboard.press('ArrowRight')
  await page.waitForSelector('.ProseMirror.view-compilation')

  // The export menu opens toward the page, not off its left edge.
  await page.locator('.export-menu summary').click()
  const panel = await box(page.locator('.export-panel'))
  assert.ok(panel.left >= 0, 'the export panel is inside the page')
  assert.equal(await page.locator('.export-row[data-view="clean"] .what').textContent(), 'المشروع النظيف')
  await page.screenshot({ path: join(outputDir('i18n'), 'ar-draft-ar-interface.png') })
  await page.locator('.export-menu summary').click()

  // The choice is kept in this browser: the next page opens in Arabic, right to left from the start.
  await page.reload()
  await page.waitForSelector('.ProseMirror', { timeout: 15_000 })
  await waitForStatus(page, 'saved')
  assert.deepEqual(await rootLangDir(page), { lang: 'ar', dir: 'rtl' })
  assert.equal(await page.locator('.ui-language').inputValue(), 'ar')
  assert.equal(await page.locator('.export-menu summary').textContent(), 'تصدير')
  await page.screenshot({ path: join(outputDir('i18n'), 'ar-draft-ar-interface-full.png'), fullPage: true })
  await close()
})

test('a Chinese draft in the Chinese interface: Chinese labels, left to right', { skip }, async () => {
  const { page, close } = await openIn('zh', 'zh')
  assert.deepEqual(await rootLangDir(page), { lang: 'zh', dir: 'ltr' })
  assert.equal(await page.locator('.export-menu summary').textContent(), '导出')
  assert.equal(await page.locator('.status').textContent(), '已保存')
  assert.equal(await page.locator('.toolbar').getAttribute('aria-label'), '编辑命令')
  assert.equal(await page.locator('.suggest-switch').textContent(), '提出修改建议')
  assert.equal(await page.locator('.amendments-panel').getAttribute('aria-label'), '修正案')
  assert.equal(await page.locator('.view-switch button[data-mode="clean"]').textContent(), '清洁文本')
  assert.equal(await page.locator('.ProseMirror').getAttribute('lang'), 'zh')
  const title = await box(page.locator('.doc-name'))
  assert.ok(
    (await box(page.locator('.export-menu summary'))).left >= title.right,
    'export menu right of the title',
  )
  assert.ok(
    (await box(page.locator('.side'))).left >= (await box(page.locator('.desk'))).right,
    'panels at the right',
  )
  await page.screenshot({ path: join(outputDir('i18n'), 'zh-draft-zh-interface.png'), fullPage: true })
  await close()
})

test('an English draft in the Arabic interface: a left-to-right document inside a right-to-left frame', {
  skip,
}, async () => {
  const { page, close } = await openIn('en', 'ar')
  assert.deepEqual(await rootLangDir(page), { lang: 'ar', dir: 'rtl' })
  const editor = page.locator('.ProseMirror')
  assert.equal(await editor.getAttribute('dir'), 'ltr')
  assert.equal(await editor.getAttribute('lang'), 'en')
  const direction = await editor.evaluate((element) => getComputedStyle(element).direction)
  assert.equal(direction, 'ltr', 'the document is laid out left to right')
  assert.ok(
    (await box(page.locator('.side'))).right <= (await box(page.locator('.desk'))).left,
    'panels at the left',
  )
  assert.notEqual(await transformOf(page, 'undo'), 'none', 'undo points as the interface runs')
  assert.equal(await transformOf(page, 'sink'), 'none', 'indent points as the English document runs')
  await page.screenshot({ path: join(outputDir('i18n'), 'en-draft-ar-interface.png'), fullPage: true })

  // Back to English: the frame turns left to right again.
  await page.locator('.ui-language').selectOption('en')
  assert.deepEqual(await rootLangDir(page), { lang: 'en', dir: 'ltr' })
  assert.equal(await page.locator('.export-menu summary').textContent(), 'Export')
  assert.ok(
    (await box(page.locator('.side'))).left >= (await box(page.locator('.desk'))).right,
    'panels at the right',
  )
  await close()
})

test('the home page in the Arabic interface is right to left, in Arabic', { skip }, async () => {
  const { page, context } = await newPage(browser!)
  await page.goto(server!.at(server!.home))
  await page.waitForSelector('.home')
  await page.locator('.ui-language').selectOption('ar')
  assert.deepEqual(await rootLangDir(page), { lang: 'ar', dir: 'rtl' })
  assert.equal(await page.locator('.topbar .doc-name').textContent(), 'المشاريع على هذا الخادم')
  const brand = await box(page.locator('.brand'))
  assert.ok(brand.left > (await box(page.locator('.ui-language'))).left, 'the brand at the right')
  await page.screenshot({ path: join(outputDir('i18n'), 'home-ar-interface.png'), fullPage: true })
  await context.close()
})
