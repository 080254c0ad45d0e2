import { t } from '../i18n/i18n.ts'
import type { PluralKey, StringKey } from '../i18n/strings.ts'
import { el } from './element.ts'

/** A message to the delegate above the document. */
export interface BannerMessage {
  /** What it says; a plural key takes its form from `vars.count`. */
  key: StringKey | PluralKey
  vars?: Record<string, string | number>
  tone: 'info' | 'warning' | 'error'
  /** Offer to reload the page (after the server refused a change or ended the session). */
  reload?: boolean
  /** Whether the delegate may close it. */
  dismissible?: boolean
  /** Lines listed under the message (the paragraphs a refusal would have lost), drawn in the current language. */
  items?: () => string[]
  /** Offer to copy the listed lines, one a line, to the clipboard. */
  copy?: boolean
  /** Called when the delegate dismisses the message. */
  onDismiss?: () => void
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
      ...[...this.messages].map(([name, message]) => {
        const items = message.items?.() ?? []
        return el(
          'div',
          {
            class: `banner ${message.tone}${items.length > 0 ? ' with-items' : ''}`,
            role: message.tone === 'error' ? 'alert' : 'status',
            'data-name': name,
          },
          el('span', { class: 'text' }, t(message.key, message.vars)),
          items.length > 0 && el('ul', { class: 'items' }, ...items.map((line) => el('li', {}, line))),
          message.copy && items.length > 0 && copyButton(items.join('\n')),
          message.reload &&
            el('button', { type: 'button', onclick: () => location.reload() }, t('action.reload')),
          message.dismissible &&
            el(
              'button',
              {
                type: 'button',
                class: 'dismiss',
                onclick: () => {
                  this.hide(name)
                  message.onDismiss?.()
                },
              },
              t('action.dismiss'),
            ),
        )
      }),
    )
  }
}

/** A button that copies `text` to the clipboard and says so for a moment. */
function copyButton(text: string): HTMLButtonElement {
  const button = el('button', { type: 'button', class: 'copy' }, t('action.copy'))
  button.addEventListener('click', async () => {
    if (!(await copyToClipboard(text))) return
    button.textContent = t('action.copied')
    setTimeout(() => {
      button.textContent = t('action.copy')
    }, 2000)
  })
  return button
}

/** Copies text to the clipboard; false if the browser refused. */
async function copyToClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text)
    return true
  } catch {
    // The asynchronous clipboard exists only on secure pages (https, localhost); a server on a conference
    // network may be plain http, where selecting the text in a hidden field and copying it still works.
    const field = el('textarea', {
      readonly: true,
      'aria-hidden': 'true',
      style: 'position: fixed; top: -100px; opacity: 0',
    })
    field.value = text
    document.body.append(field)
    field.select()
    const copied = document.execCommand('copy')
    field.remove()
    return copied
  }
}
