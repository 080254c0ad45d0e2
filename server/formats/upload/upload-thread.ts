import { Worker } from 'node:worker_threads'
import { docFromJSON, type Lang } from '../../../schema/index.ts'
import type { ImportedDraft } from '../../drafts/import.ts'
import {
  BadRequestBody,
  type UploadJob,
  type UploadMessage,
  type UploadReply,
  type UploadResults,
} from './upload-job.ts'

// One worker thread per process does the work of uploads (upload-worker.ts): the whole of an API upload
// (parsing the body, decoding the file, reading it, making the shared document) and the import of texts with the
// spelling dictionaries. One thread, not the export pool's: a dictionary takes up to 300 MB (Russian), loaded once
// and kept here, where each export thread would load its own; and uploads are a facilitator's occasional act,
// so one queue is enough. It is started on the first upload and kept; it holds the process open only while a
// job is under way, so a command exits when its work is done.

interface Pending {
  resolve(result: UploadResults[UploadJob['kind']]): void
  reject(error: Error): void
}

let worker: Worker | null = null
let nextId = 1
const pending = new Map<number, Pending>()

function failAll(w: Worker, error: Error): void {
  if (worker !== w) return
  for (const p of pending.values()) p.reject(error)
  pending.clear()
  worker = null
}

/** The error a failed job's reply describes, of the class it was thrown as where that matters to the caller. */
function errorOf(reply: Extract<UploadReply, { ok: false }>): Error {
  if (reply.kind === 'body') return new BadRequestBody(reply.message)
  return reply.kind === 'range' ? new RangeError(reply.message) : new Error(reply.message)
}

function started(): Worker {
  if (worker) return worker
  const w = new Worker(new URL('./worker-entry.js', import.meta.url), { execArgv: [] })
  w.on('message', (reply: UploadReply) => {
    const p = pending.get(reply.id)
    if (!p) return
    pending.delete(reply.id)
    if (pending.size === 0) w.unref()
    if (reply.ok) p.resolve(reply.result)
    else p.reject(errorOf(reply))
  })
  w.on('error', (e) => failAll(w, new Error(`the upload worker thread failed: ${e.message}`)))
  w.on('exit', (code) => failAll(w, new Error(`the upload worker thread stopped (exit code ${code})`)))
  worker = w
  return w
}

/**
 * Runs a job in the upload thread. Rejects with the RangeError of a request or file that cannot be read, a
 * {@link BadRequestBody} for a body that is not a JSON object, or an Error for a fault.
 */
export function inUploadThread<K extends UploadJob['kind']>(
  job: Extract<UploadJob, { kind: K }>,
): Promise<UploadResults[K]> {
  const w = started()
  const id = nextId++
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve: resolve as Pending['resolve'], reject })
    w.ref()
    w.postMessage({ id, job } satisfies UploadMessage)
  })
}

/**
 * Imports a text as `importDraftText` does, with the spelling dictionary of its language to repair words
 * broken by PDF extraction, in the upload thread: the event loop stays free for the rooms while a dictionary
 * loads. Rejects with the importer's RangeError for a text it cannot read.
 */
export async function importInThread(text: string, lang: Lang | undefined): Promise<ImportedDraft> {
  const { doc, warnings, format } = await inUploadThread({ kind: 'import', text, lang })
  return { doc: docFromJSON(doc), warnings, format }
}

/** Stops the upload thread (tests, and a server that closes); the next upload starts another. */
export async function stopUploadThread(): Promise<void> {
  const w = worker
  if (!w) return
  failAll(w, new Error('the upload worker thread was stopped'))
  await w.terminate()
}
