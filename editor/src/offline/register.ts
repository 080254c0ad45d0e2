import type { KeepMessage } from './service-worker.ts'

/** Where the server serves the draft page's service worker (`offline/service-worker.ts`). */
export const SERVICE_WORKER_URL = '/sw.js'

/**
 * Registers the draft page's service worker, so that the page opens again while the server cannot be reached,
 * and tells it to keep this page and the assets it loaded (a page is not the worker's until after it has
 * loaded, so the worker did not see them go by). Without service workers (plain http on another host than
 * localhost, some private modes) the page works as before, online only.
 */
export function keepPageForOffline(): void {
  const container = globalThis.navigator?.serviceWorker
  if (!container) return
  container
    .register(SERVICE_WORKER_URL)
    .then(() => container.ready)
    .then((registration) => {
      const message: KeepMessage = { type: 'keep', page: location.pathname, assets: loadedAssets() }
      registration.active?.postMessage(message)
    })
    .catch(() => {
      // No worker (none served, or refused): the page still works while the server can be reached.
    })
}

/** The paths of the same-origin assets the page has loaded so far. */
function loadedAssets(): string[] {
  const paths = new Set<string>()
  for (const entry of performance.getEntriesByType('resource')) {
    const url = new URL(entry.name)
    if (url.origin === location.origin && url.pathname.startsWith('/assets/')) paths.add(url.pathname)
  }
  return [...paths]
}
