import type { Node } from 'prosemirror-model'
import type * as Y from 'yjs'
import { amendmentRecords } from '../drafts/read.ts'
import { proseMirrorDoc } from '../drafts/ydoc.ts'
import type { UpdateChange } from '../model/index.ts'
import type { Identity } from '../policy/index.ts'
import type { NewHistoryEntry } from '../storage/index.ts'
import { amendmentEvents } from './amendment-events.ts'
import { amendmentWords } from './amendment-words.ts'
import { type ClauseLabeller, clauseLabeller } from './clause-label.ts'
import type { HistoryEvent } from './history-event.ts'
import { sponsorEvents, statusEvents } from './map-events.ts'

/** Whether an update may hold anything the history keeps: plain editing of the text never does. */
export const mayConcernHistory = (change: UpdateChange): boolean =>
  change.amendments.length > 0 || change.sponsors.length > 0 || change.statuses.length > 0

/** One version of the draft (before or after an update), converted and numbered only if an entry needs it. */
class Version {
  private converted: { doc: Node; labels: ClauseLabeller } | null = null
  constructor(private readonly ydoc: Y.Doc) {}

  get doc(): Node {
    this.converted ??= this.convert()
    return this.converted.doc
  }

  label(clause: string | null): string | null {
    if (clause === null) return null
    this.converted ??= this.convert()
    return this.converted.labels(clause)
  }

  private convert() {
    const doc = proseMirrorDoc(this.ydoc)
    return { doc, labels: clauseLabeller(doc, amendmentRecords(this.ydoc)) }
  }
}

/**
 * The history entries of an accepted update, by the connection that sent it, at `at`: its proposals,
 * decisions, withdrawals and support, sponsors who joined or left, paragraph statuses set, each with its clause
 * named as the draft numbered it then (the draft before the update for what the update takes away).
 */
export function historyEntriesOf(change: UpdateChange, sender: Identity, at: number): NewHistoryEntry[] {
  const events: HistoryEvent[] = [
    ...amendmentEvents(change.amendments),
    ...sponsorEvents(change.sponsors),
    ...statusEvents(change.statuses),
  ]
  if (events.length === 0) return []
  const versions = { before: new Version(change.before), after: new Version(change.after) }
  return events.map((event) => ({
    at,
    delegation: sender.delegation,
    role: sender.role,
    action: event.action,
    amendment: event.amendment,
    clause: event.clause,
    label: versions[event.labelIn].label(event.clause),
    detail: event.wordsOf
      ? { ...event.detail, ...amendmentWords(versions.before.doc, event.wordsOf) }
      : event.detail,
  }))
}
