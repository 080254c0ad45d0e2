import { baseKeymap, chainCommands, toggleMark } from 'prosemirror-commands'
import { keymap } from 'prosemirror-keymap'
import type { Command, Plugin } from 'prosemirror-state'
import { redoCommand, undoCommand } from 'y-prosemirror'
import { schema } from '../../../schema/index.ts'
import { removeEmptyOpening } from './backspace.ts'
import { innermostClause } from './clause-at.ts'
import { breakHeaderLine, leaveFormula, splitClause } from './enter.ts'
import { tabLeaves } from './escape-tab.ts'
import { insertClause, insertFootnote, insertSubparagraph } from './insert.ts'
import { toggleParagraphKind } from './kind.ts'
import { moveClause } from './move.ts'
import { liftClause, sinkClause } from './nesting.ts'

/** Tab inside the body never leaves the editor, even where a clause cannot sink further. */
const keepTab: Command = (state) => innermostClause(state.selection.$from) !== null

/** Tab's command, unless Escape came just before it: then the browser moves the focus out of the editor. */
const unlessLeaving =
  (command: Command): Command =>
  (state, dispatch, view) =>
    !tabLeaves(view) && command(state, dispatch, view)

/** The commands behind each key, shared with the toolbar so that both do the same. */
export const COMMANDS = {
  insertPreambular: insertClause('preambular'),
  insertOperative: insertClause('operative'),
  insertSubparagraph,
  insertFootnote,
  toggleKind: toggleParagraphKind,
  sink: sinkClause,
  lift: liftClause,
  moveUp: moveClause(-1),
  moveDown: moveClause(1),
  undo: undoCommand as Command,
  redo: redoCommand as Command,
  italic: toggleMark(schema.marks.em),
} satisfies Record<string, Command>

/**
 * The editor's keys: Enter, Backspace, Tab and Shift-Tab follow the structure of a resolution (Escape then Tab
 * leaves the editor, see `escapeTabPlugin`); Alt-↑/↓ move a paragraph;
 * Ctrl-Alt-1/2/3/F insert a preambular paragraph, an operative paragraph, a sub-paragraph, a footnote;
 * Ctrl-Alt-K changes a paragraph's kind; undo and redo are y-prosemirror's, so they touch one's own changes
 * only. Then ProseMirror's base keymap.
 */
export function editorKeymap(): Plugin[] {
  return [
    keymap({
      Enter: chainCommands(splitClause, breakHeaderLine, leaveFormula),
      Backspace: removeEmptyOpening,
      Tab: unlessLeaving(chainCommands(COMMANDS.sink, keepTab)),
      'Shift-Tab': unlessLeaving(chainCommands(COMMANDS.lift, keepTab)),
      'Alt-ArrowUp': COMMANDS.moveUp,
      'Alt-ArrowDown': COMMANDS.moveDown,
      'Mod-Alt-1': COMMANDS.insertPreambular,
      'Mod-Alt-2': COMMANDS.insertOperative,
      'Mod-Alt-3': COMMANDS.insertSubparagraph,
      'Mod-Alt-f': COMMANDS.insertFootnote,
      'Mod-Alt-k': COMMANDS.toggleKind,
      'Mod-i': COMMANDS.italic,
      'Mod-z': COMMANDS.undo,
      'Mod-y': COMMANDS.redo,
      'Mod-Shift-z': COMMANDS.redo,
    }),
    keymap(baseKeymap),
  ]
}
