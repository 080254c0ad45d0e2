import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as syncProtocol from 'y-protocols/sync'
import type { WebsocketProvider } from 'y-websocket'
import type * as Y from 'yjs'

/** What the status indicator says. */
export type SaveStatus = 'connecting' | 'saved' | 'saving' | 'offline' | 'stopped'

// The first varint of a y-websocket sync message.
const MESSAGE_SYNC = 0
/** How long after the last local change the tracker asks the server to confirm (ms): one question a burst. */
export const CONFIRM_DELAY = 250

/** Whether a message from the server is a sync step 2, the answer to a sync step 1. */
function isSyncStep2(data: unknown): boolean {
  if (!(data instanceof ArrayBuffer)) return false
  try {
    const decoder = decoding.createDecoder(new Uint8Array(data))
    return (
      decoding.readVarUint(decoder) === MESSAGE_SYNC &&
      decoding.readVarUint(decoder) === syncProtocol.messageYjsSyncStep2
    )
  } catch {
    return false
  }
}

/** What else a {@link SaveTracker} may be told. */
export interface SaveTrackerOptions {
  /** Origins of updates that are not this page's changes besides the provider's (the local copy loading). */
  foreign?: readonly unknown[]
  /** Called each time the server has confirmed storing every change the page had made. */
  onConfirmed?: () => void
}

/**
 * Follows whether this page's changes are stored on the server: "saving" from a local change until the server
 * has confirmed it, "saved" after, "offline" while the connection is down (y-websocket reconnects by itself and
 * the sync protocol then sends what the server lacks, so nothing typed is lost), and "stopped" after the server
 * ended the session for good.
 *
 * The confirmation is the sync protocol's own question: shortly after the last local change the tracker sends
 * a sync step 1 and waits for its answer (a sync step 2). The server handles a connection's messages in order
 * and stores an update before it handles the next message, so the answer means every change sent before the
 * question is stored (a refused one closes the connection instead). Changes the page loaded from its local copy
 * unsent ({@link markUnsent}) were sent when the connection synced, before the question, and are confirmed with
 * it.
 */
export class SaveTracker {
  private unconfirmed = false
  private question: 'none' | 'waiting' | 'asked' = 'none'
  private changedSinceAsked = false
  /** Whether the page has shown the draft (first sync, or from the local copy): any gap after is offline. */
  private opened = false
  private stopped = false
  private last: SaveStatus | null = null
  private readonly listening = new WeakSet<object>()
  private readonly onConfirmed: () => void

  constructor(
    private readonly provider: WebsocketProvider,
    private readonly ydoc: Y.Doc,
    private readonly onChange: (status: SaveStatus) => void,
    options: SaveTrackerOptions = {},
  ) {
    const foreign = [provider, ...(options.foreign ?? [])]
    this.onConfirmed = options.onConfirmed ?? (() => {})
    ydoc.on('update', (_update: Uint8Array, origin: unknown) => {
      if (foreign.includes(origin)) return
      this.unconfirmed = true
      if (this.question === 'asked') this.changedSinceAsked = true
      else this.askSoon()
      this.refresh()
    })
    provider.on('status', ({ status }: { status: string }) => {
      if (status === 'connected') this.listen()
      // An answer never comes on a closed connection; the next sync asks again.
      else if (this.question === 'asked') this.question = 'none'
      this.refresh()
    })
    provider.on('sync', (synced: boolean) => {
      if (synced && this.unconfirmed) this.askSoon()
      this.refresh()
    })
    this.listen()
    globalThis.addEventListener?.('online', () => this.refresh())
    globalThis.addEventListener?.('offline', () => this.refresh())
    this.refresh()
  }

  /** Says that the Y.Doc holds changes of an earlier page the server has not confirmed (from the local copy). */
  markUnsent(): void {
    this.unconfirmed = true
    this.askSoon()
    this.refresh()
  }

  /** Says that the server could not be reached as the page opened: until it is, the page is offline. */
  markUnreachable(): void {
    this.opened = true
    this.refresh()
  }

  /** Marks the session as ended by the server (a close code that forbids reconnecting). */
  stop(): void {
    this.stopped = true
    this.refresh()
  }

  /** The status now. */
  get status(): SaveStatus {
    const { provider } = this
    if (this.stopped) return 'stopped'
    // Until the first sync the page is still opening; after it, any gap is a lost connection.
    if (provider.wsconnected && provider.synced) this.opened = true
    if (!provider.wsconnected || !provider.synced) {
      return this.opened || globalThis.navigator?.onLine === false ? 'offline' : 'connecting'
    }
    return this.unconfirmed ? 'saving' : 'saved'
  }

  /** Listens for answers on the provider's current socket (it makes a new one for each connection). */
  private listen(): void {
    const ws = this.provider.ws
    if (!ws || this.listening.has(ws)) return
    this.listening.add(ws)
    ws.addEventListener('message', (event: MessageEvent) => {
      if (ws !== this.provider.ws || this.question !== 'asked' || !isSyncStep2(event.data)) return
      this.question = 'none'
      if (this.changedSinceAsked) {
        this.changedSinceAsked = false
        this.askSoon()
      } else if (this.unconfirmed) {
        this.unconfirmed = false
        this.onConfirmed()
      }
      this.refresh()
    })
  }

  private askSoon(): void {
    if (this.question !== 'none' || this.stopped) return
    this.question = 'waiting'
    setTimeout(() => this.ask(), CONFIRM_DELAY)
  }

  private ask(): void {
    this.question = 'none'
    const { provider } = this
    const ws = provider.ws
    // Not connected: the sync that follows the reconnection asks again.
    if (!ws || !provider.wsconnected || !provider.synced || ws.readyState !== 1 || this.stopped) return
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, MESSAGE_SYNC)
    syncProtocol.writeSyncStep1(encoder, this.ydoc)
    this.listen()
    ws.send(encoding.toUint8Array(encoder))
    this.question = 'asked'
    this.changedSinceAsked = false
  }

  private refresh(): void {
    const status = this.status
    if (status !== this.last) {
      this.last = status
      this.onChange(status)
    }
  }
}
