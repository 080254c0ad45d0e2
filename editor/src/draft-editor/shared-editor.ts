import { EditorState, type Transaction } from 'prosemirror-state'
import { EditorView } from 'prosemirror-view'
import {
  initProseMirrorDoc,
  redoCommand,
  undoCommand,
  yCursorPlugin,
  ySyncPlugin,
  yUndoPlugin,
} from 'y-prosemirror'
import type { Awareness } from 'y-protocols/awareness'
import type * as Y from 'yjs'
import { SHARED, schema } from '../../../schema/index.ts'
import type { AmendingEditor } from '../amendments/amending.ts'
import { amendmentMarkViews } from '../amendments/marks-view.ts'
import { caretFadePlugin } from '../collab/caret-fade.ts'
import { type DraftMeta, followMeta } from '../collab/meta.ts'
import { cursorBuilder, selectionBuilder } from '../collab/presence.ts'
import { othersOnly } from '../collab/remote-awareness.ts'
import { pastePlugin } from '../plugins/paste.ts'
import type { ReadOnlyState } from '../plugins/readonly.ts'
import type { Banner } from '../view/banner.ts'
import { focusAfterFirstPaint } from './focus-after-paint.ts'
import { editorPlugins } from './plugins.ts'

/** What the editor of a shared draft is built from. */
export interface SharedEditorOptions {
  /** Where the document is drawn, and its footnotes. */
  host: HTMLElement
  notes: HTMLElement
  ydoc: Y.Doc
  /** The connection's awareness: the carets and selections of the others. */
  awareness: Awareness
  /** The language and organ of the draft, from its `meta` map. */
  meta: DraftMeta
  readOnly: ReadOnlyState | null
  amending: AmendingEditor
  /** Where a paste's warnings are shown. */
  banner: Banner
  /** Called after each transaction the editor applies, and once it is built (the toolbar follows). */
  onChange: () => void
}

/**
 * The editor bound to the draft's shared fragment with y-prosemirror (sync, the others' carets, undo). For a
 * facilitator and a delegation, suggestion mode wraps the dispatch: a delegation's edits (and the facilitator's,
 * with "Suggest changes" on) become proposals, their marks and records written as one Yjs transaction.
 */
export function showSharedEditor(options: SharedEditorOptions): EditorView {
  const { ydoc, amending, readOnly } = options
  const fragment = ydoc.getXmlFragment(SHARED.document)
  // Build the first document straight from the fragment (and hand its mapping to the sync plugin), with the
  // language and organ of the `meta` map on the top node, which y-prosemirror leaves alone afterwards.
  const { doc, mapping } = initProseMirrorDoc(fragment, schema)
  const start = schema.topNodeType.create({ lang: options.meta.lang, organ: options.meta.organ }, doc.content)
  const state = EditorState.create({
    doc: start,
    plugins: [
      ...amending.plugins,
      ...editorPlugins({
        ...(readOnly ? { readOnly } : {}),
        statusOf: amending.statusOf,
        onPickAmendment: amending.pick,
        notes: options.notes,
        paste: pastePlugin({
          onWarnings: (warnings) =>
            options.banner.show('paste', {
              key: 'paste.warnings',
              vars: { count: warnings.length, first: warnings[0]!.message },
              tone: 'info',
              dismissible: true,
            }),
        }),
      }),
      ySyncPlugin(fragment, { mapping }),
      yCursorPlugin(othersOnly(options.awareness), { cursorBuilder, selectionBuilder }),
      caretFadePlugin(options.awareness),
      yUndoPlugin({ protectedNodes: new Set(['para']) }),
    ],
  })
  const apply = function (this: EditorView, tr: Transaction) {
    this.updateState(this.state.apply(tr))
    options.onChange()
    amending.applied(tr, this.state)
  }
  const view = new EditorView(options.host, {
    state,
    markViews: amendmentMarkViews(),
    dispatchTransaction: amending.dispatch(apply),
  })
  view.dom.addEventListener('penholder:undo', () => undoCommand(view.state, view.dispatch))
  view.dom.addEventListener('penholder:redo', () => redoCommand(view.state, view.dispatch))
  followMeta(view, ydoc)
  options.onChange()
  if (!readOnly) focusAfterFirstPaint(view)
  return view
}
