// The editor's pages under their Content-Security-Policy: the headers are sent, and the home page, a draft
// edited by two delegations (carets, selections, the sponsors panel, the people panel) and its print style sheet
// work without the browser refusing anything (no `securitypolicyviolation` event, no CSP error in the console).
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import {
  clickAtEnd,
  draftIdOf,
  launchBrowser,
  newPage,
  openDraft,
  operative,
  type Penholder,
  ROOT,
  browserSkip as skip,
  startPenholder,
  waitForText,
} from './browser-harness.ts'

let server: Penholder | null = null
let browser: Browser | null = null

before(async () => {
  if (skip) return
  server = await startPenholder('browser-security')
  browser = await launchBrowser()
})

after(async () => {
  await browser?.close()
  await server?.stop()
})

/** A page whose CSP refusals are kept: the events the document fires and the console's complaints. */
async function watchedPage(): Promise<{
  context: BrowserContext
  page: Page
  refusals: () => Promise<string[]>
}> {
  const { context, page } = await newPage(browser!)
  await context.addInitScript(() => {
    const seen: string[] = []
    ;(window as unknown as { cspRefusals: string[] }).cspRefusals = seen
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    )
  })
  const console: string[] = []
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) console.push(message.text())
  })
  const refusals = async () => [
    ...(await page.evaluate(() => (window as unknown as { cspRefusals: string[] }).cspRefusals)),
    ...console,
  ]
  return { context, page, refusals }
}

test('the pages carry a Content-Security-Policy and the other security headers', { skip }, async () => {
  for (const path of ['/', '/d/anything']) {
    const res = await fetch(`${server!.base}${path}`)
    const csp = res.headers.get('content-security-policy') ?? ''
    assert.match(csp, /default-src 'self'/, path)
    assert.match(csp, /script-src 'self'(;|$)/, `${path}: no inline or foreign script`)
    assert.match(csp, /style-src 'self'(;|$)/, `${path}: no inline style`)
    assert.match(csp, new RegExp(`connect-src 'self' ws://${new URL(server!.base).host}(;|$)`), path)
    assert.match(csp, /frame-ancestors 'none'/, path)
    assert.match(csp, /base-uri 'none'/, path)
    assert.match(csp, /form-action 'self'/, path)
    assert.equal(res.headers.get('referrer-policy'), 'no-referrer', path)
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff', path)
    assert.equal(res.headers.get('x-frame-options'), 'DENY', path)
  }
})

test('the home page and a draft edited by two delegations work with nothing refused', {
  skip,
  timeout: 120_000,
}, async () => {
  const home = await watchedPage()
  await home.page.goto(server!.at(server!.home))
  await home.page.locator('.draft-list table').waitFor()

  const chairLink = server!.newDraft(join(ROOT, 'editor/test/fixtures/en-draft.md'))
  const egyptLink = server!.invite(draftIdOf(chairLink), 'Egypt', 'delegate')
  const chair = await watchedPage()
  const egypt = await watchedPage()
  await openDraft(chair.page, server!.at(chairLink))
  await openDraft(egypt.page, server!.at(egyptLink))
  // The WebSocket was let through: an edit of one shows at the other.
  await clickAtEnd(egypt.page, operative(egypt.page, 2))
  await egypt.page.keyboard.type(' Typed under the policy')
  await waitForText(chair.page, 'Typed under the policy', 10_000)
  await chair.page.locator('.ProseMirror .remote-cursor').waitFor({ timeout: 10_000 })
  // A selection (drawn with a style of its own) and a co-sponsor (a coloured swatch).
  await egypt.page.keyboard.down('Shift')
  await egypt.page.keyboard.press('ArrowLeft')
  await egypt.page.keyboard.press('ArrowLeft')
  await egypt.page.keyboard.up('Shift')
  await chair.page.locator('.ProseMirror .remote-selection').first().waitFor({ timeout: 10_000 })
  await egypt.page.locator('.sponsors-panel .cosponsor').click()
  await waitForText(chair.page, 'Egypt: draft resolution', 10_000)
  const swatch = chair.page.locator('.sponsors-panel .swatch').first()
  await swatch.waitFor({ timeout: 10_000 })
  assert.match(
    await swatch.evaluate((s) => getComputedStyle(s).backgroundColor),
    /^rgb\((?!0, 0, 0\))/,
    "the swatch has the delegation's colour",
  )

  // The print style sheet is in force: its A4 @page rule is read by the browser.
  const pageRule = await chair.page.evaluate(() =>
    [...document.styleSheets, ...document.adoptedStyleSheets]
      .flatMap((sheet) => [...sheet.cssRules])
      .some((rule) => rule.cssText.includes('@page') || rule.cssText.includes('size: A4')),
  )
  assert.ok(pageRule, 'the print style sheet is applied')

  for (const [who, watched] of Object.entries({ home, chair, egypt })) {
    assert.deepEqual(await watched.refusals(), [], `${who}: nothing refused by the policy`)
  }
  // The watch does see a refusal: a style attribute written as markup is one.
  await home.page.evaluate(() => {
    const probe = document.createElement('div')
    probe.setAttribute('style', 'color: red')
    document.body.append(probe)
  })
  await home.page.waitForFunction(
    () => (window as unknown as { cspRefusals: string[] }).cspRefusals.length > 0,
  )
  assert.match((await home.refusals())[0]!, /^style-src/)
})
