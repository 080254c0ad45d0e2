// A Spanish and a Russian draft opened in a real browser with the interface switched to that language through the
// language menu: the labels a delegate sees first (the Export menu, the save status, the amendments panel) are in
// that language, the choice outlives a reload, and the home page names languages and counts days as the language
// does (Intl.DisplayNames, Intl.PluralRules). Screenshots are kept in test-output/i18n/ for a person to look at.
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import {
  draftIdOf,
  launchBrowser,
  newPage,
  openDraft,
  outputDir,
  type Penholder,
  ROOT,
  browserSkip as skip,
  startPenholder,
  textOf,
  waitForStatus,
} from './browser-harness.ts'

let server: Penholder | null = null
let browser: Browser | null = null

before(async () => {
  if (skip) return
  server = await startPenholder('browser-i18n-es-ru')
  browser = await launchBrowser()
})

after(async () => {
  await browser?.close()
  await server?.stop()
})

/** What a delegate should read in each interface language, written out here rather than taken from the tables. */
const CASES = [
  {
    lang: 'es',
    english: 'Spanish',
    fixture: 'es_typed-draft.txt',
    exportLabel: 'Exportar',
    saved: 'Guardado',
    amendments: 'Enmiendas',
    toolbar: 'Comandos de edición',
    operative: 'Párrafo dispositivo',
    languageName: 'Español',
    days: ['1 día', '7 días', '30 días', '90 días'],
  },
  {
    lang: 'ru',
    english: 'Russian',
    fixture: 'ru_typed-draft.txt',
    exportLabel: 'Экспорт',
    saved: 'Сохранено',
    amendments: 'Поправки',
    toolbar: 'Команды редактирования',
    operative: 'Пункт постановляющей части',
    languageName: 'Русский',
    days: ['1 день', '7 дней', '30 дней', '90 дней'],
  },
] as const

const exportSummary = (page: Page) => textOf(page.locator('.export-menu summary'))

for (const c of CASES) {
  test(`a ${c.english} draft in the ${c.english} interface, chosen in the language menu`, {
    skip,
  }, async () => {
    const link = server!.newDraft(join(ROOT, 'schema/test/fixtures', c.fixture))
    const { context, page } = await newPage(browser!)
    try {
      await openDraft(page, server!.at(link))
      await waitForStatus(page, 'saved')
      assert.equal(
        await page.locator('.ProseMirror').getAttribute('lang'),
        c.lang,
        'the draft is in its language',
      )
      assert.equal(
        await exportSummary(page),
        'Export',
        'the browser asks for English: the interface starts so',
      )

      const menu = page.locator('.ui-language')
      const offered = await menu.locator('option').allTextContents()
      for (const name of ['English', 'Français', 'Español', 'Русский']) {
        assert.ok(offered.includes(name), `the menu offers ${name}`)
      }
      await menu.selectOption(c.lang)

      assert.equal(await exportSummary(page), c.exportLabel)
      assert.equal(await textOf(page.locator('.status')), c.saved)
      assert.match(await textOf(page.locator('.amendments-panel h2')), new RegExp(`^${c.amendments}`))
      assert.equal(await page.locator('.toolbar').getAttribute('aria-label'), c.toolbar)
      assert.ok(
        (await page.locator('.toolbar button').allTextContents()).includes(c.operative),
        'the toolbar names the operative paragraph as the UN does in that language',
      )
      assert.equal(await page.evaluate(() => document.documentElement.lang), c.lang)
      await page.screenshot({ path: join(outputDir('i18n'), `${c.lang}-draft.png`), fullPage: true })

      // The choice is kept in this browser: the page opens in that language again.
      await page.reload()
      await page.waitForSelector('.ProseMirror', { timeout: 15_000 })
      await waitForStatus(page, 'saved')
      assert.equal(await exportSummary(page), c.exportLabel, 'the choice outlives a reload')
      assert.equal(await menu.inputValue(), c.lang)

      // The home page, in the same browser, follows the choice too: the draft's language by its name in that
      // language, and the invitation's lifetimes counted in that language's plural forms.
      await page.goto(server!.at(server!.home))
      const row = page.locator(`.draft-list tbody[data-draft="${draftIdOf(link)}"]`)
      await row.waitFor()
      assert.ok((await row.locator('td').allTextContents()).includes(c.languageName))
      await row.locator('button.invitations-toggle').click()
      const lifetimes = page.locator('.invitations select').last().locator('option')
      await lifetimes.first().waitFor({ state: 'attached' })
      const options = (await lifetimes.allTextContents()).slice(1)
      assert.deepEqual(options, c.days)
      await page.screenshot({ path: join(outputDir('i18n'), `${c.lang}-home.png`), fullPage: true })
    } finally {
      await context.close()
    }
  })
}
