import type { AmendmentsPanel } from '../amendments/panel.ts'
import type { ViewSwitch } from '../amendments/view-switch.ts'
import { listenForShortcuts } from '../keyboard/page-keys.ts'
import { HelpDialog, helpButton, labelHelpButton } from '../view/help-dialog.ts'
import type { Toolbar } from '../view/toolbar.ts'

/** The parts of the draft page that the keyboard's shortcuts drive. */
export interface DraftKeysParts {
  panel: AmendmentsPanel
  toolbar: Toolbar
  viewSwitch: ViewSwitch
}

/** The draft page's keyboard: the help button to place, and what redraws it in another interface language. */
export interface DraftKeys {
  button: HTMLButtonElement
  relabel: () => void
}

/**
 * Sets up the draft page's shortcuts (`keyboard/shortcuts.ts`): next and previous amendment, accept and reject
 * the selected one, suggestion mode, the view; and the help dialog that lists them, opened by `?` or its button.
 */
export function setUpDraftKeys(parts: DraftKeysParts): DraftKeys {
  const dialog = new HelpDialog()
  const button = helpButton(dialog)
  listenForShortcuts({
    next: () => parts.panel.step(1),
    previous: () => parts.panel.step(-1),
    accept: () => parts.panel.decideSelected(true),
    reject: () => parts.panel.decideSelected(false),
    suggest: () => parts.toolbar.toggleSuggestion(),
    view: () => parts.viewSwitch.toggle(),
    help: () => dialog.open(),
  })
  return {
    button,
    relabel: () => {
      dialog.render()
      labelHelpButton(button)
    },
  }
}
