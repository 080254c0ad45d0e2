import type { Command, EditorState } from 'prosemirror-state'
import type { EditorView } from 'prosemirror-view'
import { COMMANDS } from '../commands/keymap.ts'
import { t } from '../i18n/i18n.ts'
import type { StringKey } from '../i18n/strings.ts'
import { keysOf, withKeys } from '../keyboard/shortcuts.ts'
import { isReadOnly } from '../plugins/readonly.ts'
import { proposeDeletion } from '../suggestion/index.ts'
import { el } from './element.ts'
import { refusedAsProposal } from './refused.ts'

type CommandName = keyof typeof COMMANDS

// The buttons, in groups; each label and tooltip is `cmd.NAME` and `cmd.NAME.title` in the string table.
const GROUPS: { name: CommandName; icon?: string }[][] = [
  [
    { name: 'undo', icon: '↶' },
    { name: 'redo', icon: '↷' },
  ],
  [{ name: 'insertPreambular' }, { name: 'insertOperative' }, { name: 'insertSubparagraph' }],
  [{ name: 'insertFootnote' }, { name: 'toggleKind' }],
  [
    { name: 'lift', icon: '⇤' },
    { name: 'sink', icon: '⇥' },
    { name: 'moveUp', icon: '↑' },
    { name: 'moveDown', icon: '↓' },
  ],
]

// The keys of each command (`commands/keymap.ts`) as `aria-keyshortcuts` names them; the tooltips say them too.
const KEYS: Partial<Record<CommandName, string>> = {
  undo: 'Control+Z',
  redo: 'Control+Y',
  insertPreambular: 'Control+Alt+1',
  insertOperative: 'Control+Alt+2',
  insertSubparagraph: 'Control+Alt+3',
  insertFootnote: 'Control+Alt+F',
  toggleKind: 'Control+Alt+K',
  sink: 'Tab',
  lift: 'Shift+Tab',
  moveUp: 'Alt+ArrowUp',
  moveDown: 'Alt+ArrowDown',
}

/** Whether a click came from the keyboard (Enter or Space on the button), not from a pointer. */
const fromKeyboard = (event: Event): boolean => (event as MouseEvent).detail === 0

// Commands whose change of structure the suggestion transform may refuse (an agreed paragraph's kind or
// nesting): in suggestion mode their dry run also goes through the transform.
const FILTERED: ReadonlySet<CommandName> = new Set(['toggleKind', 'sink', 'lift'])

/** Suggestion mode as the toolbar shows it. */
export interface ToolbarSuggestion {
  /** Whether the delegate's edits are proposals now. */
  on: () => boolean
  /** Switches it (the facilitator's "Suggest changes"); absent where it is always on (a delegation). */
  set?: (on: boolean) => void
}

/**
 * The toolbar: the same commands as the keys, each button greyed out where its command cannot apply (a dry run
 * of the command on the current state), and the whole bar hidden when the editor cannot be edited (read-only,
 * or the clean view). With suggestion mode: the facilitator's "Suggest changes" switch or a delegation's
 * "Suggesting" sign, and a button that proposes deleting the paragraph at the cursor.
 */
export class Toolbar {
  readonly dom: HTMLElement
  private readonly buttons = new Map<CommandName, HTMLButtonElement>()
  private proposeButton: HTMLButtonElement | null = null
  private suggestSwitch: HTMLInputElement | null = null
  /** The idle callback that will bring the buttons up to date, if one is waiting. */
  private pending: (() => void) | null = null
  /** What the buttons were last brought up to date with: nothing to do while it is unchanged. */
  private shownFor: { state: EditorState; suggesting: boolean } | null = null

  constructor(
    private readonly view: () => EditorView | null,
    private readonly suggestion: ToolbarSuggestion | null = null,
  ) {
    this.dom = el('div', { class: 'toolbar', role: 'toolbar' })
    this.render()
  }

  /** Draws the buttons again in the current interface language. */
  render(): void {
    this.buttons.clear()
    this.dom.setAttribute('aria-label', t('toolbar.label'))
    this.dom.replaceChildren(
      ...GROUPS.map((group) =>
        el(
          'div',
          { class: 'group' },
          ...group.map(({ name, icon }) => {
            const label = name === 'undo' || name === 'redo' || icon ? t(`cmd.${name}` as StringKey) : null
            const button = el(
              'button',
              {
                type: 'button',
                class: icon ? 'icon' : 'text',
                title: t(`cmd.${name}.title` as StringKey),
                'aria-label': label ?? t(`cmd.${name}` as StringKey),
                'data-command': name,
                'aria-keyshortcuts': KEYS[name],
                // mousedown, not click: the editor keeps its selection and focus. From the keyboard the
                // button has the focus, and its click runs the command and gives the focus back to the text.
                onmousedown: (event) => {
                  event.preventDefault()
                  this.run(COMMANDS[name])
                },
                onclick: (event) => {
                  if (fromKeyboard(event)) this.run(COMMANDS[name])
                },
              },
              icon ?? t(`cmd.${name}` as StringKey),
            )
            this.buttons.set(name, button)
            return button
          }),
        ),
      ),
      ...[this.suggestionGroup()].filter((group): group is HTMLElement => group !== null),
    )
    this.shownFor = null
    this.refresh()
  }

  private suggestionGroup(): HTMLElement | null {
    this.proposeButton = null
    this.suggestSwitch = null
    const suggestion = this.suggestion
    if (!suggestion) return null
    const set = suggestion.set
    let mode: HTMLElement
    if (set) {
      this.suggestSwitch = el('input', {
        type: 'checkbox',
        name: 'suggest',
        'aria-keyshortcuts': keysOf('suggest'),
        onchange: (event) => {
          set((event.target as HTMLInputElement).checked)
          this.refresh()
        },
      })
      mode = el(
        'label',
        { class: 'suggest-switch', title: withKeys(t('suggest.switch.title'), 'suggest') },
        this.suggestSwitch,
        t('suggest.switch'),
      )
    } else mode = el('span', { class: 'suggesting', title: t('suggest.always.title') }, t('suggest.always'))
    this.proposeButton = el(
      'button',
      {
        type: 'button',
        class: 'text',
        title: t('cmd.proposeDeletion.title'),
        'data-command': 'proposeDeletion',
        onmousedown: (event) => {
          event.preventDefault()
          this.run(proposeDeletion)
        },
        onclick: (event) => {
          if (fromKeyboard(event)) this.run(proposeDeletion)
        },
      },
      t('cmd.proposeDeletion'),
    )
    return el('div', { class: 'group suggestion' }, mode, this.proposeButton)
  }

  /** Switches the facilitator's suggestion mode (her shortcut); false where there is no switch. */
  toggleSuggestion(): boolean {
    const set = this.suggestion?.set
    if (!set || !this.suggestion) return false
    set(!this.suggestion.on())
    this.refresh()
    return true
  }

  private run(command: Command): void {
    const view = this.view()
    if (!view || isReadOnly(view.state) || !view.editable) return
    command(view.state, view.dispatch, view)
    view.focus()
  }

  /**
   * Enables the buttons whose command applies at the cursor, in an idle moment after the editor's next frame:
   * the dry runs of the commands are no part of what a key press must put on screen, and while the delegate
   * types they seldom change a button. Many calls before that moment make one update.
   */
  update(): void {
    if (this.pending) return
    const run = () => {
      this.pending = null
      this.refresh()
    }
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS })
      this.pending = () => cancelIdleCallback(id)
    } else {
      const id = setTimeout(run, 0)
      this.pending = () => clearTimeout(id)
    }
  }

  /** Brings the buttons up to date now, touching only those whose state changed. */
  refresh(): void {
    this.pending?.()
    this.pending = null
    const view = this.view()
    const readOnly = !view || isReadOnly(view.state) || !view.editable
    if (this.dom.hidden !== readOnly) this.dom.hidden = readOnly
    if (readOnly) {
      this.shownFor = null
      return
    }
    const suggesting = this.suggestion?.on() ?? false
    if (this.shownFor?.state === view.state && this.shownFor.suggesting === suggesting) return
    this.shownFor = { state: view.state, suggesting }
    for (const [name, button] of this.buttons) {
      const state = view.state
      let refused = false
      let applies: boolean
      if (suggesting && FILTERED.has(name)) {
        applies = COMMANDS[name](state, undefined, view)
        refused = applies && refusedAsProposal(state, COMMANDS[name])
      } else applies = COMMANDS[name](state, undefined, view)
      setIfChanged(button, 'disabled', !applies || refused)
      setIfChanged(button, 'title', t(refused ? 'cmd.refused.title' : (`cmd.${name}.title` as StringKey)))
    }
    if (this.suggestSwitch) setIfChanged(this.suggestSwitch, 'checked', suggesting)
    if (this.proposeButton) {
      setIfChanged(this.proposeButton, 'hidden', !suggesting)
      setIfChanged(this.proposeButton, 'disabled', !suggesting || !proposeDeletion(view.state))
    }
  }
}

/** How long the toolbar may wait for an idle moment before it updates anyway. */
const IDLE_TIMEOUT_MS = 200

/** Sets a property of an element only when its value differs: an unchanged write still makes the page restyle it. */
function setIfChanged<E extends HTMLElement, K extends 'disabled' | 'title' | 'checked' | 'hidden'>(
  element: E,
  name: K & keyof E,
  value: E[K & keyof E],
): void {
  if (element[name] !== value) element[name] = value
}
