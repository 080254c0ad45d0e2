import type { WebsocketProvider } from 'y-websocket'
import type * as Y from 'yjs'

/** What the status indicator says. */
export type SaveStatus = 'connecting' | 'saved' | 'saving' | 'offline' | 'stopped'

/**
 * Follows whether this page's changes have reached the server: "saving" from a local change until the socket
 * has handed every byte to the network, "saved" after, "offline" while the connection is down (y-websocket
 * reconnects by itself and the sync protocol then sends what the server lacks, so nothing typed is lost), and
 * "stopped" after the server ended the session for good.
 */
export class SaveTracker {
  private pending = false
  private everConnected = false
  private stopped = false
  private timer: ReturnType<typeof setTimeout> | null = null
  private last: SaveStatus | null = null

  constructor(
    private readonly provider: WebsocketProvider,
    ydoc: Y.Doc,
    private readonly onChange: (status: SaveStatus) => void,
  ) {
    ydoc.on('update', (_update: Uint8Array, origin: unknown) => {
      if (origin === provider) return
      this.pending = true
      this.refresh()
    })
    provider.on('status', () => this.refresh())
    provider.on('sync', () => this.refresh())
    globalThis.addEventListener?.('online', () => this.refresh())
    globalThis.addEventListener?.('offline', () => this.refresh())
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
    if (provider.wsconnected && provider.synced) this.everConnected = true
    if (!provider.wsconnected || !provider.synced) {
      return this.everConnected || globalThis.navigator?.onLine === false ? 'offline' : 'connecting'
    }
    if (this.pending && (provider.ws?.bufferedAmount ?? 0) === 0) this.pending = false
    return this.pending ? 'saving' : 'saved'
  }

  private refresh(): void {
    const status = this.status
    if (status !== this.last) {
      this.last = status
      this.onChange(status)
    }
    // Until the socket's buffer drains there is no event to wait for, so look again shortly.
    if (status === 'saving' && !this.timer) {
      this.timer = setTimeout(() => {
        this.timer = null
        this.refresh()
      }, 150)
    }
  }
}
