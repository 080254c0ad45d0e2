import { EditorState } from 'prosemirror-state'
import { EditorView } from 'prosemirror-view'
import { yXmlFragmentToProsemirrorJSON } from 'y-prosemirror'
import type * as Y from 'yjs'
import { SHARED } from '../../../schema/index.ts'
import { foreignDoc } from '../collab/foreign-doc.ts'
import { readMeta } from '../collab/meta.ts'
import { directionPlugin } from '../plugins/direction.ts'
import { notesPlugin } from '../plugins/footnotes.ts'
import { numberingPlugin } from '../plugins/numbering.ts'
import { printStylePlugin } from '../plugins/print-style.ts'
import { readOnlyPlugin } from '../plugins/readonly.ts'

/**
 * A read-only view of a draft of another schema version (drawn in `host`, its footnotes in `notes`), redrawn
 * as the shared fragment changes: the editor cannot bind to a document its schema does not know.
 */
export function showForeignDraft(host: HTMLElement, notes: HTMLElement, ydoc: Y.Doc): EditorView {
  const fragment = ydoc.getXmlFragment(SHARED.document)
  const make = () => foreignDoc(yXmlFragmentToProsemirrorJSON(fragment), readMeta(ydoc))
  const view = new EditorView(host, {
    state: EditorState.create({
      doc: make(),
      plugins: [
        readOnlyPlugin({ readOnly: true, reason: 'schema' }),
        numberingPlugin(),
        directionPlugin(),
        notesPlugin(notes),
        printStylePlugin(notes),
      ],
    }),
  })
  fragment.observeDeep(() =>
    view.updateState(EditorState.create({ doc: make(), plugins: view.state.plugins })),
  )
  return view
}
