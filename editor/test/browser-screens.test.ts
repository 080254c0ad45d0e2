// The draft page on any screen: a delegation's page with the proposals of several delegations shown, at 1400,
// 1024, 768 and 390 px wide (screenshots kept in test-output/screens/): nothing covers a paragraph and nothing
// needs scrolling sideways; under 900 px the side panels are a drawer opened by a button; and on a phone a
// delegation selects words and types a proposal that the facilitator's screen shows.
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import {
  launchBrowser,
  newPage,
  openDraft,
  operative,
  outputDir,
  type Penholder,
  selectionSettled,
  browserSkip as skip,
  startPenholder,
  tokenOf,
  waitForText,
} from './browser-harness.ts'
import { proposeInsertion } from './proposing-client.ts'

/** Delegations whose proposals the pages show, each in its colour. */
const DELEGATIONS = ['Brazil', 'Egypt', 'India', 'Japan', 'Kenya', 'Mexico']

const WIDTHS = [1400, 1024, 768, 390]

let server: Penholder | null = null
let browser: Browser | null = null
const closers: (() => void)[] = []

/**
 * A delegation's token for the demo draft, asked of the API with the facilitator's link, as the home page does
 * (quicker than a `penholder invite` process for each).
 */
async function invite(server: Penholder, delegation: string): Promise<string> {
  const response = await fetch(`${server.base}/api/drafts/${encodeURIComponent(server.demoId)}/invitations`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${tokenOf(server.demo.Facilitator!)}`,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({ delegation, role: 'delegate' }),
  })
  const answer = await response.text()
  assert.equal(response.status, 201, `no invitation for ${delegation}: ${answer}`)
  return tokenOf((JSON.parse(answer) as { link: string }).link)
}

before(async () => {
  if (skip) return
  server = await startPenholder('browser-screens')
  for (const [n, delegation] of DELEGATIONS.entries()) {
    const token = await invite(server, delegation)
    // Kept open until the end: each page below waits until it shows every proposal.
    closers.push(
      await proposeInsertion(
        server.base,
        server.demoId,
        token,
        delegation,
        `s${n}`,
        n,
        `as ${delegation} asks`,
      ),
    )
  }
  browser = await launchBrowser()
})

after(async () => {
  for (const close of closers) close()
  await browser?.close()
  await server?.stop()
})

/** Opens the demo draft as France at a width and waits until every delegation's proposal is shown. */
async function franceAt(width: number): Promise<Page> {
  const { page } = await newPage(browser!, { width, height: 900 })
  await openDraft(page, server!.at(server!.demo.France!))
  for (const delegation of DELEGATIONS) await waitForText(page, `as ${delegation} asks`, 15_000)
  return page
}

/**
 * What covers a paragraph of the document: for each paragraph (and heading) of the editor, every other visible
 * element of the page whose box intersects the paragraph's, except the document's own content (marks, carets,
 * numbers) and the elements that hold the document (the sheet, the column, the page). One line each.
 */
const overlaps = (page: Page): Promise<string[]> =>
  // No functions declared inside: the test's compiler would name them with a helper the page does not have.
  page.evaluate(() => {
    const editor = document.querySelector('.ProseMirror')!
    const others: Element[] = []
    for (const element of document.body.querySelectorAll('*')) {
      if (editor.contains(element) || element.contains(editor)) continue
      const style = getComputedStyle(element)
      const box = element.getBoundingClientRect()
      if (style.visibility === 'hidden' || Number(style.opacity) === 0) continue
      if (box.width > 0.5 && box.height > 0.5) others.push(element)
    }
    const found: string[] = []
    for (const paragraph of editor.querySelectorAll('p, h1')) {
      const p = paragraph.getBoundingClientRect()
      if (p.width === 0 || p.height === 0) continue
      for (const other of others) {
        const o = other.getBoundingClientRect()
        const x = Math.min(p.right, o.right) - Math.max(p.left, o.left)
        const y = Math.min(p.bottom, o.bottom) - Math.max(p.top, o.top)
        if (x > 0.5 && y > 0.5) {
          const name = `${other.tagName.toLowerCase()}.${[...other.classList].join('.')}`
          found.push(`${name} covers "${paragraph.textContent?.slice(0, 40)}"`)
        }
      }
    }
    return found
  })

/** The page's width as laid out, and the window's: the first must not exceed the second. */
const widths = (page: Page) =>
  page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: innerWidth }))

test('at 1400, 1024, 768 and 390 px nothing covers the text and nothing scrolls sideways', {
  skip,
}, async () => {
  const dir = outputDir('screens')
  for (const width of WIDTHS) {
    const page = await franceAt(width)
    await page.screenshot({ path: join(dir, `draft-france-${width}.png`), fullPage: true })
    const { scroll, inner } = await widths(page)
    assert.ok(scroll <= inner, `at ${width} px the page is ${scroll} px wide in a ${inner} px window`)
    assert.deepEqual(await overlaps(page), [], `at ${width} px something covers the text`)
    const panel = page.locator('.side')
    const toggle = page.locator('.drawer-toggle')
    if (width >= 900) {
      assert.equal(await toggle.isVisible(), false, `at ${width} px the panels need no drawer`)
      assert.equal(await panel.isVisible(), true, `at ${width} px the panels are beside the document`)
    } else {
      assert.equal(await toggle.isVisible(), true, `at ${width} px the panels are behind a button`)
      assert.equal(await panel.isVisible(), false, `at ${width} px the drawer starts closed`)
      // The measure: the document's lines are no longer than about 70 characters.
      const measure = await page.evaluate(() => {
        const editor = document.querySelector('.ProseMirror')!
        const zero = document.createElement('span')
        zero.textContent = '0'.repeat(10)
        editor.append(zero)
        const ch = zero.getBoundingClientRect().width / 10
        zero.remove()
        return editor.getBoundingClientRect().width / ch
      })
      assert.ok(measure <= 71, `at ${width} px the lines are ${measure.toFixed(0)} characters wide`)
    }
    await page.context().close()
  }
})

test('under 900 px the panels open in a drawer from the top bar, and Escape closes it', {
  skip,
}, async () => {
  const page = await franceAt(768)
  const toggle = page.getByRole('button', { name: 'Panels', exact: true })
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false')
  const controlled = await toggle.getAttribute('aria-controls')
  assert.equal(controlled, await page.locator('.side').getAttribute('id'), 'the button names the drawer')

  await toggle.focus()
  await page.keyboard.press('Enter')
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true')
  const drawer = page.getByRole('complementary', { name: 'Panels' })
  assert.equal(await drawer.isVisible(), true, 'the drawer is open')
  assert.equal(
    await page.evaluate(() => document.querySelector('.side')!.contains(document.activeElement)),
    true,
    'the focus moved into the drawer',
  )
  assert.equal(await page.locator('.side .amendments-panel, .side section').first().isVisible(), true)
  await page.screenshot({ path: join(outputDir('screens'), 'draft-france-768-drawer.png') })
  const { scroll, inner } = await widths(page)
  assert.ok(scroll <= inner, `the open drawer makes the page ${scroll} px wide in ${inner}`)
  // The check of the first test sees what covers the text: here the open drawer, as it should.
  assert.ok(
    (await overlaps(page)).some((line) => line.startsWith('div.side')),
    'the open drawer is over the document',
  )

  await page.keyboard.press('Tab')
  await page.keyboard.press('Escape')
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false')
  assert.equal(await drawer.isVisible(), false, 'Escape closed the drawer')
  assert.equal(
    await page.evaluate(() => document.activeElement?.classList.contains('drawer-toggle')),
    true,
    'the focus is back on the button',
  )

  // Its close button does the same; widened, the panels are beside the document again.
  await toggle.click()
  await page.getByRole('button', { name: 'Close the panels' }).click()
  assert.equal(await drawer.isVisible(), false)
  await toggle.click()
  await page.setViewportSize({ width: 1400, height: 900 })
  assert.equal(await toggle.isVisible(), false)
  assert.equal(await page.locator('.side').isVisible(), true)
  // The page closes the drawer when the media query's change event arrives, a moment after the resize.
  await page
    .waitForFunction(() => !document.querySelector('.side')?.hasAttribute('data-open'), null, {
      timeout: 5000,
    })
    .catch(() => {})
  assert.equal(await page.locator('.side').getAttribute('data-open'), null, 'nothing is left open')
  await page.context().close()
})

/** Where the first and last characters of `words` are in an element's text (their outer edges). */
const edgesOf = (page: Page, words: string) =>
  operative(page, 3).evaluate((element, w) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(w)
      if (at < 0) continue
      const range = document.createRange()
      range.setStart(node, at)
      range.setEnd(node, at + 1)
      const first = range.getBoundingClientRect()
      range.setStart(node, at + w.length - 1)
      range.setEnd(node, at + w.length)
      const last = range.getBoundingClientRect()
      return {
        start: { x: first.left + 1, y: first.top + first.height / 2 },
        end: { x: last.right - 1, y: last.top + last.height / 2 },
      }
    }
    throw new Error(`no '${w}' in operative paragraph 3`)
  }, words)

test('at 390 px a delegation selects words, types a proposal, and the facilitator sees it', {
  skip,
}, async () => {
  const { page: chair } = await newPage(browser!, { width: 1400, height: 900 })
  await openDraft(chair, server!.at(server!.demo.Facilitator!))
  const france = await franceAt(390)
  await operative(france, 3).scrollIntoViewIfNeeded()
  const { start, end } = await edgesOf(france, 'culture de tolérance')
  await france.mouse.move(start.x, start.y)
  await france.mouse.down()
  await france.mouse.move(end.x, end.y, { steps: 5 })
  await france.mouse.up()
  await selectionSettled(france)
  assert.equal(await france.evaluate(() => getSelection()?.toString()), 'culture de tolérance')
  await france.keyboard.type('culture de paix')

  // On the facilitator's screen: the words proposed for deletion and the insertion, both France's.
  await chair.waitForFunction(
    () =>
      [...document.querySelectorAll('.ProseMirror ins')].some(
        (ins) => ins.textContent === 'culture de paix',
      ) &&
      [...document.querySelectorAll('.ProseMirror del')].some(
        (del) => del.textContent === 'culture de tolérance',
      ),
    undefined,
    { timeout: 10_000 },
  )
  const title = await chair.$eval(
    '.ProseMirror ins',
    (_, text) =>
      [...document.querySelectorAll<HTMLElement>('.ProseMirror ins')].find((ins) => ins.textContent === text)
        ?.title ?? '',
    'culture de paix',
  )
  assert.match(title, /France/, 'the proposal is France’s')
  await france.screenshot({ path: join(outputDir('screens'), 'draft-france-390-proposal.png') })
  await chair.context().close()
  await france.context().close()
})
