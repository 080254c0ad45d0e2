import { dropCursor } from 'prosemirror-dropcursor'
import type { Plugin } from 'prosemirror-state'
import type { EditorView } from 'prosemirror-view'
import type { StatusOf } from '../../../schema/index.ts'
import { amendmentsPlugin } from '../amendments/decorations.ts'
import { viewModePlugin } from '../amendments/view-mode.ts'
import { escapeTabPlugin } from '../commands/escape-tab.ts'
import { editorKeymap } from '../commands/keymap.ts'
import { directionPlugin } from '../plugins/direction.ts'
import { documentNamePlugin } from '../plugins/document-name.ts'
import { notesPlugin } from '../plugins/footnotes.ts'
import { idsPlugin } from '../plugins/ids.ts'
import { lintPlugin, relint } from '../plugins/lint.ts'
import { numberingPlugin, renumber } from '../plugins/numbering.ts'
import { openingPlugin } from '../plugins/opening.ts'
import { placeholderKey, placeholderPlugin } from '../plugins/placeholder.ts'
import { printStylePlugin } from '../plugins/print-style.ts'
import { type ReadOnlyState, readOnlyPlugin } from '../plugins/readonly.ts'

/** What the page tells the editor when it builds it. */
export interface EditorOptions {
  /** Whether the delegate may change the text, and why not. */
  readOnly?: ReadOnlyState
  /** Where the notes below the text are drawn; none in tests without a DOM. */
  notes?: HTMLElement
  /** The plugin that reads pasted text into paragraphs (`pastePlugin`), which needs the schema's importer. */
  paste?: Plugin
  /** Who the amendments in the text belong to and where they stand: the status of each, from its record. */
  statusOf?: () => StatusOf
  /** Called with the amendment whose words the delegate clicked in the text (the panel shows it). */
  onPickAmendment?: (id: string) => void
}

/**
 * The plugins of the draft editor, in the order they must run: read-only and the view mode first (they refuse
 * changes before anyone handles them), the opening-phrase list before the keys (its arrows and Enter win while
 * it is open), paste, the keymaps, then what follows the document: numbering (of the clean text, proposed
 * paragraphs "bis"), the amendments' look, lint, ids, placeholders, notes, direction. `showSharedEditor` adds
 * suggestion mode before them and y-prosemirror's sync, cursor and undo plugins after.
 */
export function editorPlugins(options: EditorOptions = {}): Plugin[] {
  const statuses = options.statusOf ? { statusOf: options.statusOf } : {}
  const plugins: Plugin[] = [
    escapeTabPlugin(),
    readOnlyPlugin(options.readOnly),
    viewModePlugin(),
    openingPlugin(),
    ...(options.paste ? [options.paste] : []),
    ...editorKeymap(),
    numberingPlugin(statuses),
    amendmentsPlugin({
      ...statuses,
      ...(options.onPickAmendment ? { onPick: options.onPickAmendment } : {}),
    }),
    lintPlugin(),
    idsPlugin(),
    placeholderPlugin(),
    directionPlugin(),
    documentNamePlugin(),
    dropCursor({ color: '#1f5fa8' }),
  ]
  if (options.notes) plugins.push(notesPlugin(options.notes), printStylePlugin(options.notes))
  return plugins
}

/**
 * Draws again what the plugins write in the interface language: the placeholders, the lint problems and the
 * paragraphs' spoken numbers.
 */
export function relabelEditor(view: EditorView): void {
  view.dispatch(view.state.tr.setMeta(placeholderKey, true))
  view.dispatch(renumber(view.state.tr))
  // Lint problems are drawn with their text in the interface language.
  view.dispatch(relint(view.state))
}
