import { type EditorState, Plugin, PluginKey, type Transaction } from 'prosemirror-state'
import { isRemote } from './ids.ts'

/** Whether the editor accepts changes from this delegate, and why not when it does not. */
export interface ReadOnlyState {
  readOnly: boolean
  /** A short reason for the banner ("observer", "schema", "closed"), or null. */
  reason: string | null
}

/** Key of the read-only plugin; dispatch a transaction with this meta ({readOnly, reason}) to switch. */
export const readOnlyKey = new PluginKey<ReadOnlyState>('readonly')

/** Meta that marks a transaction as the page's own bookkeeping (language of the draft), allowed when read-only. */
export const LOCAL_META = 'penholder-local'

/** Whether the editor in this state refuses the delegate's changes. */
export const isReadOnly = (state: EditorState): boolean => readOnlyKey.getState(state)?.readOnly ?? false

/** Whether a transaction may change the document of a read-only editor: only what comes from others may. */
const allowedWhenReadOnly = (tr: Transaction) =>
  !tr.docChanged || isRemote(tr) || tr.getMeta(LOCAL_META) === true

/**
 * Makes the editor read-only for observers, delegations (until suggestion mode) and drafts of an unknown
 * schema version: not editable, paste and drop refused, and any local change filtered out, so nothing typed,
 * pasted or dropped can reach the shared document. Changes of others still arrive.
 */
export function readOnlyPlugin(
  initial: ReadOnlyState = { readOnly: false, reason: null },
): Plugin<ReadOnlyState> {
  return new Plugin<ReadOnlyState>({
    key: readOnlyKey,
    state: {
      init: () => initial,
      apply: (tr, previous) => (tr.getMeta(readOnlyKey) as ReadOnlyState | undefined) ?? previous,
    },
    filterTransaction: (tr, state) => !isReadOnly(state) || allowedWhenReadOnly(tr),
    props: {
      editable: (state) => !isReadOnly(state),
      handlePaste: (view) => isReadOnly(view.state),
      handleDrop: (view) => isReadOnly(view.state),
      attributes: (state): Record<string, string> =>
        isReadOnly(state) ? { class: 'read-only', 'aria-readonly': 'true' } : {},
    },
  })
}
