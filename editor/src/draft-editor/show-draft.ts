import type { EditorView } from 'prosemirror-view'
import type { Role } from '../../../schema/index.ts'
import { knowsSchemaVersion, readMeta } from '../collab/meta.ts'
import type { StringKey } from '../i18n/strings.ts'
import type { ReadOnlyState } from '../plugins/readonly.ts'
import { showForeignDraft } from './foreign-view.ts'
import { type SharedEditorOptions, showSharedEditor } from './shared-editor.ts'

/**
 * What {@link showDraft} needs: the shared editor's options but what it reads itself, the delegate's role, and
 * whether the draft is archived.
 */
export type ShowDraftOptions = Omit<SharedEditorOptions, 'meta' | 'readOnly'> & {
  role: Role
  archived: boolean
}

/** The editor {@link showDraft} drew, and whether it is bound to the shared draft (false: another schema's). */
export interface ShownDraft {
  view: EditorView
  shared: boolean
}

/**
 * Why the delegate may not edit, before any connection, with what the banner says of it: the draft is archived,
 * or the role is an observer's. Null for a facilitator or a delegation on an open draft.
 */
function readOnlyAtStart(options: ShowDraftOptions): { reason: string; message: StringKey } | null {
  if (options.archived) return { reason: 'archived', message: 'close.4409' }
  if (options.role === 'observer') return { reason: 'observer', message: 'readonly.observer' }
  return null
}

/**
 * Shows the synced draft: bound to the shared fragment, read-only for an observer or an archived draft (saying
 * so); or, when the
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
  const why = readOnlyAtStart(options)
  if (why) banner.show('role', { key: why.message, tone: 'info' })
  const readOnly: ReadOnlyState | null = why && { readOnly: true, reason: why.reason }
  return { view: showSharedEditor({ ...options, meta, readOnly }), shared: true }
}
