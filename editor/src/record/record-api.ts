import type { HistoryEntryJSON, RevisionJSON } from '../../../schema/index.ts'
import { api } from '../api/client.ts'

// The server's API for the negotiation's record: revisions, comparisons, the history, oral revisions.

const draftPath = (draftId: string) => `/api/drafts/${encodeURIComponent(draftId)}`

/** The address of a draft's revisions. */
export const revisionsPath = (draftId: string): string => `${draftPath(draftId)}/revisions`

/** The base of a revision's address; its exports are under `/export`. */
export const revisionPath = (draftId: string, n: number): string => `${revisionsPath(draftId)}/${n}`

/** A draft's revisions, first to last. */
export const listRevisions = async (token: string, draftId: string): Promise<RevisionJSON[]> =>
  (await api<{ revisions: RevisionJSON[] }>(token, revisionsPath(draftId))).revisions

/** Issues the next revision (the facilitator's token). */
export const issueRevision = (token: string, draftId: string, note: string): Promise<RevisionJSON> =>
  api<RevisionJSON>(token, revisionsPath(draftId), { method: 'POST', body: { note } })

/** A revision as issued: its listing, the document as ProseMirror JSON, and its amendment records. */
export interface OpenedRevision {
  revision: RevisionJSON
  doc: unknown
  records: unknown[]
}

/** Fetches one revision to show it. */
export const openRevision = (token: string, draftId: string, n: number): Promise<OpenedRevision> =>
  api<OpenedRevision>(token, revisionPath(draftId, n))

/** Which entries of the history to ask for. */
export interface HistoryQuery {
  delegation?: string
  clause?: string
}

/** The address of the history in a format, filtered. */
export function historyPath(draftId: string, format: 'json' | 'csv', query: HistoryQuery = {}): string {
  const params = new URLSearchParams({ format })
  if (query.delegation) params.set('delegation', query.delegation)
  if (query.clause) params.set('clause', query.clause)
  return `${draftPath(draftId)}/history?${params}`
}

/** The whole history of a draft, oldest first. */
export const readHistory = async (token: string, draftId: string): Promise<HistoryEntryJSON[]> =>
  (await api<{ history: HistoryEntryJSON[] }>(token, historyPath(draftId, 'json'))).history

/** What the facilitator's editor reports of an oral revision once she has made it in the text. */
export interface OralRevisionReport {
  clause: string
  before: string
  after: string
  note: string
  label: string
}

/** Records an oral revision in the history (the facilitator's token). */
export const recordOralRevision = (token: string, draftId: string, report: OralRevisionReport) =>
  api<{ entry: HistoryEntryJSON }>(token, `${draftPath(draftId)}/oral-revisions`, {
    method: 'POST',
    body: report,
  })

/** The formats a comparison comes in, and how its HTML is laid out. */
export type CompareFormat = 'html' | 'docx' | 'json'
export type CompareLayout = 'inline' | 'side-by-side'

/** The address of a comparison of two versions: revision numbers, or 'current' for the live text. */
export function comparePath(
  draftId: string,
  from: number,
  to: number | 'current',
  format: CompareFormat,
  layout: CompareLayout = 'inline',
): string {
  const params = new URLSearchParams({ from: String(from), to: String(to), format })
  if (format === 'html') params.set('layout', layout)
  return `${draftPath(draftId)}/compare?${params}`
}
