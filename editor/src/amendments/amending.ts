import type { EditorState, Plugin, Transaction } from 'prosemirror-state'
import type { EditorView } from 'prosemirror-view'
import { ySyncPluginKey, yUndoPluginKey } from 'y-prosemirror'
import type * as Y from 'yjs'
import { type AmendmentStatus, SHARED, type StatusOf } from '../../../schema/index.ts'
import { renumber } from '../plugins/numbering.ts'
import { type AmendmentStore, suggestionPlugin, withSuggestions, yMapStore } from '../suggestion/index.ts'
import type { Banner } from '../view/banner.ts'
import type { ToolbarSuggestion } from '../view/toolbar.ts'
import { AmendmentActions } from './actions.ts'
import { amendmentsKey, refreshAmendments } from './decorations.ts'
import { amendmentMarkViews } from './marks-view.ts'
import { AmendmentsPanel } from './panel.ts'
import { mayChangePanel, type Viewer } from './panel-model.ts'
import { showAmendment } from './show.ts'
import { SponsorsPanel } from './sponsors-panel.ts'
import { clearUndoWhenDecided } from './undo-reset.ts'
import type { ViewMode } from './view-mode.ts'
import { ViewSwitch } from './view-switch.ts'

/** The editor's `dispatchTransaction`. */
type Dispatch = (this: EditorView, tr: Transaction) => void

/** What the draft page gives the amendment side. */
export interface AmendingOptions {
  ydoc: Y.Doc
  /** Who the page speaks for: the token's delegation and role. */
  viewer: Viewer
  /** The editor, once there is one. */
  view: () => EditorView | null
  /** Where the clean view's note and the panel's reports are shown. */
  banner: Banner
  /** Called when the delegate switches between the clean and the compilation view. */
  onViewMode: () => void
}

/** What the editor takes from the amendment side. */
export interface AmendingEditor {
  /** Suggestion mode, to run before the editor's own plugins; none for an observer, who changes nothing. */
  plugins: Plugin[]
  /** The status of each amendment, kept from the `amendments` map. */
  statusOf: () => StatusOf
  /** Shows in the panel the amendment whose words the delegate clicked in the text. */
  pick: (id: string) => void
  /** Wraps the editor's dispatch so that suggestion mode rewrites the delegate's changes into proposals. */
  dispatch: (apply: Dispatch) => Dispatch
  /** Follows a transaction the editor applied: the view switch, and the panel when its entries may change. */
  applied: (tr: Transaction, state: EditorState) => void
}

/** The amendment side of the draft page, set up by {@link setUpAmending}. */
export interface Amending extends AmendingEditor {
  store: AmendmentStore
  /** Suggestion mode as the toolbar shows it; null for an observer. */
  suggestion: ToolbarSuggestion | null
  panel: AmendmentsPanel
  sponsors: SponsorsPanel
  viewSwitch: ViewSwitch
  /** Starts following the editor once it shows the draft: draws the panel and the view switch for it. */
  start: () => void
  /** Draws the panels, the view switch and the proposals' hover text again in the interface language. */
  relabel: () => void
}

/**
 * Sets up what the page needs for amendments (DESIGN.md section 5): the records of the `amendments` map and
 * their statuses, suggestion mode (always on for a delegation, the facilitator's "Suggest changes" switch for
 * her), the panel with its actions, the co-sponsors, the view switch; and keeps them in step with the map. The
 * page places the panels and the switch.
 */
export function setUpAmending(options: AmendingOptions): Amending {
  const { ydoc, viewer, view, banner } = options
  const store = yMapStore(ydoc)
  let statuses = new Map<string, AmendmentStatus>()
  const readStatuses = () => {
    statuses = new Map([...store.values()].map((r) => [r.id, r.status]))
  }
  readStatuses()
  const suggesting = { on: viewer.role === 'delegate' }
  const actions = new AmendmentActions({
    target: view,
    ydoc,
    store,
    delegation: viewer.delegation,
    role: viewer.role,
  })
  const viewSwitch = new ViewSwitch(view, (mode: ViewMode) => {
    if (mode === 'clean') banner.show('view', { key: 'view.cleanNote', tone: 'info' })
    else banner.hide('view')
    options.onViewMode()
  })
  const panel = new AmendmentsPanel({
    view,
    ydoc,
    store,
    viewer,
    actions,
    show: (id, keepFocus) => {
      const editor = view()
      const tr = editor && showAmendment(editor.state, id)
      if (!editor || !tr) return
      editor.dispatch(tr)
      if (!keepFocus) editor.focus()
    },
    report: (key, vars) =>
      banner.show('amend', { key, ...(vars ? { vars } : {}), tone: 'warning', dismissible: true }),
  })
  const sponsors = new SponsorsPanel(ydoc, viewer)
  ydoc.getMap(SHARED.amendments).observeDeep(() => {
    readStatuses()
    // After the Yjs transaction that wrote the records has ended and the editor has taken its text changes.
    queueMicrotask(() => {
      const editor = view()
      if (editor) editor.dispatch(renumber(refreshAmendments(editor.state.tr)))
    })
  })
  const observer = viewer.role === 'observer'
  return {
    store,
    statusOf: () => (id) => statuses.get(id),
    suggestion: observer ? null : toolbarSuggestion(viewer, suggesting),
    plugins: observer
      ? []
      : [
          suggestionPlugin({
            delegation: viewer.delegation,
            enabled: () => suggesting.on,
            store,
            transact: (write) => ydoc.transact(write, ySyncPluginKey),
          }),
        ],
    pick: (id) => panel.pick(id),
    dispatch: (apply) => (observer ? apply : withSuggestions(apply)),
    applied: (tr, state) => {
      viewSwitch.update()
      if (mayChangePanel(tr, amendmentsKey.getState(state)?.touches ?? new Map())) panel.schedule()
    },
    panel,
    sponsors,
    viewSwitch,
    start: () => {
      // Undoing the typing of an amendment once decided would change agreed text (or bring back a rejected one).
      clearUndoWhenDecided(ydoc, viewer.delegation, () => {
        const editor = view()
        if (editor) yUndoPluginKey.getState(editor.state)?.undoManager.clear()
      })
      panel.render()
      viewSwitch.update()
    },
    relabel: () => {
      panel.render()
      sponsors.render()
      viewSwitch.render()
      const editor = view()
      if (editor) {
        editor.setProps({ markViews: amendmentMarkViews() })
        editor.dispatch(refreshAmendments(editor.state.tr))
      }
    },
  }
}

/** Suggestion mode in the toolbar: the facilitator's switch, or a delegation's sign that it is always on. */
function toolbarSuggestion(viewer: Viewer, suggesting: { on: boolean }): ToolbarSuggestion {
  if (viewer.role !== 'chair') return { on: () => true }
  return {
    on: () => suggesting.on,
    set: (on) => {
      suggesting.on = on
    },
  }
}
