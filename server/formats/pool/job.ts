import type { Node } from 'prosemirror-model'
import type { AmendmentRecord, CompareOptions, StatusEntry } from '../../../schema/index.ts'
import type { StoredDraft } from '../../storage/index.ts'
import type { ExportSource, FileRequest } from '../file-formats.ts'

/** A draft as a worker thread receives it: a document as JSON with its records and statuses (as entries). */
export interface SourceJob {
  kind: 'source'
  doc: unknown
  records: readonly AmendmentRecord[]
  statuses: [string, StatusEntry][] | null
}

/**
 * A draft as stored (its Yjs snapshot and log), which the worker thread reads: reading a long draft takes as long
 * as writing it, so it too is done off the event loop.
 */
export interface StoredJob {
  kind: 'stored'
  stored: StoredDraft
}

/** An export as a worker thread receives it: the draft and what to write. */
export interface FileJob {
  id: number
  kind: 'file'
  draft: SourceJob | StoredJob
  request: FileRequest
}

/**
 * A comparison's Word file: the two versions (as JSON) and how to compare them; the thread compares them and
 * writes the file, both as long as an export for a long draft.
 */
export interface ComparisonJob {
  id: number
  kind: 'comparison'
  from: unknown
  to: unknown
  options: CompareOptions
}

/** What an export worker thread is sent. */
export type ExportJob = FileJob | ComparisonJob

/** A worker's answer: the file, or the error the writer threw (its name tells a RangeError apart). */
export type ExportReply =
  | { id: number; ok: true; body: string | Uint8Array }
  | { id: number; ok: false; name: string; message: string }

/** The status of every node that has one, as entries a worker rebuilds the lookup from (a lookup is a function). */
function statusEntries(doc: Node, source: ExportSource): [string, StatusEntry][] | null {
  const lookup = source.statuses
  if (!lookup) return null
  const entries: [string, StatusEntry][] = []
  doc.descendants((node) => {
    const id = node.attrs.id
    if (typeof id === 'string') {
      const entry = lookup(id)
      if (entry) entries.push([id, entry])
    }
    return true
  })
  return entries
}

/** A draft as plain data a worker thread can be sent (structured clone: no nodes, no functions). */
export function sourceJob(source: ExportSource): SourceJob {
  return {
    kind: 'source',
    doc: source.doc.toJSON(),
    records: source.records.map((r) => ({ ...r })),
    statuses: statusEntries(source.doc, source),
  }
}
