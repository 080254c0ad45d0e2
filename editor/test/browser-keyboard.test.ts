// Keyboard-first (issue 16): a facilitator reviews and decides every pending amendment of three delegations with
// the keyboard alone (the page's shortcuts, Tab and Enter; no click), the help dialog opens with `?`, keeps the
// focus, closes with Escape and gives the focus back; the toolbar's commands run from the keyboard, the text can
// be left with Escape then Tab, the view switch moves with the arrow keys; and axe finds no serious or critical
// violation with the help dialog open.
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { axeViolations } from './axe-run.ts'
import {
  clickAtEnd,
  draftIdOf,
  editorText,
  launchBrowser,
  newPage,
  openDraft,
  operative,
  type Penholder,
  ROOT,
  browserSkip as skip,
  startPenholder,
  tokenOf,
  waitForStatus,
} from './browser-harness.ts'
import { proposeInsertion } from './proposing-client.ts'

// Four operative paragraphs in English.
const DRAFT = join(ROOT, 'editor/test/fixtures/en-draft.md')

/** Three delegations, each proposing words at the end of an operative paragraph. */
const PROPOSALS = [
  { delegation: 'France', words: 'without delay', nth: 0 },
  { delegation: 'Egypt', words: 'in all regions', nth: 1 },
  { delegation: 'Brazil', words: 'and girls', nth: 2 },
]

let server: Penholder | null = null
let browser: Browser | null = null
/** A draft for the tests that decide nothing. */
let shared = ''
const closers: (() => void)[] = []

/** A new draft with the three proposals pending; its facilitator link. */
async function draftWithProposals(): Promise<string> {
  const chair = server!.newDraft(DRAFT)
  const id = draftIdOf(chair)
  for (const [n, p] of PROPOSALS.entries()) {
    const token = tokenOf(server!.invite(id, p.delegation, 'delegate'))
    closers.push(await proposeInsertion(server!.base, id, token, p.delegation, `k${n}`, p.nth, p.words))
  }
  return server!.at(chair)
}

before(async () => {
  if (skip) return
  server = await startPenholder('browser-keyboard')
  browser = await launchBrowser()
  shared = await draftWithProposals()
})

after(async () => {
  for (const close of closers) close()
  await browser?.close()
  await server?.stop()
})

/** What has the focus: its tag, its amendment entry's id if in one, its action, and whether in the dialog. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null
    return {
      tag: active?.tagName.toLowerCase() ?? '',
      card: active?.closest<HTMLElement>('.amendment')?.dataset.id ?? null,
      action: active?.dataset.action ?? null,
      inDialog: !!active?.closest('dialog'),
    }
  })

/** The status of each amendment record as the panel shows it, by delegation. */
const pendingCards = (page: Page) => page.locator('.amendments-panel .amendment[data-status="proposed"]')

/** Opens the facilitator's page and waits until the panel lists the three proposals. */
async function openChair(link: string): Promise<Page> {
  const { page } = await newPage(browser!)
  await openDraft(page, link)
  await waitForStatus(page, 'saved')
  await page.waitForFunction(
    (n) => document.querySelectorAll('.amendments-panel .amendment[data-status="proposed"]').length === n,
    PROPOSALS.length,
    { timeout: 10_000 },
  )
  return page
}

test('a facilitator decides every pending amendment with the keyboard alone; the help dialog opens with ? and gives the focus back', {
  skip,
}, async () => {
  const link = await draftWithProposals()
  const page = await openChair(link)

  // The first amendment: Alt+Shift+N selects it, shows it in the text and puts the focus on its entry.
  await page.keyboard.press('Alt+Shift+N')
  const first = await focused(page)
  assert.ok(first.card, 'the focus is on an amendment entry')
  assert.equal(
    await page.locator('.amendments-panel .amendment.selected').getAttribute('data-id'),
    first.card,
  )
  assert.equal(
    (await page.locator('.ProseMirror .amend-focus').count()) > 0,
    true,
    'its words are highlighted',
  )
  // The selected entry's buttons say their shortcut.
  const accept = page.locator(`.amendment[data-id="${first.card}"] button[data-action="accept"]`)
  assert.equal(await accept.getAttribute('aria-keyshortcuts'), 'Alt+Shift+A')
  assert.match((await accept.getAttribute('title')) ?? '', /\(Alt\+Shift\+A\)$/)
  // Next and previous go round the list.
  await page.keyboard.press('Alt+Shift+N')
  const second = await focused(page)
  assert.notEqual(second.card, first.card)
  await page.keyboard.press('Alt+Shift+P')
  assert.equal((await focused(page)).card, first.card)

  // `?` outside the text opens the help dialog, which keeps the focus; Escape closes it and the focus is back.
  await page.keyboard.press('?')
  const dialog = page.locator('dialog.help-dialog')
  await dialog.waitFor({ state: 'visible' })
  assert.equal(await dialog.evaluate((d) => (d as HTMLDialogElement).open), true)
  assert.match((await dialog.textContent()) ?? '', /Alt\+Shift\+N.*Select the next amendment/)
  for (let i = 0; i < 4; i++) {
    assert.equal((await focused(page)).inDialog, true, `the focus stays in the dialog (Tab ${i})`)
    await page.keyboard.press(i % 2 ? 'Shift+Tab' : 'Tab')
  }
  await page.keyboard.press('Escape')
  await dialog.waitFor({ state: 'hidden' })
  assert.deepEqual(await focused(page), { ...first, inDialog: false }, 'the focus is back on the entry')

  // Decisions: accept the first with Alt+Shift+A, reject the next with Alt+Shift+R.
  const delegationOf = async (id: string | null) =>
    page.locator(`.amendments-panel .amendment[data-id="${id}"]`).getAttribute('data-delegation')
  const decided: Record<string, boolean> = {}
  decided[(await delegationOf(first.card))!] = true
  await page.keyboard.press('Alt+Shift+A')
  await page.waitForFunction(
    (n) => document.querySelectorAll('.amendments-panel .amendment[data-status="proposed"]').length === n,
    2,
  )
  const next = await focused(page)
  assert.ok(next.card && next.card !== first.card, 'the focus moved on to the next amendment')
  decided[(await delegationOf(next.card))!] = false
  await page.keyboard.press('Alt+Shift+R')
  await page.waitForFunction(
    () => document.querySelectorAll('.amendments-panel .amendment[data-status="proposed"]').length === 1,
  )

  // The last with Tab to its Accept button, then Enter.
  const last = await focused(page)
  assert.ok(last.card, 'the focus is on the last amendment')
  decided[(await delegationOf(last.card))!] = true
  for (let i = 0; i < 10 && (await focused(page)).action !== 'accept'; i++) await page.keyboard.press('Tab')
  assert.equal((await focused(page)).action, 'accept', 'Tab reaches the Accept button')
  await page.keyboard.press('Enter')
  await page.waitForFunction(
    () => document.querySelectorAll('.amendments-panel .amendment[data-status="proposed"]').length === 0,
  )
  assert.equal(await pendingCards(page).count(), 0, 'no pending amendment is left')
  assert.equal(await page.locator('.ProseMirror ins.amend').count(), 0, 'no proposal is left in the text')
  // The accepted words are in the text, the rejected ones are not.
  const text = await editorText(page)
  for (const p of PROPOSALS) {
    if (decided[p.delegation]) assert.ok(text.includes(p.words), `${p.delegation}'s words were accepted`)
    else assert.ok(!text.includes(p.words), `${p.delegation}'s words were rejected`)
  }
  assert.equal(Object.keys(decided).length, PROPOSALS.length, 'three delegations decided')
  await waitForStatus(page, 'saved')

  // A fresh page reads the same: the decisions reached the server.
  const { page: fresh } = await newPage(browser!)
  await openDraft(fresh, link)
  await waitForStatus(fresh, 'saved')
  await fresh.locator('.amendments-panel .empty').waitFor()
  assert.equal(await pendingCards(fresh).count(), 0)
  assert.equal(await editorText(fresh), text)
})

test('the toolbar runs from the keyboard, Escape then Tab leaves the text, Alt+Shift+S and V switch suggestion and view', {
  skip,
}, async () => {
  const page = await openChair(shared)
  const operatives = page.locator('.ProseMirror .operative')
  const before = await operatives.count()
  await clickAtEnd(page, operative(page, 4))

  // Tab indents in the text; Escape then Shift+Tab leaves it for the toolbar before it.
  await page.keyboard.press('Escape')
  await page.keyboard.press('Shift+Tab')
  assert.notEqual((await focused(page)).tag, 'div', 'the focus left the text')
  assert.equal(
    await page.evaluate(() => !!document.activeElement?.closest('.toolbar')),
    true,
    'on the toolbar',
  )
  // Shift+Tab goes back through the toolbar to "Operative paragraph"; Enter inserts one and returns to the text.
  const insert = page.locator('.toolbar button[data-command="insertOperative"]')
  assert.equal(await insert.getAttribute('aria-keyshortcuts'), 'Control+Alt+2')
  for (let i = 0; i < 20; i++) {
    if (await insert.evaluate((b) => b === document.activeElement)) break
    await page.keyboard.press('Shift+Tab')
  }
  assert.equal(
    await insert.evaluate((b) => b === document.activeElement),
    true,
    'Tab order reaches the button',
  )
  const ring = await insert.evaluate((b) => getComputedStyle(b).outlineStyle)
  assert.equal(ring, 'solid', 'the focused button shows a focus ring')
  await page.keyboard.press('Enter')
  await page.waitForFunction(
    (n) => document.querySelectorAll('.ProseMirror .operative').length === n + 1,
    before,
  )
  assert.equal(
    await page.evaluate(() => !!document.activeElement?.closest('.ProseMirror')),
    true,
    'back in the text',
  )
  await page.keyboard.press('Control+z')
  await page.waitForFunction((n) => document.querySelectorAll('.ProseMirror .operative').length === n, before)

  // The facilitator's suggestion switch and the view switch have shortcuts, said in their tooltips.
  const suggest = page.locator('.toolbar input[name="suggest"]')
  assert.equal(await suggest.isChecked(), false)
  assert.equal(await suggest.getAttribute('aria-keyshortcuts'), 'Alt+Shift+S')
  await page.keyboard.press('Alt+Shift+S')
  assert.equal(await suggest.isChecked(), true, 'suggesting')
  await page.keyboard.press('Alt+Shift+S')
  assert.equal(await suggest.isChecked(), false, 'editing')
  assert.match(
    (await page.locator('.view-switch button[data-mode="clean"]').getAttribute('title')) ?? '',
    /Alt\+Shift\+V/,
  )
  await page.keyboard.press('Alt+Shift+V')
  await page.waitForSelector('.ProseMirror.view-clean')
  await page.keyboard.press('Alt+Shift+V')
  await page.waitForSelector('.ProseMirror.view-compilation')

  // The view switch is one Tab stop, the mode that is on; the arrow keys move to the other mode and switch.
  const modes = page.locator('.view-switch button')
  assert.deepEqual(await modes.evaluateAll((bs) => bs.map((b) => (b as HTMLElement).tabIndex)), [0, -1])
  await page.locator('.view-switch button[aria-checked="true"]').focus()
  await page.keyboard.press('ArrowRight')
  await page.waitForSelector('.ProseMirror.view-clean')
  const active = () => page.evaluate(() => (document.activeElement as HTMLElement).dataset.mode)
  assert.equal(await active(), 'clean', 'the focus moved with the switch')
  assert.deepEqual(await modes.evaluateAll((bs) => bs.map((b) => (b as HTMLElement).tabIndex)), [-1, 0])
  await page.keyboard.press('ArrowRight')
  await page.waitForSelector('.ProseMirror.view-compilation')
  assert.equal(await active(), 'compilation', 'round the group')
  await page.keyboard.press('ArrowUp')
  await page.waitForSelector('.ProseMirror.view-clean')
  await page.keyboard.press('ArrowLeft')
  await page.waitForSelector('.ProseMirror.view-compilation')

  // In the text, `?` is a character typed, not the help dialog.
  await clickAtEnd(page, operative(page, 4))
  await page.keyboard.press('?')
  assert.equal(await page.locator('dialog.help-dialog[open]').count(), 0, 'no dialog from the text')
  assert.match(await editorText(page), /session\.\?/)
  // The help button in the top bar opens it from the keyboard too.
  await page.locator('.help-button').focus()
  await page.keyboard.press('Enter')
  await page.locator('dialog.help-dialog[open]').waitFor()
  await page.keyboard.press('Escape')
  assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('help-button')), true)
})

test('axe finds no serious or critical violation with the help dialog open, in English and French', {
  skip,
}, async () => {
  const page = await openChair(shared)
  const problems: string[] = []
  for (const ui of ['en', 'fr']) {
    await page.locator('.ui-language').selectOption(ui)
    await page.locator('.amendments-panel h2').click()
    await page.keyboard.press('?')
    await page.locator('dialog.help-dialog[open]').waitFor()
    for (const problem of await axeViolations(page)) problems.push(`[${ui}] ${problem}`)
    await page.keyboard.press('Escape')
  }
  assert.deepEqual(problems, [])
})
