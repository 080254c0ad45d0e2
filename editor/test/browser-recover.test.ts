// The accept race in real browsers: a delegation (France) types into its proposed insertion while cut off from
// the server, the facilitator accepts the insertion meanwhile, and when France is back its typing changes agreed
// text, which the server refuses (4403). France's page starts over from the server's text, editable at once, and
// shows the words it could not keep; a second refusal soon after ends the session as before, with no reload loop.
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core'
import {
  draftIdOf,
  launchBrowser,
  newPage,
  openDraft,
  operative,
  outputDir,
  type Penholder,
  paragraphTexts,
  ROOT,
  selectionSettled,
  browserSkip as skip,
  startPenholder,
  textOf,
  waitForStatus,
  waitForText,
  wordCentre,
} from './browser-harness.ts'
import { Relay } from './browser-relay.ts'

// Four operative paragraphs in English, the third one the proposals work on.
const DRAFT = join(ROOT, 'editor/test/fixtures/en-draft.md')

let server: Penholder | null = null
let relay: Relay | null = null
let browser: Browser | null = null
let chairLink = ''
let franceLink = ''

before(async () => {
  if (skip) return
  server = await startPenholder('browser-recover')
  chairLink = server.at(server.newDraft(DRAFT))
  relay = await Relay.start(server.base)
  franceLink = server
    .invite(draftIdOf(chairLink), 'France', 'delegate')
    .replace(/^https?:\/\/[^/]+/, relay.url)
  browser = await launchBrowser()
})

after(async () => {
  await browser?.close()
  await relay?.close()
  await server?.stop()
})

/** Puts the caret right after the first occurrence of `word` in an element, as a person clicks there. */
async function caretAfter(page: Page, target: Locator, word: string): Promise<void> {
  const box = await wordCentre(target, word)
  // A double click selects the word; the right arrow leaves the caret at its end.
  await page.mouse.dblclick(box.x, box.y)
  await selectionSettled(page)
  await page.keyboard.press('ArrowRight')
  await selectionSettled(page)
}

/**
 * The race: France proposes inserting `words` after `after` in operative paragraph 3; cut off from the server,
 * it goes on typing `more` into its insertion; the facilitator accepts the insertion; France comes back.
 */
async function acceptRace(
  chair: Page,
  france: Page,
  after: string,
  words: string,
  more: string,
): Promise<void> {
  await caretAfter(france, operative(france, 3), after)
  await france.keyboard.type(words)
  await waitForStatus(france, 'saved')
  const card = chair.locator('.amendments-panel .amendment').filter({ hasText: words.trim() })
  await card.waitFor({ timeout: 10_000 })

  relay!.cut()
  await waitForStatus(france, 'offline')
  await france.keyboard.type(more)
  await card.locator('button[data-action="accept"]').click()
  await card.waitFor({ state: 'detached', timeout: 10_000 })
  await waitForStatus(chair, 'saved')
  relay!.restore()
}

test('France types into its insertion as the facilitator accepts it: the page recovers with France’s words', {
  skip,
}, async () => {
  const { page: chair } = await newPage(browser!)
  const { page: france, context: franceContext } = await newPage(browser!)
  const banner = france.locator('.banner[data-name="recovered"]')
  await openDraft(chair, chairLink)
  await openDraft(france, franceLink)
  await waitForStatus(chair, 'saved')
  await waitForStatus(france, 'saved')
  // The page reloads once, by itself; count the loads to tell.
  let loads = 0
  france.on('load', () => loads++)

  await acceptRace(chair, france, 'promote', ' and protect', ' fully')

  // Back online, France's typing is refused; its page fetches the current text, keeps its words and reloads.
  await banner.waitFor({ timeout: 20_000 })
  await france.waitForSelector('.ProseMirror', { timeout: 15_000 })
  assert.equal(loads, 1, 'one reload, no loop')
  assert.match(
    (await banner.locator('.text').textContent()) ?? '',
    /^Your last change could not be kept because the text changed meanwhile\./,
  )
  assert.deepEqual(await banner.locator('.items li').allTextContents(), [
    'Operative paragraph 3: “Urges Member States to promote and protect fully the rights of women;”',
  ])
  assert.equal(await france.locator('.banner.error').count(), 0, 'no terminal banner')
  await france.screenshot({ path: join(outputDir('browser-recover'), 'recovered.png') })

  // The document is the server's: what the facilitator sees, and what a fresh page reads.
  await waitForStatus(france, 'saved')
  assert.match(await textOf(operative(france, 3)), /promote and protect the rights of women;$/)
  assert.deepEqual(await paragraphTexts(france), await paragraphTexts(chair))
  const { page: fresh } = await newPage(browser!)
  await openDraft(fresh, chairLink)
  assert.deepEqual(await paragraphTexts(france), await paragraphTexts(fresh))
  await fresh.close()

  // The page is editable at once, and what France types now reaches the server.
  assert.equal(await france.locator('.ProseMirror').getAttribute('contenteditable'), 'true')
  assert.equal(await france.locator('.ProseMirror.read-only').count(), 0)
  await caretAfter(france, operative(france, 3), 'protect')
  await france.keyboard.type(' fully')
  await waitForStatus(france, 'saved')
  await waitForText(chair, 'protect fully', 10_000)

  // The copy button puts the kept words on the clipboard, one paragraph a line.
  await grantClipboard(franceContext)
  await banner.locator('button.copy').click()
  await france.waitForFunction(() => document.querySelector('.banner button.copy')?.textContent === 'Copied')
  assert.equal(
    await france.evaluate(() => navigator.clipboard.readText()),
    'Operative paragraph 3: “Urges Member States to promote and protect fully the rights of women;”',
  )

  // Dismissed, the banner is gone, and a reload does not bring it back.
  await banner.locator('button.dismiss').click()
  assert.equal(await banner.count(), 0)
  await france.reload()
  await france.waitForSelector('.ProseMirror', { timeout: 15_000 })
  await waitForStatus(france, 'saved')
  assert.equal(await banner.count(), 0, 'the kept words were forgotten')

  // The same race again within the pause: the page stops and asks for a reload, as before recoveries.
  loads = 0
  await acceptRace(chair, france, 'women', ' and girls', ' everywhere')
  const stopped = france.locator('.banner.error[data-name="close"]')
  await stopped.waitFor({ timeout: 20_000 })
  assert.match((await stopped.textContent()) ?? '', /not allowed for your role/)
  assert.equal(await france.locator('.ProseMirror.read-only').count(), 1, 'read-only, as before')
  await new Promise((resolve) => setTimeout(resolve, 1000))
  assert.equal(loads, 0, 'no reload')
})

/** Lets the pages of a context read and write the clipboard. */
async function grantClipboard(context: BrowserContext): Promise<void> {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: relay!.url })
}
