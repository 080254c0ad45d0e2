import type { WebsocketProvider } from 'y-websocket'

/**
 * The longest wait between two attempts to reconnect (ms), y-websocket's `maxBackoffTime`: it doubles the wait
 * after each failed attempt, from 200 ms, up to this. Short, because delegates in a meeting room lose and regain
 * the network in seconds; a browser that comes back online, or a laptop that wakes, tries at once anyway.
 */
export const RECONNECT_MAX_MS = 2500

/**
 * Follows y-websocket's reconnection so the page can say when the next attempt is ("Reconnecting in 2 s"),
 * and tries at once when the browser says it is back online or the page is shown again (a laptop waking up),
 * rather than waiting out the backoff. The page never reloads itself to reconnect.
 */
export class Reconnection {
  /** When the next attempt starts (ms since 1970), while waiting for it; null while connected or connecting. */
  nextAttempt: number | null = null
  private readonly listeners = new Set<() => void>()

  constructor(private readonly provider: WebsocketProvider) {
    provider.on('connection-close', () => {
      // y-websocket counts the failure and schedules the attempt right after telling: read them once it has.
      queueMicrotask(() => {
        if (!provider.shouldConnect || provider.ws) return
        const wait = Math.min(2 ** provider.wsUnsuccessfulReconnects * 100, provider.maxBackoffTime)
        this.set(Date.now() + wait)
      })
    })
    provider.on('status', () => this.set(null))
    globalThis.addEventListener?.('online', () => this.now())
    globalThis.document?.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') this.now()
    })
  }

  /** Whether an attempt is under way. */
  get attempting(): boolean {
    return this.provider.wsconnecting
  }

  /** Tries to reconnect at once if the page is waiting to (and the server has not ended the session). */
  now(): void {
    const { provider } = this
    if (provider.shouldConnect && !provider.ws) provider.connect()
  }

  /** Calls `listener` whenever the next attempt's time changes. */
  onChange(listener: () => void): void {
    this.listeners.add(listener)
  }

  private set(at: number | null): void {
    if (at === this.nextAttempt) return
    this.nextAttempt = at
    for (const listener of this.listeners) listener()
  }
}
