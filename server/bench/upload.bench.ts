// The event loop's worst delay while a server takes a 5 MB upload (POST /api/drafts, then POST /api/import/preview)
// in its upload thread, against the same work done on the loop as before the thread (issue 16), alternating in one
// run so that both see the same machine load. Ends with one JSON line: the medians of the worst delays, in ms.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Lang } from '../../schema/index.ts'
import { ALL_DRAFTS } from '../auth/index.ts'
import { storeNewDraft } from '../drafts/create.ts'
import { importDraftText } from '../drafts/import.ts'
import { uploadedDraft, uploadPreview } from '../formats/index.ts'
import { spellingDictionaries, spellingDictionary } from '../import/dictionary.ts'
import { silentLog, startServer } from '../index.ts'
import { largeResolutionText, loopDelayDuring } from './large-upload.ts'
import { loadAverage } from './machine-load.ts'

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

const data = mkdtempSync(join(tmpdir(), 'penholder-upload-bench-'))
const server = await startServer({ port: 0, dataDir: data, log: silentLog })
try {
  const { token } = await server.authority.issue({
    draft: ALL_DRAFTS,
    delegation: 'Facilitator',
    role: 'chair',
    lifetime: null,
  })
  const body = Buffer.from(JSON.stringify({ file: largeResolutionText(5 * 1024 * 1024 - 64 * 1024) }))
  const post = async (path: string) => {
    const res = await fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body,
    })
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`)
    await res.arrayBuffer()
  }
  const importHere = (text: string, lang: Lang | undefined) =>
    importDraftText(text, lang, spellingDictionaries)
  // Warm both sides: the thread's code and dictionary, this thread's dictionary.
  await post('/api/import/preview')
  spellingDictionary('en')
  const runs = { create_thread: [], create_loop: [], preview_thread: [], preview_loop: [] } as Record<
    string,
    number[]
  >
  const loads: number[] = []
  for (let i = 0; i < 3; i++) {
    loads.push(loadAverage())
    runs.create_thread!.push(await loopDelayDuring(() => post('/api/drafts')))
    runs.create_loop!.push(
      await loopDelayDuring(async () => storeNewDraft(server.storage, await uploadedDraft(body, importHere))),
    )
    runs.preview_thread!.push(await loopDelayDuring(() => post('/api/import/preview')))
    runs.preview_loop!.push(await loopDelayDuring(() => uploadPreview(body, importHere)))
    console.log(
      `run ${i + 1}: ` +
        Object.entries(runs)
          .map(([k, v]) => `${k} ${v.at(-1)!.toFixed(0)} ms`)
          .join(', '),
    )
  }
  const figures: Record<string, number> = { body_mb: Math.round((body.length / 1048576) * 10) / 10 }
  for (const [k, v] of Object.entries(runs)) figures[`${k}_max_delay_ms`] = Math.round(median(v))
  figures.load_average = median(loads)
  console.log(JSON.stringify(figures))
} finally {
  await server.close()
  rmSync(data, { recursive: true, force: true })
}
