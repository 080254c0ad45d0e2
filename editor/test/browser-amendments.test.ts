// Amendments in real browsers: a delegation (France) proposes a replacement in operative paragraph 3, the
// facilitator sees it attributed in the panel with its formal wording and accepts it, and the clean text on both
// screens shows the change; then a proposed new paragraph after operative paragraph 2 is accepted and the
// paragraphs after it are renumbered on both screens.
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import type { Browser, Locator, Page } from 'playwright-core'
import {
  clickAtEnd,
  draftIdOf,
  labels,
  launchBrowser,
  newPage,
  openDraft,
  operative,
  type Penholder,
  ROOT,
  selectionSettled,
  browserSkip as skip,
  startPenholder,
  textOf,
  tokenOf,
  waitForStatus,
  wordCentre,
} from './browser-harness.ts'

// Four operative paragraphs in English, the third one the proposals work on.
const DRAFT = join(ROOT, 'editor/test/fixtures/en-draft.md')

let server: Penholder | null = null
let browser: Browser | null = null
let chairLink = ''
let franceLink = ''

before(async () => {
  if (skip) return
  server = await startPenholder('browser-amendments')
  chairLink = server.newDraft(DRAFT)
  franceLink = server.invite(draftIdOf(chairLink), 'France', 'delegate')
  browser = await launchBrowser()
})

after(async () => {
  await browser?.close()
  await server?.stop()
})

/** The amendment cards of the panel. */
const cards = (page: Page): Locator => page.locator('.amendments-panel .amendment')

/** Selects the first occurrence of `word` in an element's text, as a person double-clicks it. */
async function selectWord(page: Page, target: Locator, word: string): Promise<void> {
  const box = await wordCentre(target, word)
  await page.mouse.dblclick(box.x, box.y)
  await selectionSettled(page)
  const selected = await page.evaluate(() => getSelection()?.toString().trim())
  assert.equal(selected, word, 'the word is selected')
}

/** Switches a page's editor to a view ('clean' or 'compilation'). */
async function switchView(page: Page, mode: 'clean' | 'compilation'): Promise<void> {
  await page.locator(`.view-switch button[data-mode="${mode}"]`).click()
  await page.waitForSelector(`.ProseMirror.view-${mode}`)
}

/**
 * The text of the lead paragraph of an operative paragraph as a reader sees it: its printed number, then the
 * words that are shown (words the view hides and other delegations' carets left out).
 */
const shownText = (page: Page, n: number): Promise<string> =>
  operative(page, n).evaluate((element) => {
    // No inner functions: the test runner's compiler would name them with a helper the page does not have.
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
    let text = ''
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement
      if (parent && !parent.closest('.remote-cursor') && parent.checkVisibility()) text += node.textContent
    }
    const label = element.closest<HTMLElement>('.clause')?.dataset.label ?? ''
    return `${label} ${text}`.replace(/\s+/g, ' ').trim()
  })

/** The numbers the page shows on paragraphs that are not hidden. */
const shownLabels = (page: Page): Promise<string[]> =>
  page.$$eval('.ProseMirror .clause[data-label]', (clauses) =>
    clauses
      .filter((clause) => clause.checkVisibility())
      .map((clause) => (clause as HTMLElement).dataset.label ?? ''),
  )

test('France proposes a replacement, the facilitator sees it attributed and accepts it; the clean text follows on both screens', {
  skip,
}, async () => {
  const { page: chair } = await newPage(browser!)
  const { page: france } = await newPage(browser!)
  await openDraft(chair, server!.at(chairLink))
  await openDraft(france, server!.at(franceLink))
  await waitForStatus(france, 'saved')
  assert.equal(await france.locator('.toolbar .suggesting').isVisible(), true, 'France is in suggestion mode')

  // France selects "promote" in operative paragraph 3 and types "protect" over it.
  await selectWord(france, operative(france, 3), 'promote')
  await france.keyboard.type('protect')
  await waitForStatus(france, 'saved')
  assert.match(await textOf(operative(france, 3)), /to promoteprotect the rights/, 'both words stay, marked')
  assert.equal(await operative(france, 3).locator('del.amend').textContent(), 'promote')
  assert.equal(await operative(france, 3).locator('ins.amend').textContent(), 'protect')
  assert.equal(await france.locator('.banner.error').count(), 0, 'the server took the proposal')

  // The facilitator sees it in the text, attributed to France, and in the panel with its wording.
  const ins = operative(chair, 3).locator('ins.amend')
  await ins.waitFor({ timeout: 10_000 })
  assert.equal(await ins.getAttribute('data-delegation'), 'France')
  assert.match((await ins.getAttribute('title')) ?? '', /^France/, 'the name shows on hover')
  assert.equal(await operative(chair, 3).locator('del.amend').getAttribute('data-delegation'), 'France')
  const card = cards(chair).filter({ hasText: 'France' })
  await card.waitFor({ timeout: 10_000 })
  assert.equal(
    (await card.locator('.wording .instruction').textContent())?.trim(),
    'In operative paragraph 3, replace the word “promote” with the word “protect”',
  )
  assert.equal(await card.locator('.state').textContent(), 'Proposed')

  // Clicking the card selects the words in the text.
  await card.locator('.wording').click()
  await chair.waitForSelector('.ProseMirror .amend-focus')
  assert.match(await chair.evaluate(() => getSelection()?.toString() ?? ''), /promote.*protect/)

  // France exports its amendments from the menu: the formal wording, from the export API.
  await france.locator('.export-menu summary').click()
  const [answer] = await Promise.all([
    france.waitForResponse((r) => r.url().includes('/export?')),
    france.locator('.export-row[data-view="amendments"] button[data-format="txt"]').click(),
  ])
  assert.match(answer.url(), /\/export\?format=txt&view=amendments&delegation=France$/)
  assert.equal(answer.status(), 200)
  // The page keeps the body for its download; ask again for it, with France's token.
  const again = await fetch(answer.url(), { headers: { Authorization: `Bearer ${tokenOf(franceLink)}` } })
  assert.match(await again.text(), /replace the word “promote” with the word “protect”/)

  // In the clean view, before the decision, the text is the agreed one on both screens.
  for (const page of [chair, france]) {
    await switchView(page, 'clean')
    assert.equal(await shownText(page, 3), '3. Urges Member States to promote the rights of women;')
  }
  await switchView(chair, 'compilation')

  await card.locator('button[data-action="accept"]').click()
  await chair.locator('.amendments-panel .amendment').first().waitFor({ state: 'detached', timeout: 5000 })
  await waitForStatus(chair, 'saved')
  for (const page of [chair, france]) {
    await switchView(page, 'clean')
    await page.waitForFunction(
      () => !document.querySelector('.ProseMirror .operative ins.amend, .ProseMirror .operative del.amend'),
      null,
      { timeout: 10_000 },
    )
    assert.equal(await shownText(page, 3), '3. Urges Member States to protect the rights of women;')
    assert.deepEqual(await shownLabels(page), ['1.', '2.', '3.', '4.'])
  }
  await switchView(france, 'compilation')
  await switchView(chair, 'compilation')
  assert.match(await textOf(operative(chair, 3)), /to protect the rights of women;$/, 'accepted once')
})

test('a proposed new paragraph after operative paragraph 2 reads "2 bis"; once accepted, the paragraphs after it are renumbered on both screens', {
  skip,
}, async () => {
  const { page: chair } = await newPage(browser!)
  const { page: france } = await newPage(browser!)
  await openDraft(chair, server!.at(chairLink))
  await openDraft(france, server!.at(franceLink))
  await waitForStatus(france, 'saved')

  await clickAtEnd(france, operative(france, 2))
  await france.keyboard.press('Enter')
  await france.keyboard.type('Welcomes the report of the Secretary-General;')
  await waitForStatus(france, 'saved')
  assert.equal(await france.locator('.banner.error').count(), 0, 'the server took the proposal')

  // On the facilitator's screen: a proposed paragraph, "2 bis", the others keep their numbers.
  const proposed = chair.locator('.ProseMirror .operative.amend-para-insert')
  await proposed.waitFor({ timeout: 10_000 })
  assert.equal(await proposed.getAttribute('data-delegation'), 'France')
  assert.deepEqual(await labels(chair), ['1.', '2.', '2 bis.', '3.', '4.'])
  const card = cards(chair).filter({ hasText: 'Welcomes the report' })
  await card.waitFor({ timeout: 10_000 })
  assert.equal(
    (await card.locator('.wording .instruction').textContent())?.trim(),
    'After operative paragraph 2, insert a new paragraph reading:',
  )
  for (const page of [chair, france]) {
    await switchView(page, 'clean')
    assert.deepEqual(await shownLabels(page), ['1.', '2.', '3.', '4.'], 'the clean view hides the proposal')
    assert.equal(await page.locator('.ProseMirror .amend-para-insert').isVisible(), false)
    await switchView(page, 'compilation')
  }

  await card.locator('button[data-action="accept"]').click()
  for (const page of [chair, france]) {
    await page.waitForFunction(() => !document.querySelector('.ProseMirror .amend-para-insert'), null, {
      timeout: 10_000,
    })
    await switchView(page, 'clean')
    assert.deepEqual(await shownLabels(page), ['1.', '2.', '3.', '4.', '5.'])
    assert.equal(await shownText(page, 3), '3. Welcomes the report of the Secretary-General;')
    assert.equal(await shownText(page, 4), '4. Urges Member States to protect the rights of women;')
    assert.match(await shownText(page, 5), /^5\. Decides to continue/)
    await switchView(page, 'compilation')
  }
})
