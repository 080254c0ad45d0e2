import { Worker } from 'node:worker_threads'
import { docFromJSON, type ImportFormat, type ImportWarning, type Lang } from '../../schema/index.ts'
import type { ImportedDraft } from '../drafts/import.ts'

// One worker thread per process imports texts with the spelling dictionaries (import-worker.ts): it is started
// on the first import and kept, with the dictionaries it loaded, for the next. It holds the process open only
// while an import is under way, so a command exits when its work is done.

/** A text to import, as the worker thread receives it. */
export interface ImportRequest {
  id: number
  text: string
  lang: Lang | undefined
}

/** The worker thread's answer: the document as JSON with what the importer reported, or the error it threw. */
export type ImportReply =
  | { id: number; ok: true; doc: unknown; warnings: ImportWarning[]; format: ImportFormat }
  | { id: number; ok: false; name: string; message: string }

interface Pending {
  resolve(draft: ImportedDraft): void
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

function started(): Worker {
  if (worker) return worker
  const w = new Worker(new URL('./worker-entry.js', import.meta.url), { execArgv: [] })
  w.on('message', (reply: ImportReply) => {
    const p = pending.get(reply.id)
    if (!p) return
    pending.delete(reply.id)
    if (pending.size === 0) w.unref()
    if (reply.ok) {
      p.resolve({ doc: docFromJSON(reply.doc), warnings: reply.warnings, format: reply.format })
    } else {
      p.reject(reply.name === 'RangeError' ? new RangeError(reply.message) : new Error(reply.message))
    }
  })
  w.on('error', (e) => failAll(w, new Error(`the import worker thread failed: ${e.message}`)))
  w.on('exit', (code) => failAll(w, new Error(`the import worker thread stopped (exit code ${code})`)))
  worker = w
  return w
}

/**
 * Imports a text as `importDraftText` does, with the spelling dictionary of its language to repair words
 * broken by PDF extraction, in the worker thread: the event loop stays free for the rooms while a dictionary
 * loads. Rejects with the importer's RangeError for a text it cannot read.
 */
export function importInThread(text: string, lang: Lang | undefined): Promise<ImportedDraft> {
  const w = started()
  const id = nextId++
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject })
    w.ref()
    w.postMessage({ id, text, lang } satisfies ImportRequest)
  })
}

/** Stops the worker thread (tests, and a server that closes); the next import starts another. */
export async function stopImportThread(): Promise<void> {
  const w = worker
  if (!w) return
  failAll(w, new Error('the import worker thread was stopped'))
  await w.terminate()
}
