import { t } from '../i18n/i18n.ts'
import { el } from './element.ts'

/** The width under which the side panels fold into a drawer; the same as `style/narrow.css`'s media query. */
export const NARROW_QUERY = '(max-width: 899.98px)'

/**
 * The side column folded into a drawer on a narrow screen: a button in the top bar opens it over the document and
 * moves the focus into it; Escape or its close button closes it and gives the focus back to the button. On a wide
 * screen the button is hidden by the style sheet and the column stays beside the document, untouched.
 */
export class Drawer {
  /** The button that opens and closes the drawer (shown on narrow screens only). */
  readonly toggle: HTMLButtonElement
  private readonly close: HTMLButtonElement
  private readonly narrow: MediaQueryList

  constructor(private readonly panel: HTMLElement) {
    panel.id ||= 'side-panels'
    panel.classList.add('drawer')
    panel.tabIndex = -1
    // A named region needs a role that may be named; a landmark lets a screen reader jump to the panels.
    if (!panel.hasAttribute('role')) panel.setAttribute('role', 'complementary')
    this.toggle = el('button', {
      type: 'button',
      class: 'drawer-toggle',
      'aria-controls': panel.id,
      'aria-expanded': 'false',
      onclick: () => (this.isOpen() ? this.hide() : this.show()),
    })
    this.close = el('button', { type: 'button', class: 'drawer-close', onclick: () => this.hide() })
    panel.prepend(this.close)
    panel.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || !this.isOpen()) return
      // The drawer's own Escape: a menu or a form inside it that handles Escape stops it first.
      event.preventDefault()
      this.hide()
    })
    this.narrow = matchMedia(NARROW_QUERY)
    // Widened with the drawer open: the column is back beside the document, nothing is left open over it.
    this.narrow.addEventListener('change', () => {
      if (!this.narrow.matches) this.setOpen(false)
    })
    this.render()
  }

  /** Whether the drawer is open over the document. */
  isOpen(): boolean {
    return this.panel.hasAttribute('data-open')
  }

  /** Opens the drawer and moves the focus into it (to its close button). */
  show(): void {
    this.setOpen(true)
    this.close.focus()
  }

  /** Closes the drawer; the focus, if it was inside, goes back to the button that opened it. */
  hide(): void {
    const hadFocus = this.panel.contains(document.activeElement)
    this.setOpen(false)
    if (hadFocus || document.activeElement === document.body) this.toggle.focus()
  }

  /** Writes the buttons' words in the interface language. */
  render(): void {
    this.toggle.textContent = t('drawer.open')
    this.close.textContent = t('drawer.close')
    this.panel.setAttribute('aria-label', t('drawer.label'))
  }

  private setOpen(open: boolean): void {
    this.panel.toggleAttribute('data-open', open)
    this.toggle.setAttribute('aria-expanded', String(open))
  }
}
