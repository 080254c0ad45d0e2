// The sponsors panel in a real browser: a delegation co-sponsors and withdraws itself, the facilitator adds a
// delegation from the directory and makes one a main sponsor, and the header's sponsor line, written by the
// server from the list, changes on every screen. The home page offers the directory for invitations.
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import type { Browser } from 'playwright-core'
import {
  draftIdOf,
  launchBrowser,
  newPage,
  openDraft,
  type Penholder,
  ROOT,
  browserSkip as skip,
  startPenholder,
  waitForText,
} from './browser-harness.ts'

let server: Penholder | null = null
let browser: Browser | null = null
let chairLink = ''

before(async () => {
  if (skip) return
  server = await startPenholder('browser-sponsors')
  chairLink = server.newDraft(join(ROOT, 'editor/test/fixtures/en-draft.md'))
  browser = await launchBrowser()
})

after(async () => {
  await browser?.close()
  await server?.stop()
})

test('a delegation co-sponsors and withdraws, the facilitator adds and promotes; the sponsor line follows everywhere', {
  skip,
}, async () => {
  const egyptLink = server!.invite(draftIdOf(chairLink), 'Egypt', 'delegate')
  const chair = (await newPage(browser!)).page
  const egypt = (await newPage(browser!)).page
  await openDraft(chair, server!.at(chairLink))
  await openDraft(egypt, server!.at(egyptLink))

  await egypt.locator('.sponsors-panel .cosponsor').click()
  await waitForText(chair, 'Egypt: draft resolution', 10_000)
  await waitForText(egypt, 'Egypt: draft resolution', 10_000)
  const row = chair.locator('.sponsors-panel .sponsors-co li[data-delegation="Egypt"]')
  assert.match((await row.textContent()) ?? '', /Egypt\s*Since /, 'a co-sponsor, with the date it joined')

  // The facilitator picks a delegation from the directory and makes Egypt a main sponsor.
  const add = chair.locator('.sponsors-panel .add-sponsor')
  assert.equal(await chair.locator(`datalist#${await add.getAttribute('list')} option`).count(), 196)
  await add.fill('Brazil')
  await add.press('Enter')
  await waitForText(egypt, 'Brazil and Egypt: draft resolution', 10_000)
  await row.locator('button.role').click()
  await chair
    .locator('.sponsors-panel .sponsors-main li[data-delegation="Egypt"]')
    .waitFor({ timeout: 10_000 })
  await egypt
    .locator('.sponsors-panel .sponsors-main li[data-delegation="Egypt"]')
    .waitFor({ timeout: 10_000 })

  // Egypt withdraws: the line drops it, the panel keeps it among the withdrawn with both dates.
  await egypt.locator('.sponsors-panel .cosponsor').click()
  await waitForText(chair, 'Brazil: draft resolution', 10_000)
  const gone = chair.locator('.sponsors-panel .withdrawn li[data-delegation="Egypt"]')
  await gone.waitFor({ state: 'attached', timeout: 10_000 })
  assert.match((await gone.textContent()) ?? '', /Egypt.+–/)
})

test('the home page offers the directory when inviting a delegation, and keys it by its English name', {
  skip,
}, async () => {
  const { page } = await newPage(browser!)
  await page.goto(server!.at(server!.home))
  await page.locator('.ui-language').selectOption('fr')
  const draft = page.locator(`tbody[data-draft="${draftIdOf(chairLink)}"]`)
  await draft.locator('button', { hasText: 'Invitations' }).click()
  const input = draft.locator('input[list]')
  const list = await input.getAttribute('list')
  const names = await page
    .locator(`datalist#${list} option`)
    .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))
  assert.equal(names.length, 196)
  assert.ok(names.includes('Allemagne') && names.includes('Brésil'), 'named in the interface language')
  await input.fill('Allemagne')
  await input.press('Enter')
  await draft.locator('.links li', { hasText: 'Germany' }).waitFor({ timeout: 10_000 })
})
