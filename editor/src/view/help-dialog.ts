import { t } from '../i18n/i18n.ts'
import type { StringKey } from '../i18n/strings.ts'
import { HELP_KEY, keysOf, SHORTCUT_IDS, SHORTCUT_LABELS } from '../keyboard/shortcuts.ts'
import { el } from './element.ts'

/** The editor's own keys, as its toolbar's tooltips say them (`commands/keymap.ts`). */
const EDITING: [string, StringKey][] = [
  ['Ctrl+Alt+1', 'cmd.insertPreambular.title'],
  ['Ctrl+Alt+2', 'cmd.insertOperative.title'],
  ['Ctrl+Alt+3', 'cmd.insertSubparagraph.title'],
  ['Ctrl+Alt+F', 'cmd.insertFootnote.title'],
  ['Ctrl+Alt+K', 'cmd.toggleKind.title'],
  ['Tab', 'cmd.sink.title'],
  ['Shift+Tab', 'cmd.lift.title'],
  ['Alt+↑', 'cmd.moveUp.title'],
  ['Alt+↓', 'cmd.moveDown.title'],
  ['Ctrl+Z', 'cmd.undo.title'],
  ['Ctrl+Y', 'cmd.redo.title'],
]

/** One list of keys and what they do; a tooltip's own "(keys)" is left out, the keys standing beside it. */
function keyList(rows: [string, string][]): HTMLElement {
  return el(
    'dl',
    { class: 'key-list' },
    ...rows.flatMap(([keys, what]) => [
      el('dt', {}, ...keys.split(' / ').flatMap((k, i) => [i ? ' / ' : '', el('kbd', {}, k)])),
      el('dd', {}, what.replace(/\s*\([^)]*\)$/, '')),
    ]),
  )
}

/**
 * The help dialog that lists the page's keys: the amendment shortcuts, moving around, the editor's keys. A
 * modal `<dialog>`: the rest of the page is inert while it is open, Tab and Shift+Tab go round its own controls,
 * Escape or its button closes it, and the focus goes back where it was when it opened.
 */
export class HelpDialog {
  readonly dom = el('dialog', { class: 'help-dialog', 'aria-labelledby': 'help-dialog-title' })
  private opener: HTMLElement | null = null

  constructor() {
    this.dom.addEventListener('close', () => {
      const back = this.opener
      this.opener = null
      if (back?.isConnected) back.focus()
    })
    this.dom.addEventListener('keydown', (event) => this.keepFocusIn(event))
    this.render()
  }

  /** Opens the dialog over the page, remembering what had the focus; its close button takes it. */
  open(): void {
    if (this.dom.open) return
    this.opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    if (!this.dom.isConnected) document.body.append(this.dom)
    this.dom.showModal()
    this.dom.querySelector<HTMLElement>('button.close')?.focus()
  }

  /** Draws the dialog again in the current interface language. */
  render(): void {
    const page: [string, string][] = [
      [HELP_KEY, t('keys.helpKey')],
      ['Escape, Tab', t('keys.leave')],
      ['Enter', t('keys.card')],
    ]
    this.dom.replaceChildren(
      el('h2', { id: 'help-dialog-title' }, t('keys.help')),
      el('h3', {}, t('keys.section.amendments')),
      keyList(SHORTCUT_IDS.map((id) => [keysOf(id), t(SHORTCUT_LABELS[id])])),
      el('h3', {}, t('keys.section.page')),
      keyList(page),
      el('h3', {}, t('keys.section.editing')),
      keyList(EDITING.map(([keys, key]) => [keys, t(key)])),
      el(
        'form',
        { method: 'dialog', class: 'actions' },
        el('button', { type: 'submit', class: 'close' }, t('keys.close')),
      ),
    )
  }

  // A modal dialog keeps the page inert, but Tab from its last control would go on to the browser's own bar.
  private keepFocusIn(event: KeyboardEvent): void {
    if (event.key !== 'Tab') return
    const controls = [...this.dom.querySelectorAll<HTMLElement>('button, [href], [tabindex="0"]')]
    const first = controls[0]
    const last = controls.at(-1)
    if (!first || !last) return
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault()
      last.focus()
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault()
      first.focus()
    }
  }
}

/** The button that opens the help dialog, with `?` as its shortcut. */
export function helpButton(dialog: HelpDialog): HTMLButtonElement {
  const button = el(
    'button',
    { type: 'button', class: 'help-button', 'aria-keyshortcuts': HELP_KEY, onclick: () => dialog.open() },
    '?',
  )
  labelHelpButton(button)
  return button
}

/** Names the help button in the current interface language. */
export function labelHelpButton(button: HTMLButtonElement): void {
  button.setAttribute('aria-label', t('keys.help'))
  button.title = `${t('keys.help')} (${HELP_KEY})`
}
