import type { BrowserContext, Page } from 'playwright-core'
import { openDraft, waitForStatus } from '../test/browser-harness.ts'

// How the editor benches see "the document is editable": a script installed before the page's own, which watches
// the page until the editor is editable and shows a given text, then waits for that state to reach the screen.

/**
 * Installed before the page's own scripts (`addInitScript(editableProbe, text)`): records in
 * `window.__editableAt` (milliseconds since navigation start) when the editor, editable and showing `marker`,
 * is on the screen: at the first change of the DOM that makes it so, it asks for the next animation frame and,
 * from that frame's callback, posts a message, which runs once the frame's style, layout and paint are done. A
 * page that changes the DOM in time but leaves its layout for later is thus not counted as open before it shows.
 * Also marks `bench:editable` (the DOM change) and `bench:painted` on the page's timeline.
 */
export const editableProbe = (marker: string): void => {
  const observer = new MutationObserver(() => {
    const editor = document.querySelector('.ProseMirror')
    if (editor?.getAttribute('contenteditable') !== 'true' || !editor.textContent?.includes(marker)) return
    observer.disconnect()
    performance.mark('bench:editable')
    requestAnimationFrame(() => {
      const channel = new MessageChannel()
      channel.port1.onmessage = () => {
        performance.mark('bench:painted')
        ;(window as unknown as { __editableAt: number }).__editableAt = performance.now()
      }
      channel.port2.postMessage(null)
    })
  })
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true })
}

/**
 * Readies a browser context to open a draft from its local copy: the draft opened once online (the server warmed
 * up, the page kept by the service worker, the text in IndexedDB), then the context set offline with the probe
 * installed, so that each new page of it is an opening from the local copy with the server unreachable.
 */
export async function primeOfflineOpening(
  context: BrowserContext,
  page: Page,
  url: string,
  marker: string,
): Promise<void> {
  await openDraft(page, url)
  await waitForStatus(page, 'saved')
  await page.waitForFunction(
    async () => (await (await caches.open('penholder-draft-page')).match('/d/')) !== undefined,
    null,
    { polling: 100, timeout: 10_000 },
  )
  // The copy is written as the page receives the draft; give IndexedDB a moment to settle.
  await page.waitForTimeout(500)
  await page.close()
  await context.setOffline(true)
  await context.addInitScript(editableProbe, marker)
}
