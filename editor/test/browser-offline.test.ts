// Offline-safe editing in real browsers. A delegation (France) works through a relay that the test cuts, which
// is how its browser loses the network: Playwright's `context.setOffline(true)` stops new requests and navigations
// (and makes `navigator.onLine` false) but leaves an open WebSocket up, so the test does both: the context goes
// offline AND the relay drops every connection and refuses new ones. While offline France types, closes the tab,
// opens the link again (the page comes from the service worker, the draft from the browser's IndexedDB copy);
// back online its words reach the facilitator and the store. Also: an invitation that ended while offline, and
// changes made offline that the server refuses because they crossed a decision.
import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import {
  draftIdOf,
  EDITOR_DIST,
  launchBrowser,
  newPage,
  openDraft,
  operative,
  type Penholder,
  penholder,
  ROOT,
  selectionSettled,
  browserSkip as skip,
  startPenholder,
  textOf,
  tokenOf,
  waitForStatus,
  waitForText,
  wordCentre,
} from './browser-harness.ts'
import { Relay } from './browser-relay.ts'

// Four operative paragraphs in English; the third one ("Urges Member States to promote the rights of women;")
// is the one France proposes changes to.
const DRAFT = join(ROOT, 'editor/test/fixtures/en-draft.md')

let server: Penholder | null = null
let relay: Relay | null = null
let browser: Browser | null = null
let chairLink = ''
let draftId = ''
let franceLink = ''

before(async () => {
  if (skip) return
  server = await startPenholder('browser-offline')
  assert.ok(
    existsSync(join(EDITOR_DIST, 'sw.js')),
    'editor/dist/sw.js is missing: the build must bundle editor/src/offline/service-worker.ts into it',
  )
  chairLink = server.at(server.newDraft(DRAFT))
  draftId = draftIdOf(chairLink)
  relay = await Relay.start(server.base)
  franceLink = (await invite('France')).link
  browser = await launchBrowser()
})

after(async () => {
  await browser?.close()
  await relay?.close()
  await server?.stop()
})

/** A new delegation's invitation to the draft (asked of the API as the facilitator): its id and link, through the relay. */
async function invite(delegation: string, expires = '30d'): Promise<{ id: string; link: string }> {
  const answer = await fetch(`${server!.base}/api/drafts/${draftId}/invitations`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${tokenOf(chairLink)}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ delegation, role: 'delegate', expires }),
  })
  assert.equal(answer.status, 201)
  const { invitation, link } = (await answer.json()) as { invitation: { id: string }; link: string }
  return { id: invitation.id, link: link.replace(/^https?:\/\/[^/]+/, relay!.url) }
}

/** Revokes an invitation, as the facilitator does from the home page. */
async function revoke(id: string): Promise<void> {
  const answer = await fetch(`${server!.base}/api/drafts/${draftId}/invitations/${id}`, {
    method: 'DELETE',
    headers: { Authorization: `Bearer ${tokenOf(chairLink)}` },
  })
  assert.equal(answer.status, 200)
}

/** Waits until the service worker has kept the draft page and its script, so that the link opens offline. */
const pageKept = (page: Page) =>
  page.waitForFunction(
    async () => {
      const cache = await caches.open('penholder-draft-page')
      const keys = await cache.keys()
      return (await cache.match('/d/')) !== undefined && keys.some((r) => /\/assets\/draft-/.test(r.url))
    },
    null,
    { polling: 100, timeout: 10_000 },
  )

/** Takes a browser context off the network: no new request, and no connection through the relay. */
async function goOffline(context: BrowserContext): Promise<void> {
  await context.setOffline(true)
  relay!.cut()
}

/** Puts it back. */
async function goOnline(context: BrowserContext): Promise<void> {
  relay!.restore()
  await context.setOffline(false)
}

/** Puts the caret right after the first occurrence of `word` in an operative paragraph, as a person clicks there. */
async function caretAfter(page: Page, n: number, word: string): Promise<void> {
  const box = await wordCentre(operative(page, n), word)
  await page.mouse.dblclick(box.x, box.y)
  await selectionSettled(page)
  await page.keyboard.press('ArrowRight')
  await selectionSettled(page)
}

/** The words of the status indicator. */
const statusText = (page: Page) =>
  page
    .locator('.status')
    .textContent()
    .then((t) => t ?? '')

/** What the store holds: the compilation text, read by the command line from the data folder. */
const stored = () =>
  penholder('draft', 'export', draftId, '--format', 'txt', '--view', 'compilation', '--data', server!.data)

test('France types offline, closes the tab, opens the link again offline and sees its words; online they reach the facilitator and the store', {
  skip,
}, async () => {
  const { page: chair } = await newPage(browser!)
  await openDraft(chair, chairLink)
  const { context, page: first } = await newPage(browser!)
  const link = franceLink
  await openDraft(first, link)
  await waitForStatus(first, 'saved')
  await pageKept(first)

  await goOffline(context)
  await waitForStatus(first, 'offline')
  await caretAfter(first, 3, 'promote')
  await first.keyboard.type(' and protect')
  assert.match(await textOf(operative(first, 3)), /promote and protect the rights/)
  await first.waitForFunction(() => /not yet sent/.test(document.querySelector('.status')?.textContent ?? ''))
  const offlineStatus = await statusText(first)
  assert.match(offlineStatus, /^Offline — \d+ changes not yet sent/)
  const unsent = Number(/(\d+) changes/.exec(offlineStatus)![1])
  assert.ok(unsent >= ' and protect'.length, `one change a key at least: ${offlineStatus}`)
  await first.waitForFunction(() => /Reconnect/.test(document.querySelector('.status')?.textContent ?? ''))
  // Closed at once: what waits to be written is written as the page goes.
  await first.close()

  // Still offline: the link opens from the service worker, and the draft from this browser's copy.
  const second = await context.newPage()
  const answer = await second.goto(link)
  assert.equal(answer?.fromServiceWorker(), true, 'the page came from the service worker')
  await second.waitForSelector('.ProseMirror', { timeout: 15_000 })
  assert.match(await textOf(operative(second, 3)), /promote and protect the rights/)
  await waitForStatus(second, 'offline')
  assert.match(await statusText(second), new RegExp(`^Offline — ${unsent} changes not yet sent`))
  assert.equal(await second.locator('.banner[data-name="offline"]').count(), 1)
  assert.equal(await second.locator('.ProseMirror').getAttribute('contenteditable'), 'true', 'still editable')
  assert.doesNotMatch(await textOf(operative(chair, 3)), /and protect/, 'nothing reached the server yet')

  // Back online: the page reconnects by itself, without a reload, and the words go out.
  let loads = 0
  second.on('load', () => loads++)
  await goOnline(context)
  await waitForStatus(second, 'saved', 20_000)
  assert.equal(await second.locator('.status').getAttribute('data-unsent'), '0')
  assert.equal(await second.locator('.banner[data-name="offline"]').count(), 0)
  await waitForText(chair, 'and protect', 10_000)
  assert.match(await textOf(operative(chair, 3)), /promote and protect the rights/)
  assert.match(stored(), /and protect/)
  assert.equal(loads, 0, 'no reload')

  // A third page, online, has nothing left to send.
  await second.close()
  const third = await context.newPage()
  await openDraft(third, link)
  await waitForStatus(third, 'saved')
  assert.equal(await third.locator('.status').getAttribute('data-unsent'), '0')
  await context.close()
})

/** The banner that tells a delegate the session ended, and the words it lists. */
const endedBanner = (page: Page) => page.locator('.banner.error')
const listed = (page: Page) => endedBanner(page).locator('.items li').allTextContents()

test('an invitation that expired while offline says so and lists the unsent words with Copy; a new link sends them', {
  skip,
}, async () => {
  const { chair, context, link } = await delegationOnline('Brazil', '1d')
  const first = context.pages()[0]!
  await goOffline(context)
  await waitForStatus(first, 'offline')
  await caretAfter(first, 2, 'cooperate')
  await first.keyboard.type(' fully')
  await first.waitForTimeout(500)
  await first.close()

  // Two days later, still offline: the link's invitation has ended by its date.
  await context.clock.setFixedTime(Date.now() + 2 * 86_400_000)
  const second = await context.newPage()
  await second.goto(link)
  await endedBanner(second).waitFor({ timeout: 15_000 })
  assert.match(
    (await endedBanner(second).locator('.text').textContent()) ?? '',
    /^Your invitation has expired; ask the facilitator for a new link\. These changes were not sent/,
  )
  assert.deepEqual(await listed(second), [
    'Operative paragraph 2: “Calls upon all States to cooperate fully with one another;”',
  ])
  assert.equal(await endedBanner(second).locator('button.copy').count(), 1)
  await second.close()

  // Online again, with a new link for Brazil: the words kept in this browser go out with the first sync.
  await context.clock.setFixedTime(Date.now())
  await goOnline(context)
  const fresh = await invite('Brazil')
  const third = await context.newPage()
  await openDraft(third, fresh.link)
  await waitForStatus(third, 'saved')
  await waitForText(chair, 'cooperate fully', 10_000)
  await context.close()
})

test('an invitation revoked while offline: the page stops reconnecting, says so and lists the unsent words', {
  skip,
}, async () => {
  const { context, invitation } = await delegationOnline('Chile')
  const page = context.pages()[0]!
  await goOffline(context)
  await waitForStatus(page, 'offline')
  await caretAfter(page, 1, 'promote')
  await page.keyboard.type(' and protect')
  await revoke(invitation.id)

  await goOnline(context)
  await endedBanner(page).waitFor({ timeout: 20_000 })
  assert.match(
    (await endedBanner(page).locator('.text').textContent()) ?? '',
    /^Your invitation has expired or was revoked; ask the facilitator for a new link\./,
  )
  assert.deepEqual(await listed(page), [
    'Operative paragraph 1: “Reaffirms that it is one of the purposes of the United Nations to promote and protect human rights;”',
  ])
  await waitForStatus(page, 'stopped')
  assert.equal(await page.locator('.ProseMirror.read-only').count(), 1)
  await context.close()
})

test('changes made offline that crossed a decision: after reopening, the refusal goes through the recovery and the copy is the server’s', {
  skip,
}, async () => {
  const { chair, context, link } = await delegationOnline('Egypt')
  const first = context.pages()[0]!
  await caretAfter(first, 4, 'continue')
  await first.keyboard.type(' urgently')
  await waitForStatus(first, 'saved')
  const card = chair.locator('.amendments-panel .amendment').filter({ hasText: 'urgently' })
  await card.waitFor({ timeout: 10_000 })

  await goOffline(context)
  await waitForStatus(first, 'offline')
  await first.keyboard.type(' and fully')
  await first.waitForTimeout(500)
  await first.close()
  // Meanwhile the facilitator accepts the insertion Egypt was typing into.
  await card.locator('button[data-action="accept"]').click()
  await card.waitFor({ state: 'detached', timeout: 10_000 })
  await waitForStatus(chair, 'saved')

  const second = await context.newPage()
  await second.goto(link)
  await waitForText(second, 'urgently and fully', 15_000)
  let loads = 0
  second.on('load', () => loads++)
  await goOnline(context)
  const banner = second.locator('.banner[data-name="recovered"]')
  await banner.waitFor({ timeout: 20_000 })
  assert.equal(loads, 1, 'one reload onto the server’s text')
  assert.deepEqual(await banner.locator('.items li').allTextContents(), [
    'Operative paragraph 4: “Decides to continue urgently and fully its consideration of the question at its seventy-second session.”',
  ])
  await waitForStatus(second, 'saved')
  assert.match(await textOf(operative(second, 4)), /continue urgently its consideration/)

  // The copy now holds the server's text: opening the link again sends nothing that would be refused.
  await second.close()
  const third = await context.newPage()
  await openDraft(third, link)
  await waitForStatus(third, 'saved')
  assert.match(await textOf(operative(third, 4)), /continue urgently its consideration/)
  assert.equal(await third.locator('.banner.error').count(), 0)
  await context.close()
})

/**
 * The facilitator's page, and a delegation's page in a context of its own through the relay, opened online and
 * saved, with the draft page kept by the service worker.
 */
async function delegationOnline(delegation: string, expires?: string) {
  const { page: chair } = await newPage(browser!)
  await openDraft(chair, chairLink)
  const invitation = await invite(delegation, expires)
  const { context, page } = await newPage(browser!)
  await openDraft(page, invitation.link)
  await waitForStatus(page, 'saved')
  await pageKept(page)
  return { chair, context, link: invitation.link, invitation }
}
