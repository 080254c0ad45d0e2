import type { EditorView } from 'prosemirror-view'
import type { Role } from '../../../schema/index.ts'
import { knowsSchemaVersion, readMeta } from '../collab/meta.ts'
import type { ReadOnlyState } from '../plugins/readonly.ts'
import { showForeignDraft } from './foreign-view.ts'
import { type SharedEditorOptions, showSharedEditor } from './shared-editor.ts'

/** What {@link showDraft} needs: the shared editor's options but what it reads itself, and the delegate's role. */
export type ShowDraftOptions = Omit<SharedEditorOptions, 'meta' | 'readOnly'> & { role: Role }

/** The editor {@link showDraft} drew, and whether it is bound to the shared draft (false: another schema's). */
export interface ShownDraft {
  view: EditorView
  shared: boolean
}

/** Why the delegate may not edit, before any connection: by role. Null for a facilitator or a delegation. */
function roleReadOnly(role: Role): ReadOnlyState | null {
  if (role !== 'observer') return null
  return { readOnly: true, reason: role }
}

/**
 * Shows the synced draft: bound to the shared fragment, read-only for an observer (saying so); or, when the
 * draft was stored by a schema version this editor does not know, a read-only copy, with a warning.
 */
export function showDraft(options: ShowDraftOptions): ShownDraft {
  const { banner, ydoc } = options
  const meta = readMeta(ydoc)
  if (!knowsSchemaVersion(meta.schemaVersion)) {
    banner.show('schema', {
      key: 'readonly.schema',
      vars: { version: String(meta.schemaVersion ?? '?') },
      tone: 'warning',
    })
    const view = showForeignDraft(options.host, options.notes, ydoc)
    options.onChange()
    return { view, shared: false }
  }
  const readOnly = roleReadOnly(options.role)
  if (readOnly) banner.show('role', { key: 'readonly.observer', tone: 'info' })
  return { view: showSharedEditor({ ...options, meta, readOnly }), shared: true }
}
