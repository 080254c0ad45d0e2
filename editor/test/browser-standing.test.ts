// Where each paragraph stands, in real browsers: the facilitator sets statuses, brackets words and a paragraph
// at a delegation's request, offers an alternative wording and picks it; France sees each of them on its screen,
// counts them in the summary and filters what is still open, but gets none of the facilitator's controls. Then
// comment threads: France writes one for the facilitator only and one for everyone, the facilitator answers and
// resolves, and Brazil sees only what everyone may.
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import {
  clickAtEnd,
  draftIdOf,
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
  wordCentre,
} from './browser-harness.ts'

const DRAFT = join(ROOT, 'editor/test/fixtures/en-draft.md')

let server: Penholder | null = null
let browser: Browser | null = null
let chair: Page
let france: Page
let brazil: Page

before(async () => {
  if (skip) return
  server = await startPenholder('browser-standing')
  const chairLink = server.newDraft(DRAFT)
  const id = draftIdOf(chairLink)
  const franceLink = server.invite(id, 'France', 'delegate')
  const brazilLink = server.invite(id, 'Brazil', 'delegate')
  browser = await launchBrowser()
  chair = (await newPage(browser)).page
  france = (await newPage(browser)).page
  brazil = (await newPage(browser)).page
  await openDraft(chair, server.at(chairLink))
  await openDraft(france, server.at(franceLink))
  await openDraft(brazil, server.at(brazilLink))
})

after(async () => {
  await browser?.close()
  await server?.stop()
})

/** The clause element of the Nth operative paragraph. */
const clause = (page: Page, n: number) => page.locator('.ProseMirror .operative').nth(n - 1)

/** Puts the facilitator's caret in operative paragraph n and waits for the panel to follow. */
async function into(page: Page, n: number): Promise<void> {
  await clickAtEnd(page, operative(page, n))
  await page.waitForSelector('.standing-panel .standing-status')
}

const summary = (page: Page) => textOf(page.locator('.standing-summary'))

test('the facilitator sets statuses; every screen shows them in the margin, counts and filters them', {
  skip,
}, async () => {
  assert.equal(
    await france.locator('.standing-panel .standing-status').count(),
    0,
    'a delegation has no controls',
  )
  assert.match(await summary(france), /0 of 5 paragraphs agreed/)

  await into(chair, 3)
  await chair.locator('.standing-status').selectOption('agreed-ad-ref')
  await chair.locator('.standing-note').fill('pending consultation in capitals')
  await chair.locator('.standing-set').click()
  await into(chair, 1)
  await chair.locator('.standing-status').selectOption('agreed')
  await chair.locator('.standing-set').click()

  const badge = clause(france, 3).locator('.status-badge')
  await badge.waitFor()
  assert.equal(await badge.getAttribute('data-status'), 'agreed-ad-ref')
  assert.match(
    await textOf(badge),
    /Agreed ad ref\.pending consultation in capitals/,
    'in words, not colour alone',
  )
  await france.waitForFunction(() =>
    /1 of 5 paragraphs agreed/.test(document.querySelector('.standing-summary')?.textContent ?? ''),
  )
  assert.match(await summary(france), /1 agreed ad referendum, 3 open/)

  await france.locator('.standing-filter input').check()
  assert.equal(await clause(france, 1).isVisible(), false, 'an agreed paragraph is hidden')
  assert.equal(await clause(france, 3).isVisible(), false, 'and one agreed ad referendum')
  assert.equal(await clause(france, 2).isVisible(), true, 'an open one stays')
  await france.locator('.standing-filter input').uncheck()
  assert.equal(await clause(france, 1).isVisible(), true)
})

test('the facilitator brackets words and a paragraph at a delegation’s request, and offers and picks an alternative', {
  skip,
}, async () => {
  // Words in operative paragraph 3, at France's request.
  const box = await wordCentre(operative(chair, 3), 'promote')
  await chair.mouse.dblclick(box.x, box.y)
  await selectionSettled(chair)
  await chair.locator('.standing-by').fill('France')
  await chair.locator('.bracket-words').click()
  const words = clause(france, 3).locator('.bracket')
  await words.waitFor()
  assert.equal(await words.getAttribute('data-by'), 'France')
  assert.equal(await textOf(words), 'promote')
  assert.deepEqual(
    await words.evaluate((e) => [
      getComputedStyle(e, '::before').content,
      getComputedStyle(e, '::after').content,
    ]),
    ['"["', '"]"'],
    'the brackets are drawn around the words',
  )

  // The whole of operative paragraph 2, at Brazil's request.
  await into(chair, 2)
  await chair.locator('.standing-by').fill('Brazil')
  await chair.locator('.bracket-paragraph').click()
  await clause(france, 2).locator('.para-bracket').first().waitFor()
  assert.match(
    await textOf(clause(france, 2)),
    /^\[Calls upon all States to cooperate with one another;\]Brazil$/,
  )

  // An alternative wording of operative paragraph 4, then picked.
  await into(chair, 4)
  await chair.locator('.standing-alternative').fill('Decides to conclude its consideration of the question.')
  await chair.locator('.add-alternative').click()
  const alternative = clause(france, 4).locator('.alternatives .alternative')
  await alternative.waitFor()
  assert.equal(
    await textOf(alternative),
    '[Alt 2] Decides to conclude its consideration of the question.Brazil',
  )
  assert.match(await textOf(clause(france, 4).locator('.alt-label').first()), /\[Alt 1\]/)

  await into(chair, 4)
  await chair.locator('.standing-alternatives li[data-alternative="2"] .use-alternative').click()
  await france.waitForFunction(
    () => !document.querySelector('.ProseMirror .operative:nth-child(4) .alternatives'),
  )
  assert.equal(await textOf(operative(france, 4)), 'Decides to conclude its consideration of the question.')
})

test('comments: for the facilitator only, or for everyone, answered and resolved', { skip }, async () => {
  await clickAtEnd(france, operative(france, 2))
  await france.waitForSelector('.comment-form')
  await france.locator('.comment-new').fill('France could accept this paragraph without brackets.')
  await france.locator('.comment-visibility').selectOption('chair')
  await france.locator('.comment-send').click()
  await clickAtEnd(france, operative(france, 2))
  await france.locator('.comment-new').fill('Could the facilitator circulate a revised text?')
  await france.locator('.comment-send').click()

  await into(chair, 2)
  const threads = chair.locator('.comments-panel .thread')
  await chair.waitForFunction(() => document.querySelectorAll('.comments-panel .thread').length === 2)
  assert.equal(await threads.first().getAttribute('data-visibility'), 'chair')
  const open = chair.locator('.comments-panel .thread[data-visibility="all"]')
  await open.locator('.comment-reply').fill('Yes, by tomorrow.')
  await open.locator('.reply').click()
  await france.waitForFunction(() =>
    document.querySelector('.comments-panel')?.textContent?.includes('Yes, by tomorrow.'),
  )

  await clickAtEnd(brazil, operative(brazil, 2))
  await brazil.waitForFunction(() => document.querySelectorAll('.comments-panel .thread').length === 1)
  const seen = await textOf(brazil.locator('.comments-panel'))
  assert.match(seen, /Could the facilitator circulate a revised text\?/)
  assert.doesNotMatch(seen, /without brackets/, 'Brazil never receives a comment for the facilitator only')
  assert.equal(
    await brazil.locator('.comments-panel .resolve').count(),
    0,
    "Brazil resolves neither France's thread",
  )

  await chair.locator('.comments-panel .thread[data-visibility="all"] .resolve').click()
  await france.waitForFunction(() => document.querySelectorAll('.comments-panel .thread').length === 1)
})
