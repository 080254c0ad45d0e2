// What screen readers are told (issue 16), read from Chromium's accessibility tree: each paragraph's number and
// kind ("operative paragraph 3", "sub-paragraph (a)") in the interface language, proposals with their delegation
// ("inserted by France:"), the status in a polite live region and a change the server refuses in an alert.
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import type { Browser } from 'playwright-core'
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
  tokenOf,
  waitForStatus,
} from './browser-harness.ts'
import { proposeInsertion } from './proposing-client.ts'

// Four operative paragraphs in English.
const DRAFT = join(ROOT, 'editor/test/fixtures/en-draft.md')

let server: Penholder | null = null
let browser: Browser | null = null
let chairLink = ''
let closeFrance: (() => void) | null = null

before(async () => {
  if (skip) return
  // A small bound on one message, so that a long paste is a change the server refuses (4413).
  server = await startPenholder('browser-announce', '--max-message-size', '16KB')
  const chair = server.newDraft(DRAFT)
  const id = draftIdOf(chair)
  chairLink = server.at(chair)
  const token = tokenOf(server.invite(id, 'France', 'delegate'))
  closeFrance = await proposeInsertion(server.base, id, token, 'France', 'f1', 2, 'without delay')
  browser = await launchBrowser()
})

after(async () => {
  closeFrance?.()
  await browser?.close()
  await server?.stop()
})

test('paragraph numbers and kinds, proposals with their delegation, the status and a refusal are announced', {
  skip,
}, async () => {
  const { page } = await newPage(browser!)
  await openDraft(page, chairLink)
  await waitForStatus(page, 'saved')
  await page.locator('.ProseMirror ins.amend').waitFor({ timeout: 10_000 })
  const editor = page.getByRole('textbox', {
    name: 'Strengthening international cooperation in the field of human rights',
  })

  // A sub-paragraph made with its key, to hear it too.
  await clickAtEnd(page, operative(page, 4))
  await page.keyboard.press('Control+Alt+3')
  await page.keyboard.type('in every region')
  await waitForStatus(page, 'saved')

  const tree = await editor.ariaSnapshot()
  assert.match(tree, /text: preambular paragraph 1\n/, 'the preambular paragraph is named')
  for (const n of [1, 2, 3, 4]) assert.match(tree, new RegExp(`text: operative paragraph ${n}\\n`))
  assert.match(tree, /text: sub-paragraph \(a\)\n/)
  assert.match(
    tree,
    /insertion: "?inserted by France: without delay/,
    'the proposal is read with its delegation',
  )
  // Said, not written: the words of the text are as they were.
  const text = (await page.locator('.ProseMirror').textContent()) ?? ''
  assert.doesNotMatch(text, /operative paragraph|inserted by/)

  // In French, in French.
  await page.locator('.ui-language').selectOption('fr')
  await page.waitForFunction(() =>
    document.querySelector('.ProseMirror .operative')?.getAttribute('data-spoken')?.startsWith('paragraphe'),
  )
  const french = await editor.ariaSnapshot()
  assert.match(french, /text: paragraphe 3 du dispositif\n/)
  assert.match(french, /text: alinéa 1 du préambule\n/)
  assert.match(french, /insertion: "?inséré par France : without delay/)
  await page.locator('.ui-language').selectOption('en')

  // The status is a polite live region; the messages' region has nothing to say yet.
  const status = page.getByRole('status').filter({ hasText: 'Saved' })
  assert.equal(await status.count(), 1, 'the status is announced')
  assert.equal(await page.locator('.banners').getAttribute('aria-live'), 'polite')
  assert.equal(await page.getByRole('alert').count(), 0)

  // A change too large for the server: it refuses it, and the refusal comes as an alert in the live region.
  await clickAtEnd(page, operative(page, 1))
  await page.keyboard.insertText(' and'.repeat(8000))
  const alert = page.locator('.banners').getByRole('alert')
  await alert.waitFor({ timeout: 20_000 })
  assert.match((await alert.textContent()) ?? '', /too large to send/)
  assert.notEqual(await page.locator('.status').getAttribute('data-status'), 'saved', 'not said to be saved')
})
