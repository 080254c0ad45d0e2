// Comparing two stored revisions of a 100-paragraph draft (20 changes, 5 moves, renumbering: see
// negotiated-draft.ts) over the API, as a program or the editor asks for it: JSON, inline HTML and Word, each
// change attributed from the history (the accepted proposals' delegations, the oral revisions).
import type { Node } from 'prosemirror-model'
import * as Y from 'yjs'
import { createDraft } from '../drafts/create.ts'
import type { NewHistoryEntry, Storage } from '../storage/index.ts'
import { negotiatedDrafts } from './negotiated-draft.ts'

type Median = (name: string, runs: number, fn: () => Promise<unknown>, warmup?: number) => Promise<number>

/** A revision of the bench draft as stored, with a Yjs state of nothing but what the comparison does not read. */
const revision = (draft: string, n: number, doc: Node, date: number) => ({
  draft,
  n,
  symbol: `A/C.3/71/L.23/Rev.${n}`,
  note: `bench revision ${n}`,
  date,
  by: 'Facilitator',
  state: Y.encodeStateAsUpdate(new Y.Doc()),
  doc: JSON.stringify(doc.toJSON()),
  records: '[]',
})

/**
 * Times comparing Rev.1 with Rev.2 of a negotiated draft over the API (`GET /api/drafts/ID/compare`) as JSON,
 * inline HTML and Word, printing each; returns `compare_json_ms` and `compare_docx_ms`.
 */
export async function compareBench(
  storage: Storage,
  url: string,
  sample: string,
  median: Median,
  token: (draft: string) => Promise<string>,
): Promise<Record<string, number>> {
  const { from, to, authors } = negotiatedDrafts(sample)
  const draft = await createDraft(storage, to)
  const start = Date.now() - 10 * 60_000
  await storage.addRevision(revision(draft.id, 1, from, start))
  const entry = (at: number, action: string, fields: Partial<NewHistoryEntry>): NewHistoryEntry => ({
    at,
    delegation: 'Facilitator',
    role: 'chair',
    action,
    amendment: null,
    clause: null,
    label: null,
    detail: {},
    ...fields,
  })
  await storage.appendHistory(draft.id, [
    entry(start, 'revision.issued', { detail: { revision: 1 } }),
    ...authors.map((a, i) =>
      entry(start + 1000 + i, a.oral ? 'revision.oral' : 'amendment.accepted', {
        clause: a.clause,
        ...(a.oral ? {} : { amendment: `a${i}` }),
        detail: {
          inserted: a.inserted,
          deleted: a.deleted,
          ...(a.paragraph ? { paragraph: a.paragraph } : {}),
          ...(a.oral ? { note: a.oral } : { proposer: a.author }),
        },
      }),
    ),
    entry(start + 60_000, 'revision.issued', { detail: { revision: 2 } }),
  ])
  await storage.addRevision(revision(draft.id, 2, to, start + 60_000))
  const reader = await token(draft.id)
  const get = (query: string) => async () => {
    const answer = await fetch(`${url}/api/drafts/${draft.id}/compare?from=1&to=2&${query}`, {
      headers: { Authorization: `Bearer ${reader}` },
    })
    if (answer.status !== 200)
      throw new Error(`the comparison answered ${answer.status}: ${await answer.text()}`)
    return answer.arrayBuffer()
  }
  const summary = JSON.parse(new TextDecoder().decode(await get('format=json')())).summary
  console.log(`compare Rev.1 with Rev.2: ${JSON.stringify(summary)}`)
  const json = await median('compare, JSON (API)', 40, get('format=json'), 20)
  await median('compare, HTML (API)', 30, get('format=html'), 10)
  return {
    compare_json_ms: json,
    compare_docx_ms: await median('compare, Word (API)', 30, get('format=docx'), 10),
  }
}
