// Other delegations' carets on the facilitator's screen: the name label above a caret fades once the caret has
// rested, so that it does not hide the line above it for long, and shows again when that caret moves or while the
// pointer is on it.
import { after, before, test } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import {
  clickAtEnd,
  launchBrowser,
  newPage,
  openDraft,
  operative,
  type Penholder,
  selectionSettled,
  browserSkip as skip,
  startPenholder,
} from './browser-harness.ts'

let server: Penholder | null = null
let browser: Browser | null = null

before(async () => {
  if (skip) return
  server = await startPenholder('browser-carets')
  browser = await launchBrowser()
})

after(async () => {
  await browser?.close()
  await server?.stop()
})

const LABEL = '.ProseMirror .remote-cursor .remote-cursor-label'

/** Waits until France's caret label on a page is faded out (opacity 0 and hidden) or fully shown. */
const labelIs = (page: Page, shown: boolean) =>
  page.waitForFunction(
    ({ selector, shown }) => {
      const label = document.querySelector(selector)
      if (label?.textContent !== 'France') return false
      const style = getComputedStyle(label!)
      return shown
        ? style.opacity === '1' && style.visibility === 'visible'
        : style.opacity === '0' && style.visibility === 'hidden'
    },
    { selector: LABEL, shown },
    { timeout: 15_000 },
  )

test('a delegation’s caret label fades after a moment and shows again when the caret moves or on hover', {
  skip,
}, async () => {
  const { page: chair } = await newPage(browser!)
  const { page: france } = await newPage(browser!)
  await openDraft(chair, server!.at(server!.demo.Facilitator!))
  await openDraft(france, server!.at(server!.demo.France!))

  await clickAtEnd(france, operative(france, 2))
  await labelIs(chair, true)
  await labelIs(chair, false)

  // France moves inside the same paragraph: the label is shown again, then fades again.
  await france.keyboard.press('ArrowLeft')
  await selectionSettled(france)
  await labelIs(chair, true)
  await labelIs(chair, false)

  // Only the selection's far end moves (Shift+Arrow), where y-prosemirror keeps the caret's element: shown again.
  await france.keyboard.press('Shift+ArrowLeft')
  await selectionSettled(france)
  await labelIs(chair, true)
  await labelIs(chair, false)

  // Playwright's hover checks that the caret itself, not the text around it, takes the pointer there.
  await chair.locator('.ProseMirror .remote-cursor').hover()
  await labelIs(chair, true)
  await chair.mouse.move(5, 5)
  await labelIs(chair, false)
})
