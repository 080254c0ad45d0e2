import { type Command, Plugin, type Transaction } from 'prosemirror-state'
import type { EditorView } from 'prosemirror-view'
import { ySyncPluginKey } from 'y-prosemirror'
import { LOCAL_META } from '../plugins/readonly.ts'
import { newAmendmentId, type SuggestionContext } from './context.ts'
import { agreedUnchanged } from './guard.ts'
import { suggestionKey, suggestionMetaOf } from './meta.ts'
import { proposeDeleteClause } from './paragraphs.ts'
import { applyRecordChanges, reconcileRecords } from './records.ts'
import { isClause } from './regions.ts'
import type { AmendmentStore } from './store.ts'
import { suggestTransaction } from './transform.ts'

/** How the suggestion plugin is set up for one editor. */
export interface SuggestionOptions {
  /** The delegation whose edits become proposals. */
  delegation: string
  /** Whether suggestion mode is on: always for a delegation; the facilitator's switch for her. */
  enabled: () => boolean
  /** The amendment records (the draft's `amendments` Y.Map, see `yMapStore`). */
  store: AmendmentStore
  newAmendmentId?: () => string
  newClauseId?: () => string
  now?: () => number
  /**
   * Runs a dispatch and the record writes it implies as one Yjs transaction, so that marks and records reach
   * the others together: `(write) => ydoc.transact(write, ySyncPluginKey)`. By default they run one after the
   * other.
   */
  transact?: (write: () => void) => void
}

interface SuggestionState {
  options: SuggestionOptions
  /** Whether the last change replayed this editor's undo or redo. */
  replayed: boolean
}

type SyncMeta = { isChangeOrigin?: boolean; isUndoRedoOperation?: boolean } | undefined

/** Whether a transaction brings changes from Yjs (other peers, or an undo or redo) rather than from typing. */
const fromYjs = (tr: Transaction): boolean =>
  (tr.getMeta(ySyncPluginKey) as SyncMeta)?.isChangeOrigin === true

/** The context of the suggestion transforms for an editor set up with these options. */
export function suggestionContext(options: SuggestionOptions): SuggestionContext {
  const context: SuggestionContext = {
    delegation: options.delegation,
    newAmendmentId: options.newAmendmentId ?? newAmendmentId,
    now: options.now ?? Date.now,
    statusOf: (id) => options.store.get(id)?.status,
  }
  if (options.newClauseId) context.newClauseId = options.newClauseId
  return context
}

/**
 * The suggestion plugin: holds the options `withSuggestions` reads, and guards the agreed text. While
 * suggestion mode is on, a local change that did not come through the suggestion transform (a plugin's
 * appended transaction, such as opening-phrase marks or id fixes on an agreed paragraph, or a dispatch that
 * bypassed the wrapper) is dropped if it would change the agreed text, since the server would refuse it.
 * Changes from Yjs pass: remote ones are the others' (the server checked them), and undo and redo replay this
 * delegation's own earlier proposals; after those, its records are brought in line with the text.
 */
export function suggestionPlugin(options: SuggestionOptions): Plugin<SuggestionState> {
  const statusOf = (id: string) => options.store.get(id)?.status
  return new Plugin<SuggestionState>({
    key: suggestionKey,
    state: {
      init: () => ({ options, replayed: false }),
      apply: (tr, previous) => {
        const meta = tr.getMeta(ySyncPluginKey) as SyncMeta
        const replayed = tr.docChanged && meta?.isChangeOrigin === true && meta.isUndoRedoOperation === true
        return replayed === previous.replayed ? previous : { options, replayed }
      },
    },
    filterTransaction(tr, state) {
      if (
        !options.enabled() ||
        !tr.docChanged ||
        fromYjs(tr) ||
        suggestionMetaOf(tr) ||
        tr.getMeta(LOCAL_META)
      )
        return true
      return agreedUnchanged(state.doc, tr.doc, statusOf)
    },
    view: () => ({
      update(view, previous) {
        if (view.state.doc === previous.doc || !suggestionKey.getState(view.state)?.replayed) return
        const doc = view.state.doc
        const now = options.now ?? Date.now
        // After the Yjs transaction of the undo has ended, so that the record writes make one of their own.
        queueMicrotask(() => reconcileRecords(doc, options.store, options.delegation, now()))
      },
    }),
  })
}

/**
 * Wraps an editor's dispatch (as `dispatchTransaction`) so that in suggestion mode the delegation's changes
 * are rewritten into proposals before they are applied, and the records they imply are written in the same
 * `transact` call. A change that cannot be proposed is dropped. Transactions from Yjs and those this part built
 * itself (decisions, moves, splits of amendments) pass as they are; records of the latter's `suggestion` meta
 * are written too. Without `dispatch`, the view's state is updated directly.
 */
export function withSuggestions(dispatch?: (this: EditorView, tr: Transaction) => void) {
  return function suggestingDispatch(this: EditorView, tr: Transaction): void {
    const apply =
      dispatch ??
      function (this: EditorView, t: Transaction) {
        this.updateState(this.state.apply(t))
      }
    const options = (suggestionKey.getState(this.state) as SuggestionState | undefined)?.options
    let out: Transaction | null = tr
    if (
      options?.enabled() &&
      tr.docChanged &&
      !fromYjs(tr) &&
      !suggestionMetaOf(tr) &&
      !tr.getMeta(LOCAL_META)
    ) {
      out = suggestTransaction(this.state, tr, suggestionContext(options))
      if (!out) return
    }
    const meta = suggestionMetaOf(out)
    if (!options || meta?.type !== 'suggestion') {
      apply.call(this, out)
      return
    }
    const change = out
    const write = () => {
      apply.call(this, change)
      applyRecordChanges(options.store, meta, options.delegation)
    }
    if (options.transact) options.transact(write)
    else write()
  }
}

/**
 * Proposes deleting the paragraph (or sub-paragraph) the cursor is in, as a whole; for a paragraph of one's
 * own, deletes it. Needs the suggestion plugin; dispatch it through `withSuggestions` so its record is written.
 */
export const proposeDeletion: Command = (state, dispatch) => {
  const options = (suggestionKey.getState(state) as SuggestionState | undefined)?.options
  if (!options) return false
  const { $from } = state.selection
  for (let d = $from.depth; d > 0; d--) {
    if (!isClause($from.node(d))) continue
    const tr = proposeDeleteClause(state, $from.before(d), suggestionContext(options))
    if (!tr) return false
    if (dispatch) dispatch(tr.scrollIntoView())
    return true
  }
  return false
}
