// Times the negotiation's record on a 100-paragraph draft with 50 footnotes: issuing a revision over the API
// (the draft open in a room, as when the facilitator is connected), comparing two revisions with 20 changed
// paragraphs, 5 moves and renumbering (JSON and Word), serving a history of 10,000 entries, and, where
// Chromium and the built editor are present, opening a past revision in the editor. Medians after a warm-up;
// ends with one JSON line: each figure and its ratio to the target (over 1.0 is a miss).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import type { Node } from 'prosemirror-model'
import { schema } from '../../schema/index.ts'
import { createDraft, EDITOR_DIST, SqliteStorage, silentLog, startServer } from '../index.ts'
import type { NewHistoryEntry } from '../storage/index.ts'
import { compareBench } from './compare-bench.ts'
import { formatDraft } from './format-draft.ts'
import { LightClient } from './light-client.ts'
import { timedMedian } from './timed-median.ts'

const CHROMIUM = process.env.PENHOLDER_CHROMIUM ?? '/usr/bin/chromium'
const sample = readFileSync(new URL('../../schema/test/fixtures/fr_A-RES-71-194.md', import.meta.url), 'utf8')

const TARGETS: Record<string, number> = {
  issue_ms: 50,
  compare_json_ms: 50,
  compare_docx_ms: 300,
  history_ms: 100,
  open_revision_ms: 1000,
}

const median = (name: string, runs: number, fn: () => unknown, warmup = 3) =>
  timedMedian(name, runs, fn, warmup)

/** The draft with a symbol in its header, as an L document has. */
function withSymbol(doc: Node, symbol: string): Node {
  const header = doc.child(0)
  const fields: Node[] = []
  header.forEach((f) => {
    fields.push(f.attrs.name === 'symbol' ? f.type.create(f.attrs, schema.text(symbol)) : f)
  })
  return doc.copy(doc.content.replaceChild(0, header.type.create(header.attrs, fields)))
}

/** `count` history entries of a negotiation, of every kind the history keeps. */
function historyEntries(count: number): NewHistoryEntry[] {
  const start = Date.now() - count * 1000
  const kinds = [
    'amendment.proposed',
    'amendment.supported',
    'amendment.accepted',
    'sponsor.joined',
    'status.changed',
  ]
  return Array.from({ length: count }, (_, i) => ({
    at: start + i * 1000,
    delegation: ['Egypt', 'Brazil', 'France', 'Chile', 'Facilitator'][i % 5]!,
    role: i % 5 === 4 ? ('chair' as const) : ('delegate' as const),
    action: kinds[i % kinds.length]!,
    amendment: `a${i}`,
    clause: `c${i % 100}`,
    label: `operative paragraph ${1 + (i % 60)}`,
    detail: { proposer: 'Egypt', kind: 'replace-words', inserted: ['and', 'protect'], deleted: ['promote'] },
  }))
}

const data = mkdtempSync(join(tmpdir(), 'penholder-revisions-bench-'))
const storage = new SqliteStorage(data)
const editorBuilt = existsSync(join(EDITOR_DIST, 'draft.html'))
const server = await startServer({ port: 0, dataDir: data, storage, log: silentLog })
const figures: Record<string, number> = {}
try {
  const doc = withSymbol(formatDraft(sample), 'A/C.3/71/L.23')
  const draft = await createDraft(storage, doc)
  const { token } = await server.authority.issue({
    draft: draft.id,
    delegation: 'Facilitator',
    role: 'chair',
    lifetime: 3_600_000,
  })
  console.log('draft: 100 paragraphs, 50 footnotes')

  // The facilitator's connection holds the room open, as when she issues from the editor.
  const holder = new LightClient(
    `${server.url.replace('http', 'ws')}/collab/${draft.id}?token=${encodeURIComponent(token)}`,
  )
  await holder.synced
  const post = async () => {
    const answer = await fetch(`${server.url}/api/drafts/${draft.id}/revisions`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ note: 'bench' }),
    })
    if (answer.status !== 201) throw new Error(`issuing answered ${answer.status}: ${await answer.text()}`)
  }
  figures.issue_ms = await median('issue a revision (API)', 30, post)
  await holder.close()

  const observer = async (id: string) =>
    (await server.authority.issue({ draft: id, delegation: 'Press', role: 'observer', lifetime: 3_600_000 }))
      .token
  Object.assign(figures, await compareBench(storage, server.url, sample, median, observer))

  const busy = await createDraft(storage, doc)
  await storage.appendHistory(busy.id, historyEntries(10_000))
  const { token: reader } = await server.authority.issue({
    draft: busy.id,
    delegation: 'Press',
    role: 'observer',
    lifetime: 3_600_000,
  })
  const history = (format: string) => async () => {
    const answer = await fetch(`${server.url}/api/drafts/${busy.id}/history?format=${format}`, {
      headers: { Authorization: `Bearer ${reader}` },
    })
    if (answer.status !== 200) throw new Error(`the history answered ${answer.status}`)
    await answer.arrayBuffer()
  }
  figures.history_ms = await median('history, 10,000 (JSON)', 20, history('json'))
  await median('history, 10,000 (CSV)', 10, history('csv'))

  if (existsSync(CHROMIUM) && editorBuilt) {
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu'],
    })
    try {
      const context = await browser.newContext()
      const link = `${server.url}/d/${draft.id}/rev/2#token=${encodeURIComponent(token)}`
      figures.open_revision_ms = await median(
        'open a revision (editor)',
        10,
        async () => {
          const page = await context.newPage()
          await page.goto(link)
          await page.waitForSelector('.ProseMirror .clause', { timeout: 10_000 })
          await page.close()
        },
        2,
      )
    } finally {
      await browser.close()
    }
  } else
    console.log('open a revision (editor)   skipped: needs Chromium and the built editor (npm run build)')
} finally {
  await server.close()
  rmSync(data, { recursive: true, force: true })
}
const ratios = Object.fromEntries(
  Object.entries(figures).map(([key, value]) => [
    key.replace(/_ms$/, '_ratio'),
    +(value / TARGETS[key]!).toFixed(3),
  ]),
)
console.log(JSON.stringify({ bench: 'revisions', ...figures, ...ratios }))
