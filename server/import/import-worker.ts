import { parentPort } from 'node:worker_threads'
import { importDraftText } from '../drafts/import.ts'
import { spellingDictionaries } from './dictionary.ts'
import type { ImportReply, ImportRequest } from './import-thread.ts'

// The body of the import worker thread: it imports texts with the spelling dictionaries, which it loads on
// first use of each language and keeps, so that the seconds (English) to minute (French) of building one are
// spent off the event loop of the server that is serving rooms.

parentPort?.on('message', ({ id, text, lang }: ImportRequest) => {
  let reply: ImportReply
  try {
    const { doc, warnings, format } = importDraftText(text, lang, spellingDictionaries)
    reply = { id, ok: true, doc: doc.toJSON(), warnings, format }
  } catch (e) {
    const error = e instanceof Error ? e : new Error(String(e))
    reply = { id, ok: false, name: error.name, message: error.message }
  }
  parentPort?.postMessage(reply)
})
