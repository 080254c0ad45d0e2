// Accessibility as axe-core judges it (issue 16): no violation of impact "serious" or "critical" on the home page
// and on the draft page as the facilitator, a delegation and an observer, in the clean and the compilation views,
// with proposals of nine delegations shown in their colours and an amendment open in the panel, in the English
// and the French interface, and in the Arabic (right-to-left) interface for the home page and the facilitator;
// and the facilitator's page with the help dialog open, then the export menu, in the English and the Arabic
// interface.
// One suite per draft language (`browser-axe.test.ts`: English and the home page; `browser-axe-arabic.test.ts`:
// the right-to-left draft), each file with a server of its own, so that neither file runs for long.
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import type { Browser } from 'playwright-core'
import { axeViolations as violations } from './axe-run.ts'
import {
  draftIdOf,
  launchBrowser,
  newPage,
  openDraft,
  type Penholder,
  ROOT,
  browserSkip as skip,
  startPenholder,
  tokenOf,
  waitForStatus,
} from './browser-harness.ts'
import { proposeInsertion } from './proposing-client.ts'

/** More delegations than a room usually has colours to tell apart at a glance. */
const DELEGATIONS = ['France', 'Brazil', 'Egypt', 'China', 'India', 'Japan', 'Kenya', 'Mexico', 'Norway']

/** The titles of the two fixtures, which name the editor. */
const TITLES: Record<string, string> = {
  en: 'Strengthening international cooperation in the field of human rights',
  ar: 'تعزيز التعاون الدولي في ميدان حقوق الإنسان',
}

/**
 * The suite for drafts in `langs` (each from `editor/test/fixtures/LANG-draft.md`) on a server named `name`, and
 * the home page in the English and the Arabic interface if `home`, and the facilitator's page with a dialog or
 * the export menu open if `dialogs`.
 */
export function axeSuite(name: string, langs: string[], home: boolean, dialogs = false): void {
  let server: Penholder | null = null
  let browser: Browser | null = null
  const drafts: Record<string, Record<string, string>> = {}
  const closers: (() => void)[] = []

  /** Each delegation proposes inserting its name at the end of an operative paragraph, as its editor does. */
  async function propose(draftLink: string): Promise<void> {
    const id = draftIdOf(draftLink)
    for (const [n, delegation] of DELEGATIONS.entries()) {
      const token = tokenOf(server!.invite(id, delegation, 'delegate'))
      // Kept open until the end: each page below waits until it shows every proposal.
      closers.push(await proposeInsertion(server!.base, id, token, delegation, `a${n}`, n, delegation))
    }
  }

  before(async () => {
    if (skip) return
    server = await startPenholder(name)
    for (const lang of langs) {
      const chair = server.newDraft(join(ROOT, `editor/test/fixtures/${lang}-draft.md`), '--lang', lang)
      const id = draftIdOf(chair)
      drafts[lang] = {
        chair,
        delegate: server.invite(id, 'France', 'delegate'),
        observer: server.invite(id, 'Press', 'observer'),
      }
      await propose(chair)
    }
    browser = await launchBrowser()
  })

  after(async () => {
    for (const close of closers) close()
    await browser?.close()
    await server?.stop()
  })

  if (home) {
    test('the home page has no serious or critical accessibility violation', { skip }, async () => {
      const { page, context } = await newPage(browser!)
      await page.goto(server!.at(server!.home))
      await page.waitForLoadState('networkidle')
      const problems = await violations(page)
      await context.close()
      assert.deepEqual(problems, [])
    })

    test('the home page in the Arabic interface has no serious or critical accessibility violation', {
      skip,
    }, async () => {
      const { page, context } = await newPage(browser!)
      await page.goto(server!.at(server!.home))
      await page.waitForLoadState('networkidle')
      await page.locator('.ui-language').selectOption('ar')
      await page.waitForFunction(() => document.documentElement.dir === 'rtl')
      await page.waitForLoadState('networkidle')
      const problems = await violations(page)
      await context.close()
      assert.deepEqual(problems, [])
    })
  }

  for (const lang of dialogs ? langs : []) {
    test(`the ${lang} draft as chair with a dialog or the export menu open, in the English and the Arabic interface: no serious or critical violation`, {
      skip,
    }, async () => {
      const { page, context } = await newPage(browser!)
      await openDraft(page, server!.at(drafts[lang]!.chair!))
      await waitForStatus(page, 'saved')
      const problems: string[] = []
      for (const ui of ['en', 'ar']) {
        await page.locator('.ui-language').selectOption(ui)
        await page.waitForFunction((dir) => document.documentElement.dir === dir, ui === 'ar' ? 'rtl' : 'ltr')
        // The help dialog (modal: the rest of the page is inert), by its button.
        await page.locator('.help-button').click()
        const help = page.locator('dialog.help-dialog[open]')
        await help.waitFor()
        assert.equal(
          await help.evaluate((dialog) => getComputedStyle(dialog).direction),
          ui === 'ar' ? 'rtl' : 'ltr',
          'the dialog is laid out in the interface direction',
        )
        for (const problem of await violations(page)) problems.push(`[${ui}, help dialog] ${problem}`)
        await help.locator('button.close').click()
        await help.waitFor({ state: 'detached' })
        // The export menu, opened.
        await page.locator('.export-menu summary').click()
        await page.locator('.export-menu[open] .export-panel').waitFor()
        for (const problem of await violations(page)) problems.push(`[${ui}, export menu] ${problem}`)
        await page.locator('.export-menu summary').click()
      }
      await context.close()
      assert.deepEqual(problems, [])
    })
  }

  for (const lang of langs) {
    for (const role of ['chair', 'delegate', 'observer']) {
      test(`the ${lang} draft as ${role}: no serious or critical violation in either view, each interface language`, {
        skip,
      }, async () => {
        const { page, context } = await newPage(browser!)
        await openDraft(page, server!.at(drafts[lang]![role]!))
        await waitForStatus(page, 'saved')
        const proposals = page.locator('.ProseMirror ins.amend')
        await page.waitForFunction(
          (count) => document.querySelectorAll('.amendments-panel .amendment').length >= count,
          DELEGATIONS.length,
          { timeout: 10_000 },
        )
        // The editor is announced as a text field named by the draft's title.
        const title = TITLES[lang]!
        assert.equal(
          await page.getByRole('textbox', { name: title, exact: true }).count(),
          1,
          'the editor is named',
        )
        const problems: string[] = []
        // The facilitator, who sees every control, also in the right-to-left Arabic interface.
        for (const ui of role === 'chair' ? ['en', 'fr', 'ar'] : ['en', 'fr']) {
          await page.locator('.ui-language').selectOption(ui)
          for (const mode of ['compilation', 'clean'] as const) {
            await page.locator(`.view-switch button[data-mode="${mode}"]`).click()
            await page.waitForSelector(`.ProseMirror.view-${mode}`)
            if (mode === 'compilation') {
              assert.ok(
                (await proposals.count()) >= DELEGATIONS.length,
                'every delegation has a proposal shown',
              )
              // An amendment open in the panel, as a reader picks it.
              await page.locator('.amendments-panel .amendment').first().click()
            }
            for (const problem of await violations(page)) problems.push(`[${ui}, ${mode}] ${problem}`)
          }
        }
        await context.close()
        assert.deepEqual(problems, [])
      })
    }
  }
}
