import { parentPort } from 'node:worker_threads'
import type { Lang } from '../../../schema/index.ts'
import { importDraftText } from '../../drafts/import.ts'
import { spellingDictionaries } from '../../import/dictionary.ts'
import { uploadedDraft, uploadPreview } from './upload-body.ts'
import {
  BadRequestBody,
  type UploadJob,
  type UploadMessage,
  type UploadReply,
  type UploadResults,
} from './upload-job.ts'

// The body of the upload thread (upload-thread.ts): the work of uploads, off the event loop of the server that is
// serving rooms: parsing a 5 MB body, decoding it, reading the file, making the shared document, and the seconds
// (English) to minute (Russian) of building a spelling dictionary, which it loads on first use of each language
// and keeps.

/** Text imported here, directly, with the dictionaries (`readResolutionFile` would send it to this thread). */
const importHere = (text: string, lang: Lang | undefined) => importDraftText(text, lang, spellingDictionaries)

async function run(job: UploadJob): Promise<UploadResults[UploadJob['kind']]> {
  switch (job.kind) {
    case 'import': {
      const { doc, warnings, format } = importHere(job.text, job.lang)
      return { doc: doc.toJSON(), warnings, format }
    }
    case 'create':
      return uploadedDraft(job.body, importHere)
    case 'preview':
      return { json: await uploadPreview(job.body, importHere) }
  }
}

parentPort?.on('message', async ({ id, job }: UploadMessage) => {
  let reply: UploadReply
  try {
    reply = { id, ok: true, result: await run(job) }
  } catch (e) {
    const kind = e instanceof RangeError ? 'range' : e instanceof BadRequestBody ? 'body' : 'fault'
    reply = { id, ok: false, kind, message: e instanceof Error ? e.message : String(e) }
  }
  parentPort?.postMessage(reply)
})
