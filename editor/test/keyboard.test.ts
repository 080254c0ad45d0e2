// The page's shortcuts and what screen readers hear of the numbers, without a browser: which key presses are
// shortcuts (and which are not, so that typing is never taken for one), and the spoken names of the paragraphs
// in the decorations of the numbering plugin, in English and French.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { DecorationSet } from 'prosemirror-view'
import { setUILanguage } from '../src/i18n/i18n.ts'
import { numberingKey } from '../src/index.ts'
import { keysOf, SHORTCUT_IDS, shortcutOf, withKeys } from '../src/keyboard/shortcuts.ts'
import { spokenLabel } from '../src/plugins/spoken-label.ts'
import { draft, editor, op, pre, sub } from './draft-fixture.ts'

/** A key press as the browser reports it. */
const press = (code: string, key: string, mods: Partial<KeyboardEvent> = {}): KeyboardEvent =>
  ({ code, key, altKey: false, shiftKey: false, ctrlKey: false, metaKey: false, ...mods }) as KeyboardEvent

test('Alt+Shift and a letter are the shortcuts, by the letter the layout gives; the letter alone, Alt alone, or with Ctrl are not', () => {
  const altShift = { altKey: true, shiftKey: true }
  assert.equal(shortcutOf(press('KeyN', 'N', altShift)), 'next')
  assert.equal(shortcutOf(press('KeyP', 'P', altShift)), 'previous')
  assert.equal(shortcutOf(press('KeyA', 'A', altShift)), 'accept')
  assert.equal(shortcutOf(press('KeyR', 'R', altShift)), 'reject')
  assert.equal(shortcutOf(press('KeyS', 'S', altShift)), 'suggest')
  assert.equal(shortcutOf(press('KeyV', 'V', altShift)), 'view')
  // macOS: Option+Shift+A gives "Å"; the key's place still says which.
  assert.equal(shortcutOf(press('KeyA', 'Å', altShift)), 'accept')
  // A French AZERTY keyboard: the letter the layout gives decides, not its QWERTY place (A is on KeyQ, and the
  // key on KeyA gives Q, which is no shortcut: pressing it must not accept an amendment).
  assert.equal(shortcutOf(press('KeyQ', 'A', altShift)), 'accept')
  assert.equal(shortcutOf(press('KeyA', 'Q', altShift)), null)
  assert.equal(shortcutOf(press('KeyZ', 'W', altShift)), null)
  // A Russian layout gives Cyrillic letters: the key's place says which.
  assert.equal(shortcutOf(press('KeyN', 'Т', altShift)), 'next')
  assert.equal(shortcutOf(press('KeyV', 'М', altShift)), 'view')
  assert.equal(shortcutOf(press('KeyN', 'N', { shiftKey: true })), null, 'a capital N is typed')
  assert.equal(shortcutOf(press('KeyN', 'n', { altKey: true })), null)
  assert.equal(shortcutOf(press('KeyA', 'A', { ...altShift, ctrlKey: true })), null)
  assert.equal(shortcutOf(press('KeyZ', 'Z', altShift)), null)
  assert.equal(new Set(SHORTCUT_IDS.map(keysOf)).size, SHORTCUT_IDS.length, 'each shortcut its own keys')
  assert.equal(withKeys('Accept', 'accept'), 'Accept (Alt+Shift+A)')
})

/** The spoken names the numbering plugin gives the clauses, in document order. */
function spoken(set: DecorationSet | undefined): string[] {
  return (set?.find() ?? [])
    .sort((a, b) => a.from - b.from)
    .map((d) => (d as unknown as { type: { attrs: Record<string, string> } }).type.attrs['data-spoken'])
    .filter((s): s is string => s !== undefined)
}

test('every clause is named for screen readers with its kind and number, in the interface language', () => {
  const doc = draft([
    pre('*Recalling* a,'),
    pre('*Noting* b,'),
    op('*Decides*:', sub('one;'), sub('two;')),
    op('*Requests* c.'),
  ])
  setUILanguage('en')
  assert.deepEqual(spoken(numberingKey.getState(editor(doc))?.decorations), [
    'preambular paragraph 1',
    'preambular paragraph 2',
    'operative paragraph 1',
    'sub-paragraph (a)',
    'sub-paragraph (b)',
    'operative paragraph 2',
  ])
  setUILanguage('fr')
  try {
    assert.deepEqual(spoken(numberingKey.getState(editor(doc))?.decorations).slice(0, 4), [
      'alinéa 1 du préambule',
      'alinéa 2 du préambule',
      'paragraphe 1 du dispositif',
      'alinéa (a)',
    ])
  } finally {
    setUILanguage('en')
  }
  assert.equal(spokenLabel('operative', ''), '', 'no number, nothing said')
  assert.equal(spokenLabel('heading', '1'), '', 'an unknown kind is not named')
})
