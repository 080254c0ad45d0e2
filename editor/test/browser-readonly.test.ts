// Read-only screens in a real browser: an observer cannot change the text by typing, pasting or dropping (each
// tried also on the facilitator's screen, where it does change the text, so that the attempt is known to be
// real), and a draft of a schema version this client does not know opens read-only with a message.
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import type { Browser, Page } from 'playwright-core'
import { WebSocket } from 'ws'
import * as syncProtocol from 'y-protocols/sync'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { META, SHARED } from '../../schema/index.ts'
import {
  clickAtEnd,
  draftIdOf,
  launchBrowser,
  newPage,
  openDraft,
  operative,
  type Penholder,
  paragraphTexts,
  ROOT,
  browserSkip as skip,
  startPenholder,
  tokenOf,
  waitForStatus,
  waitForText,
} from './browser-harness.ts'

let server: Penholder | null = null
let browser: Browser | null = null

before(async () => {
  if (skip) return
  server = await startPenholder('browser-readonly')
  browser = await launchBrowser()
})

after(async () => {
  await browser?.close()
  await server?.stop()
})

const fixture = join(ROOT, 'editor/test/fixtures/fr-draft.md')
const settle = () => new Promise((resolve) => setTimeout(resolve, 700))

/** Pastes text the way the clipboard hands it to the page: a `paste` event carrying text and HTML. */
const pasteEvent = (page: Page, text: string) =>
  page.locator('.ProseMirror').evaluate((editor, pasted) => {
    const data = new DataTransfer()
    data.setData('text/plain', pasted)
    data.setData('text/html', `<span>${pasted}</span>`)
    editor.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    )
  }, text)

/** Drops text dragged from another window onto the first word of operative paragraph 1. */
const dropEvent = (page: Page, text: string) =>
  operative(page, 1).evaluate((para, dropped) => {
    const box = para.querySelector('em')!.getBoundingClientRect()
    const data = new DataTransfer()
    data.setData('text/plain', dropped)
    const at = { clientX: box.right - 2, clientY: box.top + box.height / 2 }
    for (const type of ['dragenter', 'dragover', 'drop']) {
      para.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true, ...at }))
    }
  }, text)

test('an observer cannot change the text by typing, pasting or dropping', { skip }, async () => {
  const chairLink = server!.newDraft(fixture)
  const observerLink = server!.invite(draftIdOf(chairLink), 'Press', 'observer')
  const { page: chair } = await newPage(browser!)
  const { page: observer, context } = await newPage(browser!)
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await openDraft(chair, server!.at(chairLink))
  await openDraft(observer, server!.at(observerLink))
  await waitForStatus(observer, 'saved')
  const original = await paragraphTexts(chair)
  assert.deepEqual(await paragraphTexts(observer), original)
  assert.equal(await observer.locator('.ProseMirror').getAttribute('contenteditable'), 'false')
  assert.match((await observer.locator('.banner').textContent()) ?? '', /observer: the text is read-only/)

  // Typing, with the caret put in a paragraph as a person would.
  await clickAtEnd(observer, operative(observer, 1))
  await observer.keyboard.type('TAPÉ', { delay: 20 })
  await observer.keyboard.press('Enter')
  await observer.keyboard.press('Backspace')

  // Pasting: with the keyboard from the system clipboard, and as a paste event reaching the editor.
  await observer.evaluate(() => navigator.clipboard.writeText('COLLÉ AU CLAVIER'))
  await observer.keyboard.press('Control+V')
  await pasteEvent(observer, 'COLLÉ PAR ÉVÉNEMENT')
  await pasteEvent(observer, 'premier paragraphe collé ;\n\nsecond paragraphe collé ;')

  // Dropping text dragged in from elsewhere.
  await dropEvent(observer, 'DÉPOSÉ')

  await settle()
  assert.deepEqual(await paragraphTexts(observer), original, "the observer's screen shows the text unchanged")
  assert.deepEqual(await paragraphTexts(chair), original, 'nothing reached the facilitator')

  // The same paste and drop on the facilitator's screen do change the text, on both screens.
  await clickAtEnd(chair, operative(chair, 1))
  await pasteEvent(chair, ' COLLÉ PAR LE FACILITATEUR')
  await dropEvent(chair, 'DÉPOSÉ PAR LE FACILITATEUR ')
  await waitForText(observer, 'COLLÉ PAR LE FACILITATEUR')
  await waitForText(observer, 'DÉPOSÉ PAR LE FACILITATEUR')
})

/**
 * An update that sets a draft's schema version in its shared `meta` map, as a newer client would: made on a copy
 * of the draft's current state, read from the server by a facilitator's y-websocket client.
 */
async function newerVersionUpdate(url: string, draftId: string, token: string, version: number) {
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(url, draftId, doc, {
    params: { token },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  })
  try {
    await new Promise<void>((resolve) => provider.once('sync', () => resolve()))
    const newer = new Y.Doc()
    Y.applyUpdate(newer, Y.encodeStateAsUpdate(doc))
    const before = Y.encodeStateVector(newer)
    newer.getMap(SHARED.meta).set(META.schemaVersion, version)
    return Y.encodeStateAsUpdate(newer, before)
  } finally {
    provider.destroy()
    // Destroying the document destroys its awareness, whose timer would otherwise keep Node running.
    doc.destroy()
  }
}

/** A y-protocols sync message ("update") carrying a Yjs update. */
function syncUpdateMessage(update: Uint8Array): Buffer {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 0)
  syncProtocol.writeUpdate(encoder, update)
  return Buffer.from(encoding.toUint8Array(encoder))
}

/** Whether a message from the page carries document changes (sync step 2 or an update), not a request or presence. */
function carriesChanges(message: string | Buffer): boolean {
  if (typeof message === 'string') return false
  const decoder = decoding.createDecoder(new Uint8Array(message))
  if (decoding.readVarUint(decoder) !== 0) return false
  const kind = decoding.readVarUint(decoder)
  return kind === syncProtocol.messageYjsSyncStep2 || kind === syncProtocol.messageYjsUpdate
}

test('a draft of a schema version this client does not know opens read-only, with a message', {
  skip,
}, async () => {
  const chairLink = server!.newDraft(fixture)
  const id = draftIdOf(chairLink)
  const url = `${server!.base.replace(/^http/, 'ws')}/collab`
  const update = await newerVersionUpdate(url, id, tokenOf(chairLink), 999)

  // The server refuses a schema version other than its own (close code 4422), so the draft of a newer version
  // is staged between the page and the server: the page receives the version change with the draft, and what
  // it would send back of it is kept from the server.
  const { page } = await newPage(browser!)
  await page.routeWebSocket(/\/collab\//, (socket) => {
    const upstream = socket.connectToServer()
    socket.send(syncUpdateMessage(update))
    upstream.onMessage((message) => socket.send(message))
    socket.onMessage((message) => {
      if (!carriesChanges(message)) upstream.send(message)
    })
  })
  await openDraft(page, server!.at(chairLink))
  const banner = page.locator('.banner[data-name="schema"]')
  await banner.waitFor()
  assert.match(
    (await banner.textContent()) ?? '',
    /newer version of Penholder \(schema version 999\)\. It is shown read-only\./,
  )
  const editor = page.locator('.ProseMirror')
  assert.equal(await editor.getAttribute('contenteditable'), 'false')
  assert.match((await editor.textContent()) ?? '', /Réaffirme que l'un des buts/, 'the text is still shown')
  const before = await paragraphTexts(page)

  await clickAtEnd(page, operative(page, 1))
  await page.keyboard.type('NOUVEAU')
  await pasteEvent(page, 'COLLÉ')
  await settle()
  assert.deepEqual(await paragraphTexts(page), before, 'typing and pasting change nothing')
})
