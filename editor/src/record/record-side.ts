import type { EditorView } from 'prosemirror-view'
import type { Role } from '../../../schema/index.ts'
import { ComparePanel } from './compare-panel.ts'
import { HistoryPanel } from './history-panel.ts'
import { OralRevision } from './oral-revision.ts'
import { RevisionList } from './revision-list.ts'
import { RevisionsPanel } from './revisions-panel.ts'

/** What the record side of the draft page needs from it. */
export interface RecordOptions {
  token: string
  draftId: string
  role: Role
  /** The editor, once there is one (the facilitator's oral revision reads it). */
  view: () => EditorView | null
}

/** The record side of the draft page, set up by {@link setUpRecord}. */
export interface RecordSide {
  /** The panels, in the order the side column shows them: revisions, compare, history. */
  panels: HTMLElement[]
  /** Draws them again in the interface language. */
  relabel: () => void
}

/**
 * The negotiation's record beside the draft: its revisions (the facilitator issues one, or records an oral
 * revision), the comparison of two versions, and the history. The page places the panels.
 */
export function setUpRecord(options: RecordOptions): RecordSide {
  const { token, draftId, role } = options
  const revisions = new RevisionList(token, draftId)
  const oral = role === 'chair' ? new OralRevision({ token, draftId, view: options.view }) : null
  const revisionsPanel = new RevisionsPanel({
    token,
    draftId,
    role,
    revisions,
    ...(oral ? { extra: oral.dom } : {}),
  })
  const compare = new ComparePanel({ token, draftId, revisions })
  const history = new HistoryPanel({ token, draftId })
  return {
    panels: [revisionsPanel.dom, compare.dom, history.dom],
    relabel: () => {
      oral?.render()
      revisionsPanel.render()
      compare.render()
      history.render()
    },
  }
}
