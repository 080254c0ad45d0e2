import { parentPort } from 'node:worker_threads'
import { compareDrafts, docFromJSON, paragraphStatuses, SHARED } from '../../../schema/index.ts'
import { amendmentRecords } from '../../drafts/read.ts'
import { draftDocFromStore, proseMirrorDoc } from '../../drafts/ydoc.ts'
import { writeComparisonDocx } from '../docx/compare.ts'
import { exportFile } from '../export.ts'
import type { ExportSource } from '../file-formats.ts'
import type { PdfPrinter } from '../pdf/index.ts'
import type { ExportJob, ExportReply, FileJob } from './job.ts'

/** The draft a job carries, as `exportFile` takes it; a stored draft read as `readDraft` reads it. */
function sourceOf(draft: FileJob['draft']): ExportSource {
  if (draft.kind === 'source') {
    return {
      doc: docFromJSON(draft.doc),
      records: draft.records,
      ...(draft.statuses ? { statuses: paragraphStatuses(draft.statuses) } : {}),
    }
  }
  const ydoc = draftDocFromStore(draft.stored)
  return {
    doc: proseMirrorDoc(ydoc),
    records: amendmentRecords(ydoc),
    statuses: paragraphStatuses(ydoc.getMap<unknown>(SHARED.statuses).entries()),
  }
}

// The body of an export worker thread (export-pool.ts): it writes the exports it is sent one after the other, as
// the server did on its own event loop. PDF never comes here: Chromium prints it in a process of its own.

const noPrinter = {
  print(): never {
    throw new Error('an export worker thread does not print PDF')
  },
} as unknown as PdfPrinter

parentPort?.on('message', async (job: ExportJob) => {
  let reply: ExportReply
  try {
    const body =
      job.kind === 'file'
        ? await exportFile(sourceOf(job.draft), job.request, { pdf: noPrinter })
        : await writeComparisonDocx(compareDrafts(docFromJSON(job.from), docFromJSON(job.to), job.options))
    reply = { id: job.id, ok: true, body }
  } catch (e) {
    const error = e instanceof Error ? e : new Error(String(e))
    reply = { id: job.id, ok: false, name: error.name, message: error.message }
  }
  parentPort?.postMessage(reply)
})
