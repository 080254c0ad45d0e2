// The draft page's service worker, served at /sw.js (built from this file on its own, not into the page's bundle):
// it keeps the draft page's HTML and the scripts and style sheets it loads, so that a draft link opens while the
// server cannot be reached, and the page shows the draft from the browser's local copy (`collab/local-copy.ts`).
// It answers only the draft page and its assets; the API and the collaboration socket always go to the server.

/** The parts of the service worker's global scope this worker uses (the DOM library does not describe them). */
interface WorkerScope {
  location: Location
  skipWaiting(): Promise<void>
  clients: { claim(): Promise<void> }
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void
}
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request
  respondWith(response: Promise<Response>): void
}
interface ExtendableMessageEvent extends ExtendableEvent {
  readonly data: unknown
}

/** What a draft page tells the worker to keep: its own address and the assets it loaded (see `register.ts`). */
export interface KeepMessage {
  type: 'keep'
  /** The page's path, `/d/ID`: the draft page's HTML, the same for every draft. */
  page: string
  /** The paths of the scripts, chunks and style sheets the page loaded, `/assets/...`. */
  assets: string[]
}

const worker = self as unknown as WorkerScope
const CACHE = 'penholder-draft-page'
/** The key the draft page's HTML is kept under: the server sends the same page for every draft. */
const PAGE = '/d/'
const DRAFT_PAGE = /^\/d\/[^/]+\/?$/
/** How long a navigation waits for the server before the kept page is shown instead (ms). */
const NAVIGATION_PATIENCE_MS = 3000

worker.addEventListener('install', (event) => event.waitUntil(worker.skipWaiting()))
worker.addEventListener('activate', (event) => event.waitUntil(worker.clients.claim()))

worker.addEventListener('fetch', (event) => {
  const { request } = event
  const url = new URL(request.url)
  if (request.method !== 'GET' || url.origin !== worker.location.origin) return
  if (request.mode === 'navigate' && DRAFT_PAGE.test(url.pathname)) event.respondWith(draftPage(request))
  else if (url.pathname.startsWith('/assets/')) event.respondWith(asset(request))
})

worker.addEventListener('message', (event) => {
  const message = event.data as Partial<KeepMessage> | null
  if (message?.type !== 'keep' || typeof message.page !== 'string' || !Array.isArray(message.assets)) return
  event.waitUntil(keep(message.page, message.assets).catch(() => {}))
})

/** The draft page from the server (kept for later), or the kept one when the server cannot be reached in time. */
async function draftPage(request: Request): Promise<Response> {
  const fresh = fetch(request).then(async (response) => {
    if (response.ok) await (await caches.open(CACHE)).put(PAGE, response.clone())
    return response
  })
  // Settled below, or after the kept page was shown.
  fresh.catch(() => {})
  const kept = () => caches.match(PAGE).then((page) => page ?? fresh)
  const late = new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), NAVIGATION_PATIENCE_MS))
  try {
    const first = await Promise.race([fresh, late])
    return first === 'late' ? await kept() : first
  } catch {
    return (await caches.match(PAGE)) ?? Response.error()
  }
}

/** An asset: its name carries its content's hash, so a kept copy is always right. */
async function asset(request: Request): Promise<Response> {
  const kept = await caches.match(request)
  if (kept) return kept
  const response = await fetch(request)
  if (response.ok) await (await caches.open(CACHE)).put(request, response.clone())
  return response
}

/** Keeps the draft page and the assets a page loaded; forgets assets of earlier builds. */
async function keep(page: string, assets: string[]): Promise<void> {
  if (!DRAFT_PAGE.test(page)) return
  const cache = await caches.open(CACHE)
  const wanted = new Set(assets.filter((path) => path.startsWith('/assets/')))
  const response = await fetch(page)
  if (response.ok) await cache.put(PAGE, response)
  for (const path of wanted) {
    if (!(await cache.match(path))) await cache.add(path)
  }
  for (const request of await cache.keys()) {
    const path = new URL(request.url).pathname
    if (path.startsWith('/assets/') && !wanted.has(path)) await cache.delete(request)
  }
}
