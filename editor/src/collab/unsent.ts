import * as Y from 'yjs'
import type { LedgerEntry, LocalCopy } from './local-copy.ts'

/** How long the ledger waits after a change before writing its count to the local copy (ms): one write a burst. */
export const LEDGER_WRITE_DELAY = 250

/**
 * Counts the changes this browser made to a draft that the server has not yet confirmed storing: this page's
 * local transactions, and those of earlier pages left unsent in the local copy (a tab closed, a laptop that
 * slept, while offline). It keeps, per page (Yjs client), how far its changes go and how far the server
 * confirmed them, in the local copy, so that the count survives a reload and the unsent words can be named
 * without the server (an invitation that expired while offline).
 */
export class UnsentLedger {
  private readonly own: LedgerEntry
  /** Entries of earlier pages whose changes the server has not confirmed. */
  private earlier: LedgerEntry[] = []
  private timer: ReturnType<typeof setTimeout> | null = null
  private readonly listeners = new Set<() => void>()

  constructor(
    private readonly ydoc: Y.Doc,
    private readonly copy: LocalCopy | null,
    /** The origins of updates that are not this page's changes (the provider, the local copy loading). */
    foreign: readonly unknown[],
  ) {
    this.own = { client: ydoc.clientID, clock: 0, confirmed: 0, unsent: 0 }
    ydoc.on('update', (_update: Uint8Array, origin: unknown) => {
      if (foreign.includes(origin)) return
      this.own.unsent++
      this.own.clock = Y.getState(ydoc.store, ydoc.clientID)
      this.writeSoon()
      this.changed()
    })
    // A page being closed or hidden (a laptop about to sleep) writes its count at once.
    globalThis.addEventListener?.('pagehide', () => this.write())
    globalThis.document?.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') this.write()
    })
  }

  /**
   * Reads the entries of earlier pages from the local copy, once it is loaded into the Y.Doc: those with changes
   * past what the server confirmed stay counted, the others are forgotten.
   */
  async load(): Promise<void> {
    if (!this.copy) return
    let entries: LedgerEntry[]
    try {
      entries = await this.copy.entries()
    } catch {
      return
    }
    for (const entry of entries) {
      if (entry.client === this.own.client) continue
      const reached = Y.getState(this.ydoc.store, entry.client)
      if (entry.unsent > 0 || reached > entry.confirmed) {
        this.earlier.push({
          ...entry,
          clock: Math.max(entry.clock, reached),
          unsent: Math.max(entry.unsent, 1),
        })
      } else this.copy.deleteEntry(entry.client)
    }
    if (this.earlier.length > 0) this.changed()
  }

  /** How many changes the server has not confirmed storing. */
  get count(): number {
    return this.earlier.reduce((sum, e) => sum + e.unsent, this.own.unsent)
  }

  /** Whether earlier pages left changes the server has not confirmed. */
  get earlierUnsent(): boolean {
    return this.earlier.length > 0
  }

  /** The Yjs clients whose changes are this browser's own: this page's and those of earlier pages not yet sent. */
  get clients(): number[] {
    return [this.own.client, ...this.earlier.map((e) => e.client)]
  }

  /** How far the server confirmed storing the changes of each of this browser's clients (see `clients`). */
  get confirmed(): Map<number, number> {
    return new Map([this.own, ...this.earlier].map((e) => [e.client, e.confirmed]))
  }

  /**
   * The server has confirmed storing everything the Y.Doc held when the page asked: this page's changes and
   * those of earlier pages (sent when the connection synced) are no longer unsent.
   */
  confirm(): void {
    this.own.clock = this.own.confirmed = Y.getState(this.ydoc.store, this.ydoc.clientID)
    this.own.unsent = 0
    for (const entry of this.earlier) this.copy?.deleteEntry(entry.client)
    this.earlier = []
    this.write()
    this.changed()
  }

  /** Calls `listener` whenever the count changes. */
  onChange(listener: () => void): void {
    this.listeners.add(listener)
  }

  private writeSoon(): void {
    this.timer ??= setTimeout(() => this.write(), LEDGER_WRITE_DELAY)
  }

  private write(): void {
    if (this.timer !== null) clearTimeout(this.timer)
    this.timer = null
    if (this.own.clock === 0 && this.own.unsent === 0) return
    this.copy?.putEntry({ ...this.own })
  }

  private changed(): void {
    for (const listener of this.listeners) listener()
  }
}
