// Archive and delete on the home page in a real browser (issue 16): an archived draft listed apart, its open
// pages turned read-only with a message, later pages read-only from the start; a delete that asks first in a
// dialog.
import assert from 'node:assert/strict'
import { after, before, test } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import {
  launchBrowser,
  newPage,
  openDraft,
  type Penholder,
  browserSkip as skip,
  startPenholder,
  tokenOf,
} from './browser-harness.ts'

let server: Penholder | null = null
let browser: Browser | null = null

before(async () => {
  if (skip) return
  server = await startPenholder('browser-archive')
  browser = await launchBrowser()
})

after(async () => {
  await browser?.close()
  await server?.stop()
})

/** Calls the API with the server-wide facilitator token of the home link. */
async function api(path: string, method = 'GET', body?: unknown) {
  const response = await fetch(server!.base + path, {
    method,
    headers: {
      Authorization: `Bearer ${tokenOf(server!.home)}`,
      ...(body ? { 'Content-Type': 'application/json' } : {}),
    },
    ...(body ? { body: JSON.stringify(body) } : {}),
  })
  return (await response.json()) as Record<string, unknown>
}

/** A new blank draft with this title; its id. */
async function newDraft(title: string): Promise<string> {
  const answer = await api('/api/drafts', 'POST', { lang: 'en', organ: 'ga', title })
  return (answer.draft as { id: string }).id
}

const row = (page: Page, id: string) => page.locator(`.draft-list tbody[data-draft="${id}"]`)

async function openHome(): Promise<Page> {
  const { page } = await newPage(browser!)
  await page.goto(server!.at(server!.home))
  await page.locator('.draft-list table').waitFor()
  return page
}

test('archiving lists the draft apart; an open page of it turns read-only at once, a page opened later from the start', {
  skip,
}, async () => {
  const id = await newDraft('Draft to archive')
  const page = await openHome()
  assert.equal(await page.locator('.archived-drafts').count(), 0, 'no section while nothing is archived')
  // The facilitator has the draft open in another tab, editable.
  const href = await row(page, id).getByRole('link', { name: 'Open' }).getAttribute('href')
  const { page: open } = await newPage(browser!)
  await openDraft(open, server!.base + href!)
  await open.waitForFunction(
    () => document.querySelector('.ProseMirror')?.getAttribute('contenteditable') === 'true',
  )

  await row(page, id).getByRole('button', { name: 'Archive' }).click()
  const archived = page.locator('.archived-drafts')
  await archived.locator(`tbody[data-draft="${id}"]`).waitFor()
  assert.equal(await archived.getByRole('heading').textContent(), 'Archived')
  assert.equal(await archived.locator('tbody[data-draft]').count(), 1)
  assert.equal(
    await page.locator(`.draft-list > table tbody[data-draft="${id}"]`).count(),
    0,
    'no longer among the open drafts',
  )

  // The open page says so and stops taking changes, before anyone types.
  const notice = 'This draft is archived: it can be read and exported, not changed.'
  await open.getByText(notice).waitFor()
  await open.waitForFunction(
    () => document.querySelector('.ProseMirror')?.getAttribute('contenteditable') === 'false',
  )
  // A page opened now shows the text read-only from the start, with the same notice.
  const { page: later } = await newPage(browser!)
  await openDraft(later, server!.base + href!)
  await later.getByText(notice).waitFor()
  assert.equal(await later.locator('.ProseMirror').getAttribute('contenteditable'), 'false')
  assert.match((await later.locator('.ProseMirror').textContent()) ?? '', /Draft to archive/)

  await row(page, id).getByRole('button', { name: 'Reopen' }).click()
  await page.locator(`.draft-list > table tbody[data-draft="${id}"]`).waitFor()
  assert.equal(await page.locator('.archived-drafts').count(), 0)
  // Opened again: a new page may edit.
  const { page: reopened } = await newPage(browser!)
  await openDraft(reopened, server!.base + href!)
  await reopened.waitForFunction(
    () => document.querySelector('.ProseMirror')?.getAttribute('contenteditable') === 'true',
  )
})

test('delete asks in a dialog: keeping the draft changes nothing, deleting removes it', {
  skip,
}, async () => {
  const id = await newDraft('Draft to delete')
  const page = await openHome()
  let dialogs = 0
  page.on('dialog', () => {
    dialogs++
  })
  await row(page, id).getByRole('button', { name: 'Delete' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.waitFor()
  assert.match((await dialog.textContent()) ?? '', /Delete “Draft to delete”\?/)
  await dialog.getByRole('button', { name: 'Keep the draft' }).click()
  await dialog.waitFor({ state: 'detached' })
  assert.equal(await row(page, id).count(), 1, 'kept')
  assert.ok(((await api('/api/drafts')).drafts as { id: string }[]).some((d) => d.id === id))

  await row(page, id).getByRole('button', { name: 'Delete' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Delete for good' }).click()
  await row(page, id).waitFor({ state: 'detached' })
  assert.ok(!((await api('/api/drafts')).drafts as { id: string }[]).some((d) => d.id === id))
  assert.equal(dialogs, 0, 'no confirm() or alert(): the page asks in its own dialog')
})
