// The home page in a real browser, opened with the server-wide facilitator link that `penholder serve` prints:
// the list of drafts, a new draft from a blank template, an uploaded file previewed before it becomes a draft,
// and invitation links created, copied and revoked.
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import {
  draftIdOf,
  launchBrowser,
  newPage,
  openDraft,
  outputDir,
  type Penholder,
  ROOT,
  browserSkip as skip,
  startPenholder,
} from './browser-harness.ts'

let server: Penholder | null = null
let browser: Browser | null = null

before(async () => {
  if (skip) return
  server = await startPenholder('browser-home')
  browser = await launchBrowser()
})

after(async () => {
  await browser?.close()
  await server?.stop()
})

/** Opens the home page with the facilitator's link and waits for the list of drafts. */
async function openHome(): Promise<Page> {
  const { page } = await newPage(browser!)
  await page.goto(server!.at(server!.home))
  await page.locator('.draft-list table').waitFor()
  return page
}

/** The rows of the list of drafts: id, and the text of each cell. */
const rows = (page: Page) =>
  page.$$eval('.draft-list tbody[data-draft]', (bodies) =>
    bodies.map((body) => ({
      id: (body as HTMLElement).dataset.draft ?? '',
      cells: [...body.querySelectorAll('tr:first-child td')].map((td) => td.textContent?.trim() ?? ''),
    })),
  )

test('the home page lists the drafts and creates one from a blank template', { skip }, async () => {
  const page = await openHome()
  assert.ok(!page.url().includes('token'), 'the token is taken out of the address bar')
  const before = await rows(page)
  const demo = before.find((row) => row.id === server!.demoId)
  assert.ok(demo, 'the demo draft is listed')
  assert.match(demo.cells[0]!, /^Renforcement de la coopération internationale/)
  assert.deepEqual(demo.cells.slice(2, 4), ['General Assembly', 'French'])

  const blank = page.locator('.new-draft form').first()
  await blank.getByLabel('Organ').selectOption('sc')
  await blank.getByLabel('Language').selectOption('es')
  await blank.getByLabel('Title (optional)').fill('Proyecto de prueba')
  await blank.getByRole('button', { name: 'Create the draft' }).click()
  await page.getByText('Draft created.').waitFor()
  await page.waitForFunction(
    (n) => document.querySelectorAll('.draft-list tbody[data-draft]').length === n,
    before.length + 1,
  )
  const created = (await rows(page)).find((row) => !before.some((old) => old.id === row.id))!
  assert.deepEqual(
    [created.cells[0], created.cells[2], created.cells[3]],
    ['Proyecto de prueba', 'Security Council', 'Spanish'],
  )

  await page.locator('.new-draft a.button', { hasText: 'Open' }).click()
  await page.waitForSelector('.ProseMirror')
  assert.equal(new URL(page.url()).pathname, `/d/${created.id}`)
  const editor = page.locator('.ProseMirror')
  assert.equal(await editor.getAttribute('lang'), 'es')
  assert.equal(await editor.getAttribute('contenteditable'), 'true', 'the facilitator may edit the new draft')
  assert.equal(await page.locator('.ProseMirror .res-title').textContent(), 'Proyecto de prueba')
  assert.match((await page.locator('.ProseMirror .field-organ').textContent()) ?? '', /Consejo de Seguridad/)
})

test('the home page previews an uploaded file before creating the draft', { skip }, async () => {
  const page = await openHome()
  const before = await rows(page)
  const fromFile = page.locator('.new-draft form').nth(1)
  await fromFile
    .locator('input[type="file"]')
    .setInputFiles(join(ROOT, 'schema/test/fixtures/en_S-RES-2623.txt'))
  const create = fromFile.getByRole('button', { name: 'Create the draft' })
  assert.equal(await create.isDisabled(), true, 'nothing to create before the preview')
  await fromFile.getByRole('button', { name: 'Preview' }).click()

  const outline = fromFile.locator('.outline')
  await outline.waitFor()
  assert.match((await outline.textContent()) ?? '', /Security Council · English · 2 \+ 1/)
  const clauses = outline.locator('.outline-clauses li')
  assert.deepEqual(await clauses.evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.kind)), [
    'preambular',
    'preambular',
    'operative',
  ])
  assert.equal(await clauses.first().locator('em').textContent(), 'Having considered')
  assert.match((await clauses.last().textContent()) ?? '', /Decides\s+to call an emergency special session/)
  assert.deepEqual(await rows(page), before, 'the preview creates no draft')

  assert.equal(await create.isDisabled(), false)
  await create.click()
  await page.getByText('Draft created.').waitFor()
  await page.waitForFunction(
    (n) => document.querySelectorAll('.draft-list tbody[data-draft]').length === n,
    before.length + 1,
  )
  const created = (await rows(page)).find((row) => !before.some((old) => old.id === row.id))!
  assert.deepEqual(
    [created.cells[1], created.cells[2], created.cells[3]],
    ['S/RES/2623 (2022)', 'Security Council', 'English'],
  )
})

test('the home page creates, copies and revokes an invitation link; a revoked link no longer opens the draft', {
  skip,
}, async () => {
  const page = await openHome()
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
  const row = page.locator(`.draft-list tbody[data-draft="${server!.demoId}"]`)
  await row.getByRole('button', { name: 'Invitations' }).click()
  const panel = row.locator('.invitation-panel')
  await panel.waitFor()
  await panel.getByLabel('Delegation', { exact: true }).fill('Chile')
  await panel.getByLabel('Role').selectOption('delegate')
  await panel.getByLabel('Expires').selectOption('7d')
  await panel.getByRole('button', { name: 'Create link' }).click()

  const invitation = panel.locator('ul.links li', { hasText: 'Chile' })
  await invitation.waitFor()
  assert.match((await invitation.textContent()) ?? '', /Chile · Delegation · Expires/)
  const link = await invitation.locator('input.link').inputValue()
  assert.match(link, new RegExp(`/d/${server!.demoId}#token=`))
  assert.equal(draftIdOf(link), server!.demoId)

  await invitation.getByRole('button', { name: 'Copy link' }).click()
  await invitation.getByRole('button', { name: 'Copied' }).waitFor()
  assert.equal(
    await page.evaluate(() => navigator.clipboard.readText()),
    link,
    'the link is on the clipboard',
  )

  // The link opens the draft for Chile, as a delegation.
  const { page: chile } = await newPage(browser!)
  await openDraft(chile, server!.at(link))
  assert.match((await chile.locator('.people').textContent()) ?? '', /Chile/)
  assert.match((await chile.locator('.ProseMirror').textContent()) ?? '', /Réaffirme que l'un des buts/)

  await invitation.getByRole('button', { name: 'Revoke' }).click()
  await invitation.getByRole('button', { name: 'Revoked' }).waitFor()
  assert.notEqual(await invitation.getAttribute('data-revoked'), null, 'the invitation is marked revoked')
  assert.equal(await invitation.locator('input.link').count(), 0, 'a revoked link is no longer offered')

  // The page already open is told, and the link no longer opens the draft.
  await chile.locator('.banner', { hasText: 'Your invitation has expired or was revoked' }).waitFor()
  const { page: again } = await newPage(browser!)
  await again.goto(server!.at(link))
  await again.locator('.banner', { hasText: 'Your invitation has expired or was revoked' }).waitFor()
  assert.equal(await again.locator('.ProseMirror').count(), 0, 'no document is shown')
})

test('a bad upload is refused in the page; while a draft is created the form is busy, and a failure says why', {
  skip,
}, async () => {
  const page = await openHome()
  const before = await rows(page)
  const fromFile = page.locator('.new-draft form').nth(1)
  const create = fromFile.getByRole('button', { name: 'Create the draft' })

  // A file that is no Word file though it says so: the preview says what is wrong, nothing can be created.
  await fromFile.locator('input[type="file"]').setInputFiles({
    name: 'draft.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: Buffer.from('PK\u0003\u0004 this is not a Word file'),
  })
  await fromFile.getByRole('button', { name: 'Preview' }).click()
  const refused = fromFile.getByRole('alert')
  await refused.waitFor()
  assert.match((await refused.textContent()) ?? '', /import\/preview: 4\d\d /)
  assert.equal(await create.isDisabled(), true, 'nothing to create from a file that could not be read')

  // A good file previewed; its creation held on its way to the server, which then receives a bad upload.
  await fromFile
    .locator('input[type="file"]')
    .setInputFiles(join(ROOT, 'schema/test/fixtures/en_S-RES-2623.txt'))
  await fromFile.getByRole('button', { name: 'Preview' }).click()
  await fromFile.locator('.outline').waitFor()
  let release = () => {}
  const held = new Promise<void>((resolve) => {
    release = resolve
  })
  await page.route('**/api/drafts', async (route) => {
    if (route.request().method() !== 'POST') return route.continue()
    await held
    const body = JSON.parse(route.request().postData() ?? '{}') as { data: string }
    await route.continue({
      postData: JSON.stringify({
        ...body,
        data: Buffer.from('PK\u0003\u0004 not a Word file').toString('base64'),
      }),
    })
  })
  await create.click()
  const progress = page.locator('.new-draft [role="status"]', { hasText: 'Creating the draft…' })
  await progress.waitFor()
  assert.equal(await fromFile.getAttribute('aria-busy'), 'true', 'the form is busy')
  assert.equal(await create.isDisabled(), true, 'the draft cannot be created twice meanwhile')
  assert.equal(
    await page
      .locator('.new-draft form')
      .first()
      .getByRole('button', { name: 'Create the draft' })
      .isDisabled(),
    true,
    'nor from the blank form',
  )

  release()
  const failed = page.locator('.new-draft [role="alert"]', { hasText: 'The draft was not created' })
  await failed.waitFor()
  assert.match(
    (await failed.textContent()) ?? '',
    /POST \/api\/drafts: 4\d\d /,
    'the server’s reason is given',
  )
  assert.equal(await progress.count(), 0, 'the progress text is gone')
  assert.equal(await fromFile.getAttribute('aria-busy'), null, 'the form is usable again')
  assert.equal(await create.isDisabled(), false)
  assert.deepEqual(await rows(page), before, 'no draft was created')
})

test('on a 390 px phone the home page needs no sideways scrolling and every draft can be opened', {
  skip,
}, async () => {
  const { page } = await newPage(browser!, { width: 390, height: 900 })
  await page.goto(server!.at(server!.home))
  await page.locator('.draft-list table').waitFor()
  await page.screenshot({ path: join(outputDir('screens'), 'home-390.png'), fullPage: true })
  const { scroll, inner } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    inner: innerWidth,
  }))
  assert.ok(scroll <= inner, `the page is ${scroll} px wide in a ${inner} px window`)
  for (const open of await page
    .locator('.draft-list tbody[data-draft]')
    .getByRole('link', { name: 'Open' })
    .all()) {
    const box = await open.boundingBox()
    assert.ok(box && box.x >= 0 && box.x + box.width <= inner, 'the Open link is on the screen')
  }
})
