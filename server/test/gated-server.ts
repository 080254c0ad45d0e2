// A server whose store can be held back, run as its own process for the browser test of the "Saved" status
// (editor/test/browser-saved.test.ts), which cannot load the server's code: `node --import tsx
// server/test/gated-server.ts DATA_DIR`. It serves the built editor on a free port of 127.0.0.1 with one small
// draft, prints one JSON line `{"link": ...}` (the facilitator's link), then reads `hold` and `release` lines on
// stdin and prints `held` when an update waits at the closed gate and `stored` when one is stored.
import { createInterface } from 'node:readline'
import { createDraft, draftLink, EDITOR_DIST, SqliteStorage, silentLog, startServer } from '../index.ts'
import { gatedStorage } from './gated-storage.ts'
import { sampleDoc } from './helpers.ts'

const dataDir = process.argv[2]
if (!dataDir) {
  console.error('usage: gated-server.ts DATA_DIR')
  process.exit(2)
}
const storage = gatedStorage(new SqliteStorage(dataDir), (event) => console.log(event))
const server = await startServer({
  dataDir,
  port: 0,
  host: '127.0.0.1',
  editorDir: EDITOR_DIST,
  storage,
  log: silentLog,
})
const draft = await createDraft(storage, sampleDoc())
const { token } = await server.authority.issue({
  draft: draft.id,
  delegation: 'Chair',
  role: 'chair',
  lifetime: 86_400_000,
})
console.log(JSON.stringify({ link: draftLink(server.url, draft.id, token) }))

createInterface({ input: process.stdin }).on('line', (line) => {
  if (line === 'hold') storage.hold()
  else if (line === 'release') storage.release()
})
process.stdin.on('end', () => {
  storage.release()
  void server.close().then(() => process.exit(0))
})
