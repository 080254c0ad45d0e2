import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as Y from 'yjs'
import { SqliteStorage } from './server/storage/index.ts'
import { draftDocFrom, draftDocFromStore, listedFields } from './server/drafts/ydoc.ts'
import { operativeTexts } from './server/bench/typist.ts'
import { readResolutionFile } from './server/formats/index.ts'

const N = Number(process.argv[2] ?? 50000)
const dir = mkdtempSync(join(tmpdir(), 'prof-'))
const storage = new SqliteStorage(dir)
const md = readFileSync('server/bench/fixtures/fr_A-RES-71-194.md')
const imported = await readResolutionFile(md, { name: 'x.md' } as never)
const seed = draftDocFrom((imported as { doc: never }).doc ?? imported)
const snapshot = Y.encodeStateAsUpdate(seed)
for (const id of ['d1', 'd2']) {
  await storage.createDraft(id, { title: 't', symbol: 's', lang: 'fr', organ: 'ga' } as never, snapshot)
  const doc = new Y.Doc({ gc: false })
  Y.applyUpdate(doc, snapshot)
  const [text] = operativeTexts(doc)
  const ups: Uint8Array[] = []
  doc.on('update', (u: Uint8Array) => ups.push(u))
  for (let i = 0; i < N; i++) text!.insert(text!.length, 'abcdefghijklmnopqrstuvwxyz '[i % 27]!)
  for (const u of ups) await storage.appendUpdate(id, u)
}
const cpu = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000 }
for (const id of ['d1', 'd2']) {
  let t = performance.now(), c = cpu()
  const lap = (name: string) => { const n = performance.now(), cc = cpu(); console.log(name.padEnd(28), 'wall', (n - t).toFixed(1), 'cpu', (cc - c).toFixed(1)); t = n; c = cc }
  await storage.longLogs(500); lap('longLogs')
  const stored = (await storage.loadDraft(id))!; lap('loadDraft')
  const doc = draftDocFromStore(stored); lap('draftDocFromStore')
  const state = Y.encodeStateAsUpdate(doc); lap('encode')
  const f = listedFields(doc); lap('listedFields')
  await storage.compact(id, state, stored.lastSeq, f); lap('storage.compact')
  const again = (await storage.loadDraft(id))!; lap('loadDraft after')
  draftDocFromStore(again); lap('draftDocFromStore after')
}
