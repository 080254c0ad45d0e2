// The opening-phrase list in a real browser: typing the first letters of a new operative paragraph of the demo
// draft (French) offers the phrases that begin with them; picking one inserts it marked as the opening phrase,
// in italics, on the facilitator's screen and on an observer's.
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { Browser } from 'playwright-core'
import {
  clickAtEnd,
  labels,
  launchBrowser,
  newPage,
  openDraft,
  operative,
  type Penholder,
  browserSkip as skip,
  startPenholder,
  textOf,
  waitForText,
} from './browser-harness.ts'

let server: Penholder | null = null
let browser: Browser | null = null

before(async () => {
  if (skip) return
  server = await startPenholder('browser-opening')
  browser = await launchBrowser()
})

after(async () => {
  await browser?.close()
  await server?.stop()
})

test('the opening-phrase suggestion appears, and inserting it marks the phrase', { skip }, async () => {
  const { page: chair } = await newPage(browser!)
  const { page: observer } = await newPage(browser!)
  await openDraft(chair, server!.at(server!.demo.Facilitator!))
  await openDraft(observer, server!.at(server!.demo.Observer!))
  const menu = chair.locator('.opening-menu')
  const items = menu.locator('.item')

  // A new operative paragraph after the last one (15), then the first letters of a verb.
  await clickAtEnd(chair, operative(chair, 15))
  await chair.keyboard.press('Enter')
  assert.equal((await labels(chair)).at(-1), '16.')
  assert.equal(await menu.isVisible(), false, 'no list before anything is typed')
  await chair.keyboard.type('Encou')
  await menu.waitFor({ state: 'visible' })
  assert.deepEqual(await items.allTextContents(), ['Encourage', 'Encourage vivement', 'Encourage également'])
  assert.equal(await menu.locator('.item.selected').textContent(), 'Encourage', 'the shortest is highlighted')
  const caret = await chair.evaluate(() => getSelection()!.getRangeAt(0).getBoundingClientRect())
  const box = (await menu.boundingBox())!
  assert.ok(box.y >= caret.bottom && box.y - caret.bottom < 40, 'the list opens just under the line typed')

  await chair.keyboard.press('ArrowDown')
  assert.equal(await menu.locator('.item.selected').textContent(), 'Encourage vivement')
  await chair.keyboard.press('Enter')
  await menu.waitFor({ state: 'hidden' })
  assert.equal(
    await labels(chair).then((l) => l.length),
    16,
    'Enter picked the phrase; it added no paragraph',
  )
  await chair.keyboard.type('les États à coopérer.')

  const last = operative(chair, 16)
  assert.equal(await textOf(last), 'Encourage vivement les États à coopérer.')
  assert.equal(await last.locator('em.opening').count(), 1)
  assert.equal(
    await last.locator('em.opening').textContent(),
    'Encourage vivement',
    'only the phrase is marked',
  )
  assert.equal(
    await last.locator('em.opening').evaluate((em) => getComputedStyle(em).fontStyle),
    'italic',
    'the opening phrase is printed in italics',
  )

  await waitForText(observer, 'Encourage vivement les États à coopérer.')
  assert.equal(
    await operative(observer, 16).locator('em.opening').textContent(),
    'Encourage vivement',
    'the observer sees the phrase marked too',
  )
  assert.equal(
    await observer.locator('.opening-menu').isVisible(),
    false,
    'the list is only for the one typing',
  )
})

test('Escape closes the list, and a phrase typed out in full is marked without picking it', {
  skip,
}, async () => {
  const { page } = await newPage(browser!)
  await openDraft(page, server!.at(server!.demo.Facilitator!))
  const menu = page.locator('.opening-menu')
  await clickAtEnd(page, operative(page, 2))
  await page.keyboard.press('Enter')
  await page.keyboard.type('Demande inst')
  await menu.waitFor({ state: 'visible' })
  assert.deepEqual(await menu.locator('.item').allTextContents(), ['Demande instamment'])
  await page.keyboard.press('Escape')
  await menu.waitFor({ state: 'hidden' })
  await page.keyboard.type('amment aux États de coopérer ;')
  const para = operative(page, 3)
  assert.equal(await textOf(para), 'Demande instamment aux États de coopérer ;')
  assert.equal(await para.locator('em.opening').textContent(), 'Demande instamment')
})
