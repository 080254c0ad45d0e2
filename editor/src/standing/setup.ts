import type { Plugin } from 'prosemirror-state'
import type { EditorView } from 'prosemirror-view'
import type * as Y from 'yjs'
import { SHARED, type StatusLookup } from '../../../schema/index.ts'
import type { Banner } from '../view/banner.ts'
import { CommentsClient } from './comments-client.ts'
import { CommentsPanel } from './comments-panel.ts'
import { refreshStanding, standingPlugin } from './decorations.ts'
import { StandingPanel } from './standing-panel.ts'
import { readStatuses } from './statuses.ts'

/** What the page gives the standing side. */
export interface StandingOptions {
  ydoc: Y.Doc
  viewer: { delegation: string; role: string }
  /** The editor, once there is one. */
  view: () => EditorView | null
  token: string
  draftId: string
  banner: Banner
}

/** Where paragraphs stand and the comments, set up for the page by {@link setUpStanding}. */
export interface Standing {
  /** The editor plugin that shows statuses, brackets and alternatives, and filters paragraphs. */
  plugin: Plugin
  panel: StandingPanel
  comments: CommentsPanel
  /** Starts once the editor shows the draft: draws the panels and fetches the comments. */
  start: () => void
  /** Follows a transaction the editor applied (the cursor may be in another paragraph). */
  applied: () => void
  /** Draws everything again in the interface language. */
  relabel: () => void
}

/**
 * Sets up where each paragraph stands (issue 13): the statuses of the `statuses` map (redrawn in the editor when
 * it changes), the plugin that shows them with the brackets and alternatives, the panel with the summary, the
 * filter and the facilitator's controls, and the comments panel over the comments API. The page places the
 * panels and gives the plugin to the editor.
 */
export function setUpStanding(options: StandingOptions): Standing {
  const { ydoc, view } = options
  let statuses: StatusLookup = readStatuses(ydoc)
  const redraw = () => {
    const editor = view()
    if (editor) editor.dispatch(refreshStanding(editor.state.tr))
  }
  ydoc.getMap(SHARED.statuses).observe(() => {
    statuses = readStatuses(ydoc)
    // After the Yjs transaction has ended, as the amendment side does.
    queueMicrotask(redraw)
  })
  const panel = new StandingPanel({ view, ydoc, viewer: options.viewer, statuses: () => statuses })
  const comments = new CommentsPanel({
    view,
    ydoc,
    client: new CommentsClient(options.token, options.draftId),
    viewer: options.viewer,
    report: (key, reason) =>
      options.banner.show('comments', { key, vars: { reason }, tone: 'warning', dismissible: true }),
  })
  return {
    plugin: standingPlugin(() => statuses),
    panel,
    comments,
    start: () => {
      panel.render()
      void comments.load()
    },
    applied: () => {
      panel.update()
      comments.update()
    },
    relabel: () => {
      panel.render()
      comments.render()
      redraw()
    },
  }
}
