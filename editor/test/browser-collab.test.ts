// Live collaboration in real browsers: the facilitator, a delegation and an observer on the demo draft that
// `penholder serve` creates, each in a browser context of its own; a delegation's caret on the facilitator's
// screen; then a facilitator who loses the network, types, and comes back.
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import {
  clickAtEnd,
  clickAtStart,
  draftIdOf,
  editorText,
  labels,
  launchBrowser,
  newPage,
  openDraft,
  operative,
  type Penholder,
  paragraphTexts,
  ROOT,
  selectionSettled,
  browserSkip as skip,
  startPenholder,
  textOf,
  waitForStatus,
  waitForText,
} from './browser-harness.ts'
import { Relay } from './browser-relay.ts'

let server: Penholder | null = null
let browser: Browser | null = null
let relay: Relay | null = null

before(async () => {
  if (skip) return
  server = await startPenholder('browser-collab')
  browser = await launchBrowser()
})

after(async () => {
  await browser?.close()
  await relay?.close()
  await server?.stop()
})

const DEMO_NUMBERS = Array.from({ length: 15 }, (_, i) => `${i + 1}.`)

/** The label the page shows on the operative paragraph whose text contains `text`, or null. */
const labelOf = (page: Page, text: string) =>
  page.$$eval(
    '.ProseMirror .operative > p:first-child',
    (ps, t) =>
      ps.find((p) => p.textContent?.includes(t))?.closest<HTMLElement>('.clause')?.dataset.label ?? null,
    text,
  )

test('the facilitator types into operative paragraph 3 and a delegation and an observer see it; a new paragraph renumbers the rest on every screen', {
  skip,
}, async () => {
  const { page: chair } = await newPage(browser!)
  const { page: france } = await newPage(browser!)
  const { page: observer } = await newPage(browser!)
  await openDraft(chair, server!.at(server!.demo.Facilitator!))
  await openDraft(france, server!.at(server!.demo.France!))
  await openDraft(observer, server!.at(server!.demo.Observer!))
  for (const page of [chair, france, observer]) assert.deepEqual(await labels(page), DEMO_NUMBERS)

  // Operative paragraph 3 ends "... entre les civilisations ;": type before the closing " ;".
  await clickAtEnd(chair, operative(chair, 3))
  await chair.keyboard.press('ArrowLeft')
  await chair.keyboard.press('ArrowLeft')
  await selectionSettled(chair)
  await chair.keyboard.type(', dans un esprit de dialogue')
  assert.match(await textOf(operative(chair, 3)), /civilisations, dans un esprit de dialogue ;$/)
  for (const page of [france, observer]) {
    await waitForText(page, 'dans un esprit de dialogue')
    assert.match(
      await textOf(operative(page, 3)),
      /civilisations, dans un esprit de dialogue ;$/,
      'the text arrives in operative paragraph 3 on the other screens',
    )
  }

  // A new operative paragraph after paragraph 2: paragraph 3 becomes 4, and so on to 16.
  await clickAtEnd(chair, operative(chair, 2))
  await chair.keyboard.press('Enter')
  await chair.keyboard.type('Souligne que la coopération internationale est essentielle ;')
  const renumbered = Array.from({ length: 16 }, (_, i) => `${i + 1}.`)
  assert.deepEqual(await labels(chair), renumbered, 'the facilitator sees the numbers follow at once')
  for (const page of [chair, france, observer]) {
    await waitForText(page, 'coopération internationale est essentielle ;')
    await page.waitForFunction(
      () => document.querySelectorAll('.ProseMirror .operative[data-label]').length === 16,
    )
    assert.deepEqual(await labels(page), renumbered)
    assert.equal(await labelOf(page, 'est essentielle'), '3.', 'the new paragraph is number 3')
    assert.equal(await labelOf(page, 'dans un esprit de dialogue'), '4.', 'the old paragraph 3 is now 4')
    assert.equal(await labelOf(page, 'poursuivre l'), '16.', 'the last paragraph is now 16')
    assert.equal(
      await operative(page, 3).locator('em.opening').textContent(),
      'Souligne',
      'the opening phrase typed in full is marked (and italic) on every screen',
    )
  }
  assert.deepEqual(await paragraphTexts(france), await paragraphTexts(chair))
  assert.deepEqual(await paragraphTexts(observer), await paragraphTexts(chair))
})

test("another delegation's caret shows on the facilitator's screen with its name and colour, and follows it", {
  skip,
}, async () => {
  // A draft of its own, so that no page of the other tests shows a caret in it.
  const chairLink = server!.newDraft(join(ROOT, 'editor/test/fixtures/en-draft.md'))
  const franceLink = server!.invite(draftIdOf(chairLink), 'France', 'delegate')
  const { page: chair } = await newPage(browser!)
  const { page: france } = await newPage(browser!)
  await openDraft(chair, server!.at(chairLink))
  await openDraft(france, server!.at(franceLink))
  await clickAtEnd(france, operative(france, 2))
  const caret = chair.locator('.ProseMirror .remote-cursor')
  await caret.waitFor({ timeout: 10_000 })
  assert.equal(await caret.locator('.remote-cursor-label').textContent(), 'France')
  // Read in one go from the caret drawn now: the plugin draws it anew as the awareness changes.
  const colours = await chair.waitForFunction(() => {
    const shown = document.querySelector('.ProseMirror .remote-cursor')
    const name = shown?.querySelector('.remote-cursor-label')
    if (!shown || !name) return null
    return [getComputedStyle(shown).borderLeftColor, getComputedStyle(name).backgroundColor]
  })
  const [colour, labelColour] = (await colours.jsonValue()) as [string, string]
  assert.match(colour, /^rgb/, 'the caret has a colour')
  assert.equal(colour, labelColour, "the caret and its name are in the delegation's colour")
  // The caret stands in operative paragraph 2, then follows France to paragraph 4.
  const caretIn = (n: number) =>
    chair.waitForFunction(
      (i) =>
        document.querySelector('.ProseMirror .remote-cursor')?.closest('.operative') ===
        document.querySelectorAll('.ProseMirror .operative')[i],
      n - 1,
      { timeout: 10_000 },
    )
  await caretIn(2)
  await clickAtStart(france, operative(france, 4))
  await caretIn(4)
  assert.equal(await caret.count(), 1, 'one caret for France, moved to operative paragraph 4')
})

test('a facilitator who loses the network keeps typing; when it returns, both screens converge', {
  skip,
}, async () => {
  // The sample resolution as a draft of its own, and a second facilitator whose browser reaches the server
  // through a relay that the test can cut.
  const facilitator = server!.newDraft(join(ROOT, 'schema/test/fixtures/fr_A-RES-71-194.md'))
  const id = draftIdOf(facilitator)
  const bureau = server!.invite(id, 'Bureau', 'chair')
  const press = server!.invite(id, 'Press', 'observer')
  relay = await Relay.start(server!.base)
  const { page: chair } = await newPage(browser!)
  const { page: away, context: awayContext } = await newPage(browser!)
  await openDraft(chair, server!.at(facilitator))
  await openDraft(away, bureau.replace(/^https?:\/\/[^/]+/, relay.url))
  await waitForStatus(chair, 'saved')
  await waitForStatus(away, 'saved')
  assert.deepEqual(await paragraphTexts(away), await paragraphTexts(chair))

  relay.cut()
  await awayContext.setOffline(true)
  await waitForStatus(away, 'offline')
  assert.match((await away.locator('.status').textContent()) ?? '', /Offline/)

  // Each types into another paragraph while apart; the facilitator still online also adds a paragraph.
  await clickAtEnd(away, operative(away, 5))
  await away.keyboard.press('ArrowLeft')
  await away.keyboard.press('ArrowLeft')
  await selectionSettled(away)
  await away.keyboard.type(' [texte hors ligne]')
  await clickAtStart(chair, operative(chair, 1))
  await chair.keyboard.press('Enter')
  await chair.keyboard.press('ArrowUp')
  await selectionSettled(chair)
  await chair.keyboard.type('Prend note du rapport du Secrétaire général ;')
  await waitForText(chair, 'Prend note du rapport')
  await new Promise((resolve) => setTimeout(resolve, 1000))
  assert.ok(!(await editorText(chair)).includes('[texte hors ligne]'), 'nothing left the offline browser')
  assert.ok(
    !(await editorText(away)).includes('Prend note du rapport'),
    'nothing reached the offline browser',
  )
  assert.equal(await labelOf(away, '[texte hors ligne]'), '5.')

  relay.restore()
  await awayContext.setOffline(false)
  await waitForStatus(away, 'saved', 15_000)
  await waitForText(chair, '[texte hors ligne]', 10_000)
  await waitForText(away, 'Prend note du rapport', 10_000)
  assert.deepEqual(await paragraphTexts(away), await paragraphTexts(chair), 'both screens show the same text')
  assert.deepEqual(await labels(away), await labels(chair))
  assert.equal(await labelOf(away, 'Prend note du rapport'), '1.')
  assert.equal(
    await labelOf(chair, '[texte hors ligne]'),
    '6.',
    'the offline edit is renumbered with the rest',
  )

  // What both converged on is what the server keeps: a browser that opens the draft now reads the same.
  const { page: later } = await newPage(browser!)
  await openDraft(later, server!.at(press))
  await waitForText(later, '[texte hors ligne]')
  assert.deepEqual(await paragraphTexts(later), await paragraphTexts(chair))
})
