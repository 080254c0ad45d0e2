import type { StringKey } from '../i18n/strings.ts'

/** The page's own shortcuts: the frequent commands of the amendments panel, the toolbar and the view switch. */
export type ShortcutId = 'next' | 'previous' | 'accept' | 'reject' | 'suggest' | 'view'

/**
 * Alt+Shift and a letter: no ProseMirror keymap of the editor binds Alt+Shift, Chromium binds none of these
 * six on Linux and Windows (its Alt+Shift shortcuts are I, T and the arrows), and on macOS Option+Shift+letter
 * types a symbol that the page then does not insert. Matched by the letter the layout gives (on a French
 * AZERTY keyboard, A is where QWERTY has Q), and by the key's place only when the layout gives no Latin letter
 * (Option on macOS, a Cyrillic or Arabic layout).
 */
const LETTERS: Record<ShortcutId, string> = {
  next: 'N',
  previous: 'P',
  accept: 'A',
  reject: 'R',
  suggest: 'S',
  view: 'V',
}

/** What each shortcut does, as the help dialog says it. */
export const SHORTCUT_LABELS: Record<ShortcutId, StringKey> = {
  next: 'keys.next',
  previous: 'keys.previous',
  accept: 'keys.accept',
  reject: 'keys.reject',
  suggest: 'keys.suggest',
  view: 'keys.view',
}

/** The shortcuts in the order the help dialog lists them. */
export const SHORTCUT_IDS: readonly ShortcutId[] = ['next', 'previous', 'accept', 'reject', 'suggest', 'view']

/** The key that opens the help dialog (outside the editable text, where it is a character to type). */
export const HELP_KEY = '?'

/** A shortcut as `aria-keyshortcuts` and tooltips write it: "Alt+Shift+N". */
export const keysOf = (id: ShortcutId): string => `Alt+Shift+${LETTERS[id]}`

/** A tooltip with its shortcut: "Accept the amendment (Alt+Shift+A)". */
export const withKeys = (title: string, id: ShortcutId): string => `${title} (${keysOf(id)})`

/** The page shortcut a key press is, if any: Alt and Shift held, no Ctrl or Meta, one of the letters. */
export function shortcutOf(event: KeyboardEvent): ShortcutId | null {
  if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return null
  const letter = /^[a-z]$/i.test(event.key)
    ? event.key.toUpperCase()
    : /^Key[A-Z]$/.test(event.code)
      ? event.code.slice(3)
      : null
  return SHORTCUT_IDS.find((id) => LETTERS[id] === letter) ?? null
}
