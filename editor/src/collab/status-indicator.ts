import { t } from '../i18n/i18n.ts'
import type { PluralKey, StringKey } from '../i18n/strings.ts'
import { el } from '../view/element.ts'
import type { SaveStatus } from './status.ts'

/**
 * How long the server's confirmation must stand before the indicator goes from "Saving" back to "Saved" (ms).
 * While a delegate types, each burst of keys is confirmed within milliseconds and the next key starts another:
 * switching at each would make the indicator flicker (and redraw the top bar between key presses, which delays
 * the next key's frame). "Saving" is shown at once, so "Saved" never stands for a change the server has not
 * stored; "Saved" comes back once the typing pauses.
 */
export const SAVED_SETTLE_MS = 600

/** How often the wait until the next reconnection attempt is counted down on screen (ms). */
const COUNTDOWN_MS = 1000

/**
 * The words and the dot that say whether the delegate's changes are safe on the server: "Saved", "Saving…",
 * "Offline — 3 changes not yet sent · Reconnecting in 2 s…", "Disconnected".
 */
export class StatusIndicator {
  readonly dom = el('div', { class: 'status', role: 'status', 'aria-live': 'polite' })
  private readonly words = document.createTextNode('')
  private readonly retry = el('span', { class: 'retry' })
  /** The status the page last reported, and the one on screen. */
  private status: SaveStatus = 'connecting'
  private shown: SaveStatus | null = null
  private unsent = 0
  private retryAt: number | null = null
  private attempting = false
  private settle: ReturnType<typeof setTimeout> | null = null
  private countdown: ReturnType<typeof setInterval> | null = null

  constructor() {
    this.dom.append(el('span', { class: 'dot' }), this.words, this.retry)
    this.render()
  }

  /** Shows a new status; "saved" after "saving" once it has stood for {@link SAVED_SETTLE_MS}. */
  set(status: SaveStatus): void {
    this.status = status
    if (status === 'saved' && this.shown === 'saving') {
      this.settle ??= setTimeout(() => this.render(), SAVED_SETTLE_MS)
      return
    }
    if (status === this.shown && this.settle === null) return
    this.render()
  }

  /** How many changes the server has not confirmed, said while offline. */
  setUnsent(count: number): void {
    if (count === this.unsent) return
    this.unsent = count
    if (this.shown === 'offline') this.render()
  }

  /** When the next reconnection attempt starts (ms since 1970), or null; and whether one is under way. */
  setRetry(at: number | null, attempting: boolean): void {
    this.retryAt = at
    this.attempting = attempting
    if (this.shown === 'offline') this.render()
  }

  /** Shows the current status now, in the current interface language; changes the page only where it differs. */
  render(): void {
    if (this.settle !== null) clearTimeout(this.settle)
    this.settle = null
    this.shown = this.status
    if (this.dom.dataset.status !== this.status) this.dom.dataset.status = this.status
    this.dom.dataset.unsent = String(this.unsent)
    setText(this.words, t(this.wordsKey(), { count: this.unsent }))
    setText(this.retry, this.retryWords())
    const counting = this.status === 'offline' && this.retryAt !== null
    if (counting && this.countdown === null) {
      this.countdown = setInterval(() => setText(this.retry, this.retryWords()), COUNTDOWN_MS)
    } else if (!counting && this.countdown !== null) {
      clearInterval(this.countdown)
      this.countdown = null
    }
  }

  private wordsKey(): StringKey | PluralKey {
    if (this.status !== 'offline' || this.unsent === 0) return `status.${this.status}` as StringKey
    return 'status.offlineUnsent'
  }

  private retryWords(): string {
    if (this.status !== 'offline') return ''
    if (this.retryAt !== null) {
      return t('status.retryIn', { s: Math.max(1, Math.ceil((this.retryAt - Date.now()) / 1000)) })
    }
    return this.attempting ? t('status.retrying') : ''
  }
}

/** Changes a text only where it differs, so that an unchanged status costs the page nothing. */
function setText(node: Text | HTMLElement, text: string): void {
  if (node.textContent !== text) node.textContent = text
}
