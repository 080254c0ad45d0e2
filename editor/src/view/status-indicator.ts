import type { SaveStatus } from '../collab/status.ts'
import { t } from '../i18n/i18n.ts'
import type { StringKey } from '../i18n/strings.ts'
import { el } from './element.ts'

/** The words and the dot that say whether the delegate's changes are safe on the server. */
export class StatusIndicator {
  readonly dom = el('div', { class: 'status', role: 'status', 'aria-live': 'polite' })
  private status: SaveStatus = 'connecting'

  constructor() {
    this.render()
  }

  /** Shows a new status. */
  set(status: SaveStatus): void {
    this.status = status
    this.render()
  }

  /** Redraws in the current interface language. */
  render(): void {
    this.dom.dataset.status = this.status
    this.dom.replaceChildren(el('span', { class: 'dot' }), t(`status.${this.status}` as StringKey))
  }
}
