import { t } from '../i18n/i18n.ts'
import type { StringKey } from '../i18n/strings.ts'
import { el } from '../view/element.ts'
import type { SaveStatus } from './status.ts'

/**
 * How long a save must last before the indicator says "Saving": while a delegate types, every key press is a
 * save that ends within a few milliseconds, and showing each one would make the indicator flicker (and redraw
 * the page's top bar between key presses, which delays the next key's frame).
 */
export const SAVING_DELAY_MS = 1000

/** The words and the dot that say whether the delegate's changes are safe on the server. */
export class StatusIndicator {
  readonly dom = el('div', { class: 'status', role: 'status', 'aria-live': 'polite' })
  private readonly words = document.createTextNode('')
  /** The status the page last reported, and the one on screen. */
  private status: SaveStatus = 'connecting'
  private shown: SaveStatus | null = null
  private delay: ReturnType<typeof setTimeout> | null = null

  constructor() {
    this.dom.append(el('span', { class: 'dot' }), this.words)
    this.render()
  }

  /** Shows a new status; "saving" only once it has lasted `SAVING_DELAY_MS` after "saved". */
  set(status: SaveStatus): void {
    this.status = status
    if (status === 'saving' && this.shown === 'saved') {
      this.delay ??= setTimeout(() => this.render(), SAVING_DELAY_MS)
      return
    }
    this.render()
  }

  /** Shows the current status now, in the current interface language; changes the page only where it differs. */
  render(): void {
    if (this.delay !== null) clearTimeout(this.delay)
    this.delay = null
    this.shown = this.status
    if (this.dom.dataset.status !== this.status) this.dom.dataset.status = this.status
    const words = t(`status.${this.status}` as StringKey)
    if (this.words.data !== words) this.words.data = words
  }
}
