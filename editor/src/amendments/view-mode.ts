import { type EditorState, Plugin, PluginKey, type Transaction } from 'prosemirror-state'
import { isRemote } from '../plugins/ids.ts'
import { LOCAL_META } from '../plugins/readonly.ts'
import { suggestionMetaOf } from '../suggestion/index.ts'

/**
 * How the draft is shown: `compilation`, every pending proposal in the text and attributed (the view one
 * edits in), or `clean`, the agreed text alone, pending insertions and proposed paragraphs hidden and deleted
 * words shown as they stand.
 */
export type ViewMode = 'compilation' | 'clean'

/** The view modes, in the order the switch offers them. */
export const VIEW_MODES: readonly ViewMode[] = ['compilation', 'clean']

/** Key of the view-mode plugin; its state is the mode. */
export const viewModeKey = new PluginKey<ViewMode>('view-mode')

/** The view mode of an editor state (compilation where the plugin is absent). */
export const viewModeOf = (state: EditorState): ViewMode => viewModeKey.getState(state) ?? 'compilation'

/** Marks a transaction that switches the view mode. */
export const setViewMode = (tr: Transaction, mode: ViewMode): Transaction => tr.setMeta(viewModeKey, mode)

/**
 * Whether a transaction may change the document while the clean view is shown: what comes from others, the
 * page's own bookkeeping, and the decisions and withdrawals the panel runs (their records are written with
 * them, so dropping the change would leave the records saying what the text does not).
 */
const allowedInClean = (tr: Transaction) =>
  !tr.docChanged || isRemote(tr) || tr.getMeta(LOCAL_META) === true || suggestionMetaOf(tr)?.type === 'exempt'

/**
 * The view-mode plugin: puts `view-compilation` or `view-clean` on the editor element, where the style sheet
 * hides pending proposals in the clean view. The clean view is read-only, since typing into a text that hides
 * some of its words would put them in places the delegate cannot see.
 */
export function viewModePlugin(initial: ViewMode = 'compilation'): Plugin<ViewMode> {
  return new Plugin<ViewMode>({
    key: viewModeKey,
    state: {
      init: () => initial,
      apply: (tr, previous) => (tr.getMeta(viewModeKey) as ViewMode | undefined) ?? previous,
    },
    filterTransaction: (tr, state) => viewModeOf(state) !== 'clean' || allowedInClean(tr),
    props: {
      editable: (state) => viewModeOf(state) !== 'clean',
      attributes: (state): Record<string, string> => ({ class: `view-${viewModeOf(state)}` }),
    },
  })
}
