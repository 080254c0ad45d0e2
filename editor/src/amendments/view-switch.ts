import type { EditorView } from 'prosemirror-view'
import { t } from '../i18n/i18n.ts'
import { keysOf, withKeys } from '../keyboard/shortcuts.ts'
import { el } from '../view/element.ts'
import { setViewMode, VIEW_MODES, type ViewMode, viewModeOf } from './view-mode.ts'

/** The arrow keys that move within a radio group. */
const ARROWS = new Set(['ArrowDown', 'ArrowRight', 'ArrowUp', 'ArrowLeft'])

/**
 * The switch between the compilation view (every proposal shown and attributed) and the clean view (the agreed
 * text alone), for every role. `onSwitch` hears the new mode, for the note that the clean view is read-only.
 * A radio group as WAI-ARIA describes it: one Tab stop (the mode that is on), and the arrow keys move to the
 * other mode and switch to it (with two modes, every arrow leads to the other one, in either page direction).
 */
export class ViewSwitch {
  readonly dom = el('div', { class: 'view-switch', role: 'radiogroup' })

  constructor(
    private readonly view: () => EditorView | null,
    private readonly onSwitch: (mode: ViewMode) => void = () => {},
  ) {
    this.dom.addEventListener('keydown', (event) => this.arrow(event))
    this.render()
  }

  /** An arrow key on a mode: the other mode is switched on and takes the focus. */
  private arrow(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey || !ARROWS.has(event.key)) return
    event.preventDefault()
    this.toggle()
    this.dom.querySelector<HTMLElement>('button[aria-checked="true"]')?.focus()
  }

  /** Switches the editor to a mode. */
  set(mode: ViewMode): void {
    const view = this.view()
    if (!view || viewModeOf(view.state) === mode) return
    view.dispatch(setViewMode(view.state.tr, mode))
    this.update()
    this.onSwitch(mode)
  }

  /** Switches to the other mode (the shortcut's toggle). */
  toggle(): void {
    const view = this.view()
    if (view) this.set(viewModeOf(view.state) === 'clean' ? 'compilation' : 'clean')
  }

  /** Redraws the switch in the current interface language. */
  render(): void {
    this.dom.setAttribute('aria-label', t('view.label'))
    this.dom.setAttribute('aria-keyshortcuts', keysOf('view'))
    this.dom.replaceChildren(
      ...VIEW_MODES.map((mode) =>
        el(
          'button',
          {
            type: 'button',
            role: 'radio',
            'data-mode': mode,
            title: withKeys(t(`view.${mode}.title`), 'view'),
            onclick: () => this.set(mode),
          },
          t(`view.${mode}`),
        ),
      ),
    )
    this.update()
  }

  /** Shows which mode is on; it alone is in the Tab order. */
  update(): void {
    const view = this.view()
    const mode = view ? viewModeOf(view.state) : 'compilation'
    for (const button of this.dom.querySelectorAll('button')) {
      const on = button.dataset.mode === mode
      button.setAttribute('aria-checked', String(on))
      button.tabIndex = on ? 0 : -1
    }
  }
}
