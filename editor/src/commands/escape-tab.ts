import { Plugin } from 'prosemirror-state'
import type { EditorView } from 'prosemirror-view'

/** The editors in which the last key pressed was Escape. */
const escaped = new WeakMap<EditorView, boolean>()

/**
 * Keys that leave the mark as it is: those that only modify the next one (pressing Shift on the way to
 * Shift+Tab keeps Escape's effect), and Tab itself, whose command reads the mark after this plugin has seen it.
 */
const KEEP = new Set(['Shift', 'Control', 'Alt', 'Meta', 'AltGraph', 'Tab'])

/**
 * Notes whether the last key pressed in the editor was Escape (and handles no key itself). Tab indents a
 * paragraph in the text, so without a way out a keyboard user could never leave the editor: Escape then Tab
 * (or Shift+Tab) moves the focus on to the next (or previous) control, as in other editors that take Tab.
 * Runs before every other key handler of the editor, to see every key.
 */
export function escapeTabPlugin(): Plugin {
  return new Plugin({
    props: {
      handleKeyDown: (view, event) => {
        if (!KEEP.has(event.key)) escaped.set(view, event.key === 'Escape')
        return false
      },
      handleDOMEvents: {
        // Back in the text later, Tab indents again.
        blur: (view) => {
          escaped.delete(view)
          return false
        },
      },
    },
  })
}

/** Whether Tab should leave the editor rather than indent: Escape was the key before it. */
export const tabLeaves = (view: EditorView | undefined): boolean => !!view && escaped.get(view) === true
