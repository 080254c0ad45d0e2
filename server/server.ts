import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import { listeningBaseUrl, parseBaseUrl } from './address/index.ts'
import { Authority } from './auth/index.ts'
import { RedisBus } from './cluster/index.ts'
import { compactLongLogs } from './drafts/compact-stored.ts'
import { amendmentFollowUp } from './follow-up/index.ts'
import { ExportPool, PdfPrinter } from './formats/index.ts'
import { type AppContext, createRequestHandler } from './http/index.ts'
import { type Log, stderrLog } from './log.ts'
import { POLICIES, type Policies } from './policy/index.ts'
import { historyHook } from './record/index.ts'
import { RoomRegistry } from './room/index.ts'
import { advertiseAddress, withdrawAddress } from './server-address.ts'
import { sponsorLineHook } from './sponsors/index.ts'
import { openStorage, type Storage, type StoreChoice, storeName } from './storage/index.ts'
import { CollabTransport, resolveLimits, type TransportLimits } from './transport/index.ts'

/** The folder the editor engineer builds the browser bundle into. */
export const EDITOR_DIST = fileURLToPath(new URL('../editor/dist/', import.meta.url))

/** How to run a server. Only the store is required: `dataDir`, `store` or `storage`. */
export interface ServerOptions {
  /** The folder of the SQLite file (created if missing), when neither `store` nor `storage` is given. */
  dataDir?: string
  /** A PostgreSQL database (`postgres://USER:PASS@HOST:PORT/DB`) instead of the SQLite file; wins over `dataDir`. */
  store?: string
  /** 0 picks a free port. Default 8080. */
  port?: number
  /** Default 127.0.0.1. */
  host?: string
  /**
   * Where links point and the one origin browsers may open WebSockets from, e.g. behind a proxy; default
   * `http://HOST:PORT` of the listening address (never the request's Host header).
   */
  baseUrl?: string
  /** The built editor; default editor/dist of this checkout. */
  editorDir?: string
  log?: Log
  /** Policies per role; default {@link POLICIES}. */
  policies?: Policies
  /** The server's bounds (message and draft sizes, send buffers, connections); see `TransportLimits`. */
  limits?: Partial<TransportLimits>
  /** Compact a draft's log once it holds this many updates. Default 500. */
  compactEvery?: number
  /** A store already open; wins over `store` and `dataDir`. The server closes it when it closes. */
  storage?: Storage
  /** The Chromium that prints PDFs; default `PENHOLDER_CHROMIUM`, else Debian's /usr/bin/chromium. */
  chromium?: string
  /** PDF exports printed at once (more wait in a queue); default 2. */
  pdfConcurrency?: number
  /** PDF exports that may wait; beyond, the API answers 503 with Retry-After. Default 16. */
  pdfQueue?: number
  /** Worker threads that write the other exports (Word, Akoma Ntoso, Markdown, text, HTML); default 2. */
  exportThreads?: number
  /** Exports (not PDF) under way at once, written or waiting; beyond, the API answers 503. Default 16. */
  exportQueue?: number
  /**
   * Redis (`redis://HOST:PORT`) through which several processes on one store (PostgreSQL) serve the same drafts:
   * each sends the updates it stores, and awareness, to the others. None: this process serves its drafts alone.
   */
  redis?: string
}

/** A running server. */
export interface RunningServer {
  /** `http://HOST:PORT` */
  url: string
  /** The base of the links it hands out (`baseUrl`, else the listening address). */
  baseUrl: string
  port: number
  host: string
  storage: Storage
  authority: Authority
  /** The Redis this process shares updates through (password masked), if any. */
  redis: string | null
  /** Closes every connection (CLOSE.shuttingDown), stores every open draft, and closes the store. */
  close(): Promise<void>
}

/** The store the options name: `store` (PostgreSQL) before `dataDir` (SQLite). */
function storeChoiceOf(options: ServerOptions): StoreChoice | null {
  if (options.store) return { url: options.store }
  if (options.dataDir !== undefined) return { dataDir: options.dataDir }
  return null
}

/**
 * Starts the collaboration server: the WebSocket endpoint `/collab/DRAFT_ID`, the JSON API and the editor's
 * pages, on one HTTP server.
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const log = options.log ?? stderrLog
  const limits = resolveLimits(options.limits)
  const choice = storeChoiceOf(options)
  if (!options.storage && !choice) throw new RangeError('startServer: give dataDir, store or storage')
  const storage =
    options.storage ??
    (await openStorage(choice!, { onError: (e) => log('store.error', { error: e.message }) }))
  const compactEvery = options.compactEvery ?? 500
  let authority: Authority
  let bus: RedisBus | null = null
  try {
    authority = await Authority.open(storage)
    // Before any connection: a draft a crash left with a long log then opens from one snapshot.
    await compactLongLogs(storage, compactEvery, log)
    if (options.redis) bus = await RedisBus.open(options.redis, log)
  } catch (e) {
    await storage.close()
    throw e
  }
  const rooms = new RoomRegistry({
    storage,
    log,
    policies: options.policies ?? POLICIES,
    hooks: [amendmentFollowUp, sponsorLineHook, historyHook(storage)],
    compactEvery,
    awarenessDelay: 30,
    maxDraftBytes: limits.maxDraftBytes,
    ...(bus ? { cluster: bus } : {}),
  })
  // Known once the port is: requests arrive only after that.
  let baseUrl = options.baseUrl ? parseBaseUrl(options.baseUrl) : ''
  const transport = new CollabTransport(authority, rooms, limits, log, () => baseUrl)
  const pdf = new PdfPrinter({
    ...(options.chromium ? { executablePath: options.chromium } : {}),
    concurrency: options.pdfConcurrency ?? 2,
    queueLimit: options.pdfQueue ?? 16,
    log,
  })
  const exports = new ExportPool({
    ...(options.exportThreads ? { threads: options.exportThreads } : {}),
    ...(options.exportQueue ? { queueLimit: options.exportQueue } : {}),
  })
  const app: AppContext = {
    storage,
    authority,
    rooms,
    transport,
    pdf,
    exports,
    log,
    baseUrl,
    editorDir: options.editorDir ?? EDITOR_DIST,
  }
  const http = createServer(createRequestHandler(app))
  http.on('upgrade', (req, socket, head) => transport.handleUpgrade(req, socket, head))
  http.on('clientError', (_e, socket) => socket.destroy())
  const host = options.host ?? '127.0.0.1'
  try {
    await new Promise<void>((resolve, reject) => {
      http.once('error', reject)
      http.listen(options.port ?? 8080, host, () => {
        http.off('error', reject)
        resolve()
      })
    })
  } catch (e) {
    // A port in use: nothing was served, but the store (a PostgreSQL pool) must not keep the process alive.
    await pdf.close()
    await exports.close()
    await bus?.close()
    await storage.close()
    throw e
  }
  const port = (http.address() as AddressInfo).port
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`
  await advertiseAddress(storage, url)
  baseUrl ||= listeningBaseUrl(host, port)
  app.baseUrl = baseUrl
  log('start', {
    url,
    baseUrl,
    store: options.storage || !choice ? 'given' : storeName(choice),
    ...(bus ? { redis: bus.name, process: bus.origin } : {}),
  })
  let closing: Promise<void> | null = null
  return {
    url,
    baseUrl,
    port,
    host,
    storage,
    authority,
    redis: bus?.name ?? null,
    close() {
      closing ??= (async () => {
        http.close()
        await transport.close()
        http.closeAllConnections()
        await rooms.close()
        await bus?.close()
        await pdf.close()
        await exports.close()
        await withdrawAddress(storage, url).catch(() => {})
        await storage.close()
        log('stop', { url })
      })()
      return closing
    },
  }
}
