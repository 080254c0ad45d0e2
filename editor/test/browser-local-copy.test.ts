// The browser's local copy of a draft stays a few updates (one compacted, and what the page wrote after) however often the draft is opened: y-indexeddb adds the
// state it held before loading and every update after, and decoding them all again would slow every opening
// (`LocalCopy.compact`, run once the draft is on the screen). What the copy holds is still the whole draft.
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import {
  editorText,
  launchBrowser,
  newPage,
  openDraft,
  type Penholder,
  ROOT,
  browserSkip as skip,
  startPenholder,
  waitForStatus,
} from './browser-harness.ts'

const DRAFT = join(ROOT, 'editor/test/fixtures/en-draft.md')

let server: Penholder | null = null
let browser: Browser | null = null
let link = ''

before(async () => {
  if (skip) return
  server = await startPenholder('browser-local-copy')
  link = server.at(server.newDraft(DRAFT))
  browser = await launchBrowser()
})

after(async () => {
  await browser?.close()
  await server?.stop()
})

/** How many updates the page's local copy holds in IndexedDB (-1: no copy). */
const storedUpdates = (page: Page): Promise<number> =>
  page.evaluate(async () => {
    const [info] = (await indexedDB.databases()).filter((db) => db.name?.startsWith('penholder:'))
    if (!info?.name) return -1
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(info.name!)
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    try {
      const store = db.transaction('updates', 'readonly').objectStore('updates')
      return await new Promise<number>((resolve, reject) => {
        const request = store.count()
        request.onsuccess = () => resolve(request.result)
        request.onerror = () => reject(request.error)
      })
    } finally {
      db.close()
    }
  })

test('a draft opened again and again keeps its local copy as one update, and opens from it with the same text', {
  skip,
}, async () => {
  const { page } = await newPage(browser!)
  await openDraft(page, link)
  await waitForStatus(page, 'saved')
  const text = await editorText(page)
  for (let opening = 0; opening < 5; opening++) {
    await page.reload()
    await page.waitForSelector('.ProseMirror')
    await waitForStatus(page, 'saved')
    assert.equal(await editorText(page), text, 'the draft shows the same text after reopening')
  }
  // One update once compacted, and the few the page wrote after (without compacting: one per opening and more).
  let count = await storedUpdates(page)
  for (let tries = 0; !(count >= 1 && count <= 3) && tries < 100; tries++) {
    await page.waitForTimeout(100)
    count = await storedUpdates(page)
  }
  assert.ok(
    count >= 1 && count <= 3,
    `the local copy holds ${count} updates after the draft was opened six times`,
  )
})
