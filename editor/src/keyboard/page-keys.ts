import { HELP_KEY, type ShortcutId, shortcutOf } from './shortcuts.ts'

/** What the page does for each of its shortcuts, and for the help key. */
export type ShortcutHandlers = Record<ShortcutId | 'help', () => void>

/** Whether an element takes typed characters: a text field, a list, or the editor's text. */
function takesText(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true
  return (
    target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(target.type)
  )
}

/**
 * Listens on the whole page for its shortcuts (see `shortcutOf`), wherever the focus is, even in the text,
 * whose keymaps bind none of them; and for `?`, only where it would not type a character. A key a modal
 * dialog is open over is left to the dialog. Returns a function that stops listening.
 */
export function listenForShortcuts(handlers: ShortcutHandlers): () => void {
  const onKey = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.isComposing) return
    if (document.querySelector('dialog[open]')) return
    const id = shortcutOf(event)
    if (id) {
      event.preventDefault()
      handlers[id]()
      return
    }
    if (
      event.key === HELP_KEY &&
      !event.ctrlKey &&
      !event.metaKey &&
      !event.altKey &&
      !takesText(event.target)
    ) {
      event.preventDefault()
      handlers.help()
    }
  }
  document.addEventListener('keydown', onKey)
  return () => document.removeEventListener('keydown', onKey)
}
