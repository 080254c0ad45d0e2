import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Node } from 'prosemirror-model'
import { Transform } from 'prosemirror-transform'
import * as Y from 'yjs'
import { type AmendmentRecord, acceptAmendment, proposalAttr, SHARED, schema } from '../../schema/index.ts'
import { draftDocFrom } from '../drafts/ydoc.ts'
import { writeRecord } from '../model/index.ts'
import type { Identity } from '../policy/index.ts'
import {
  historyCSV,
  historyEntriesOf,
  mayConcernHistory,
  revisionNumberOf,
  revisionSymbol,
  wordDiff,
} from '../record/index.ts'
import { describeChange } from '../room/index.ts'
import type { HistoryEntry } from '../storage/index.ts'
import { clauseAt, craft, pmDoc, recordFor, writeDoc } from './amendments-fixture.ts'
import { negotiationDoc } from './record-fixture.ts'

const T = 1_700_000_000_000
const chair: Identity = { draftId: 'd', delegation: 'Facilitator', role: 'chair', tokenId: 't' }
const egypt: Identity = { draftId: 'd', delegation: 'Egypt', role: 'delegate', tokenId: 'e' }

/** The history entries of a change made on a copy of `draft`, as the room describes it. */
function entriesOf(draft: Y.Doc, change: (copy: Y.Doc) => void, who = chair) {
  const client = new Y.Doc({ gc: false })
  Y.applyUpdate(client, Y.encodeStateAsUpdate(draft))
  const update = craft(client, () => change(client))
  const staging = new Y.Doc({ gc: false })
  Y.applyUpdate(staging, Y.encodeStateAsUpdate(draft))
  let transaction: Y.Transaction | null = null
  staging.on('afterTransaction', (tr: Y.Transaction) => {
    transaction ??= tr
  })
  Y.applyUpdate(staging, update)
  const described = describeChange(transaction!, staging, draft)
  return { change: described, entries: historyEntriesOf(described, who, T) }
}

/** A draft with a record written in it. */
function withRecords(doc: Node, records: AmendmentRecord[]): Y.Doc {
  const ydoc = draftDocFrom(doc)
  ydoc.transact(() => {
    for (const r of records) writeRecord(ydoc.getMap(SHARED.amendments), r)
  })
  return ydoc
}

/** Egypt's proposal of a new paragraph after operative paragraph 2, as its editor writes it. */
function newParagraphDraft(): { doc: Node; record: AmendmentRecord } {
  const doc = negotiationDoc()
  const tr = new Transform(doc)
  const o2 = clauseAt(doc, 'o2')
  const added = schema.nodes.operative.create(
    { id: 'n1', proposal: proposalAttr({ amendment: 'eg5', delegation: 'Egypt', kind: 'insert' }) },
    schema.nodes.para.create(null, schema.text('Urges States to act together;')),
  )
  tr.insert(o2.pos + o2.node.nodeSize, added)
  const record = recordFor(tr.doc, { id: 'eg5', delegation: 'Egypt', clause: 'n1', kind: 'insert-paragraph' })
  return { doc: tr.doc, record }
}

describe('history entries from an update', () => {
  it('passes over plain typing at once', () => {
    const draft = draftDocFrom(negotiationDoc())
    const { change, entries } = entriesOf(draft, (copy) => {
      const tr = new Transform(pmDoc(copy))
      tr.insert(clauseAt(tr.doc, 'o1').pos + 2, schema.text('very '))
      writeDoc(copy, tr.doc)
    })
    assert.equal(mayConcernHistory(change), false)
    assert.deepEqual(entries, [])
  })

  it('names a proposed new paragraph as a compilation does, "operative paragraph 2 bis"', () => {
    const { doc, record } = newParagraphDraft()
    const draft = draftDocFrom(doc)
    const { entries } = entriesOf(draft, (copy) => writeRecord(copy.getMap(SHARED.amendments), record), egypt)
    assert.deepEqual(
      entries.map((e) => [e.action, e.delegation, e.role, e.clause, e.label]),
      [['amendment.proposed', 'Egypt', 'delegate', 'n1', 'operative paragraph 2 bis']],
    )
  })

  it('gives the words of an accepted new paragraph, and names it by its number before the decision', () => {
    const { doc, record } = newParagraphDraft()
    const draft = withRecords(doc, [record])
    const { entries } = entriesOf(draft, (copy) => {
      writeDoc(copy, acceptAmendment(pmDoc(copy), 'eg5').doc)
      writeRecord(copy.getMap(SHARED.amendments), { ...record, status: 'accepted', updated: T + 1 })
    })
    assert.equal(entries.length, 1)
    const [accepted] = entries
    assert.deepEqual(
      [accepted!.action, accepted!.label, accepted!.detail],
      [
        'amendment.accepted',
        'operative paragraph 2 bis',
        {
          proposer: 'Egypt',
          kind: 'insert-paragraph',
          inserted: ['Urges', 'States', 'to', 'act', 'together;'],
          deleted: [],
          paragraph: 'insert',
        },
      ],
    )
  })

  it('keeps the deletion of a whole paragraph with its words, and its number before it went', () => {
    const doc = negotiationDoc()
    const tr = new Transform(doc)
    tr.setNodeAttribute(
      clauseAt(doc, 'o5').pos,
      'proposal',
      proposalAttr({ amendment: 'eg6', delegation: 'Egypt', kind: 'delete' }),
    )
    const record = recordFor(tr.doc, {
      id: 'eg6',
      delegation: 'Egypt',
      clause: 'o5',
      kind: 'delete-paragraph',
    })
    const draft = withRecords(tr.doc, [record])
    const { entries } = entriesOf(draft, (copy) => {
      writeDoc(copy, acceptAmendment(pmDoc(copy), 'eg6').doc)
      writeRecord(copy.getMap(SHARED.amendments), { ...record, status: 'accepted', updated: T + 1 })
    })
    assert.deepEqual(
      [entries[0]!.label, entries[0]!.detail.paragraph, entries[0]!.detail.deleted],
      [
        'operative paragraph 5',
        'delete',
        ['Invites', 'the', 'regional', 'organizations', 'to', 'contribute;'],
      ],
    )
  })

  it('keeps a pending proposal erased by its delegation, and a sponsor entry that changed', () => {
    const { doc, record } = newParagraphDraft()
    const draft = withRecords(doc, [record])
    draft.getMap(SHARED.sponsors).set('Egypt', { since: T })
    const { entries } = entriesOf(
      draft,
      (copy) => {
        copy.getMap(SHARED.amendments).delete('eg5')
        copy.getMap(SHARED.sponsors).set('Egypt', { since: T, role: 'main' })
      },
      egypt,
    )
    assert.deepEqual(
      entries.map((e) => [e.action, e.amendment, e.detail.sponsor ?? e.detail.proposer]),
      [
        ['amendment.removed', 'eg5', 'Egypt'],
        ['sponsor.changed', null, 'Egypt'],
      ],
    )
  })

  it('keeps a paragraph status set, changed and taken away, with the note', () => {
    const draft = draftDocFrom(negotiationDoc())
    const set = entriesOf(draft, (copy) =>
      copy
        .getMap('statuses')
        .set('o3', { status: 'agreed', note: 'after informals', by: 'Facilitator', at: T }),
    )
    assert.deepEqual(
      set.entries.map((e) => [e.action, e.clause, e.label, e.detail]),
      [
        [
          'status.changed',
          'o3',
          'operative paragraph 3',
          { from: null, to: 'agreed', note: 'after informals' },
        ],
      ],
    )
    draft.getMap('statuses').set('o3', { status: 'agreed', by: 'Facilitator', at: T })
    const gone = entriesOf(draft, (copy) => copy.getMap('statuses').delete('o3'))
    assert.deepEqual(gone.entries[0]!.detail, { from: 'agreed', to: null })
  })
})

describe('the history as CSV', () => {
  const entry = (fields: Partial<HistoryEntry>): HistoryEntry => ({
    draft: 'd',
    seq: 1,
    at: T,
    delegation: 'Egypt',
    role: 'delegate',
    action: 'amendment.proposed',
    amendment: 'eg1',
    clause: 'o1',
    label: 'operative paragraph 1',
    detail: { proposer: 'Egypt', kind: 'insert-words' },
    ...fields,
  })

  it('quotes commas, quotes and line breaks, and keeps a would-be formula as text', () => {
    const csv = historyCSV([
      entry({}),
      entry({
        seq: 2,
        delegation: '=HYPERLINK("http://x")',
        action: 'sponsor.joined',
        detail: { sponsor: 'A, B' },
      }),
      entry({ seq: 3, action: 'revision.oral', detail: { note: 'line one\nline two' } }),
    ])
    const lines = csv.split('\r\n')
    assert.equal(lines.length, 5, 'header, three rows (one with a line break inside a field), and the end')
    assert.match(lines[1]!, /^1,2023-11-14T22:13:20\.000Z,Egypt,delegate,amendment\.proposed,eg1,o1,/)
    assert.match(lines[2]!, /^2,[^,]+,"'=HYPERLINK\(""http:\/\/x""\)",delegate,sponsor\.joined,/)
    assert.match(lines[2]!, /,added A, B to the sponsors,|,"added A, B to the sponsors",/)
    assert.match(csv, /"orally revised operative paragraph 1 \(line one\nline two\)"/)
  })
})

describe('revision symbols and word differences', () => {
  it('moves a symbol on to /Rev.N, and replaces an earlier /Rev.', () => {
    assert.equal(revisionSymbol('A/C.3/71/L.23', 1), 'A/C.3/71/L.23/Rev.1')
    assert.equal(revisionSymbol('A/C.3/71/L.23/Rev.1', 2), 'A/C.3/71/L.23/Rev.2')
    assert.equal(revisionSymbol('', 4), '')
    assert.deepEqual(
      ['A/C.3/71/L.23', 'A/C.3/71/L.23/Rev.12', 'S/2024/Rev'].map(revisionNumberOf),
      [0, 12, 0],
    )
  })

  it('tells the words inserted and deleted between two wordings of a paragraph', () => {
    assert.deepEqual(
      wordDiff('Decides to promote the rights;', 'Decides to promote and protect the rights;'),
      {
        inserted: ['and', 'protect'],
        deleted: [],
      },
    )
    assert.deepEqual(wordDiff('Urges all States to act;', 'Invites States to act now;'), {
      inserted: ['Invites', 'act', 'now;'],
      deleted: ['Urges', 'all', 'act;'],
    })
  })
})
