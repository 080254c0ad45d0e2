import { t } from '../i18n/i18n.ts'
import type { StringKey } from '../i18n/strings.ts'
import { el } from './element.ts'

/** A message to the delegate above the document. */
export interface BannerMessage {
  key: StringKey
  vars?: Record<string, string | number>
  tone: 'info' | 'warning' | 'error'
  /** Offer to reload the page (after the server refused a change or ended the session). */
  reload?: boolean
  /** Whether the delegate may close it. */
  dismissible?: boolean
}

/** The messages shown above the document: read-only reasons, refused changes, expired invitations. */
export class Banner {
  readonly dom = el('div', { class: 'banners', 'aria-live': 'assertive' })
  private readonly messages = new Map<string, BannerMessage>()

  /** Shows a message under a name; a later message with the same name replaces it. */
  show(name: string, message: BannerMessage): void {
    this.messages.set(name, message)
    this.render()
  }

  /** Removes the message of that name, if shown. */
  hide(name: string): void {
    if (this.messages.delete(name)) this.render()
  }

  /** Redraws the messages in the current interface language. */
  render(): void {
    this.dom.replaceChildren(
      ...[...this.messages].map(([name, message]) =>
        el(
          'div',
          {
            class: `banner ${message.tone}`,
            role: message.tone === 'error' ? 'alert' : 'status',
            'data-name': name,
          },
          el('span', { class: 'text' }, t(message.key, message.vars)),
          message.reload &&
            el('button', { type: 'button', onclick: () => location.reload() }, t('action.reload')),
          message.dismissible &&
            el(
              'button',
              { type: 'button', class: 'dismiss', onclick: () => this.hide(name) },
              t('action.dismiss'),
            ),
        ),
      ),
    )
  }
}
