import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { type AmendmentRecord, acceptAmendment, amendmentsIn } from '../../schema/index.ts'
import {
  actionsFor,
  clauseNumbers,
  delegationsOf,
  filterEntries,
  mayChangePanel,
  type PanelEntry,
  panelEntries,
  paragraphChoices,
  pendingInParagraph,
  type Viewer,
} from '../src/index.ts'
import { amendedSample, Session, sample, stateOf, textPos } from './amendments-fixture.ts'

const chair: Viewer = { delegation: 'Facilitator', role: 'chair' }
const france: Viewer = { delegation: 'France', role: 'delegate' }
const egypt: Viewer = { delegation: 'Egypt', role: 'delegate' }
const observer: Viewer = { delegation: 'Press', role: 'observer' }

function entriesFor(viewer: Viewer, change?: (records: Map<string, AmendmentRecord>) => void) {
  const { doc, records } = amendedSample()
  change?.(records)
  return panelEntries(doc, [...records.values()], amendmentsIn(doc), viewer)
}

const byId = (entries: PanelEntry[], id: string) => entries.find((e) => e.record.id === id)!

describe('the amendments panel lists', () => {
  it('every amendment in the order of the text, with its delegation and its formal wording', () => {
    const entries = entriesFor(chair)
    assert.deepEqual(
      entries.map((e) => [e.record.id, e.record.delegation, e.wording.map((i) => i.text)]),
      [
        ['fr1', 'France', ['In operative paragraph 1, replace the word “promote” with the word “advance”']],
        ['eg1', 'Egypt', ['In operative paragraph 2, delete the words “to cooperate”']],
        ['fr2', 'France', ['After operative paragraph 2, insert a new paragraph reading:']],
      ],
    )
    assert.deepEqual(byId(entries, 'fr2').wording[0]!.quote, ['Welcomes the report;'])
    assert.deepEqual(
      entries.map((e) => e.paragraphs),
      [['o1'], ['o2'], [byId(entries, 'fr2').record.clause]],
    )
    assert.ok(entries.every((e) => e.inText && e.problem === null))
  })

  it('the buttons of each role: the facilitator decides, a delegation edits its own and supports others’', () => {
    assert.deepEqual(
      entriesFor(chair).map((e) => e.actions),
      [
        ['accept', 'reject'],
        ['accept', 'reject'],
        ['accept', 'reject'],
      ],
    )
    const mine = entriesFor(france)
    assert.deepEqual(
      byId(mine, 'fr1').actions,
      ['rationale', 'withdraw', 'split'],
      'a replacement has two changes',
    )
    assert.deepEqual(byId(mine, 'fr2').actions, ['rationale', 'withdraw'])
    assert.deepEqual(byId(mine, 'eg1').actions, ['support'])
    const supported = entriesFor(france, (records) => {
      const eg1 = records.get('eg1')!
      records.set('eg1', { ...eg1, supporters: ['France'] })
    })
    assert.deepEqual(byId(supported, 'eg1').actions, ['unsupport'])
    assert.deepEqual(
      entriesFor(observer).map((e) => e.actions),
      [[], [], []],
    )
  })

  it('an outdated amendment offers its delegation a rebase', () => {
    const entries = entriesFor(egypt, (records) => {
      records.set('eg1', { ...records.get('eg1')!, status: 'outdated' })
    })
    assert.deepEqual(byId(entries, 'eg1').actions, ['rationale', 'withdraw', 'rebase'])
    assert.deepEqual(byId(entriesFor(chair), 'eg1').actions, ['accept', 'reject'])
  })

  it('a decided amendment with the wording it had while pending, and no buttons', () => {
    const { doc, records } = amendedSample()
    const remembered = new Map()
    panelEntries(doc, [...records.values()], amendmentsIn(doc), chair, remembered)
    const after = acceptAmendment(doc, 'fr1').doc
    records.set('fr1', { ...records.get('fr1')!, status: 'accepted' })
    const entries = panelEntries(after, [...records.values()], amendmentsIn(after), chair, remembered)
    const fr1 = byId(entries, 'fr1')
    assert.equal(fr1.inText, false)
    assert.deepEqual(fr1.actions, [])
    assert.deepEqual(fr1.paragraphs, ['o1'], 'still filed under its paragraph')
    assert.match(fr1.wording[0]!.text, /replace the word “promote” with the word “advance”/)
    assert.equal(entries.at(-1)!.record.id, 'fr1', 'decided amendments come last')
  })

  it('the next amendment of the same delegation in the same paragraph, to merge with', () => {
    const records = new Map<string, AmendmentRecord>()
    const session = new Session(stateOf(sample()), 'France', records)
    session.at(textPos(session.doc, 'promote')).type('fully ')
    session.at(textPos(session.doc, 'women;')).type('all ')
    const { doc } = session
    const entries = panelEntries(doc, [...records.values()], amendmentsIn(doc), france)
    assert.deepEqual(
      entries.map((e) => [e.record.id, e.mergeWith, e.actions]),
      [
        ['fr1', 'fr2', ['rationale', 'withdraw', 'merge']],
        ['fr2', null, ['rationale', 'withdraw']],
      ],
    )
  })
})

describe('the amendments panel filters', () => {
  it('by delegation, paragraph and status; pending by default', () => {
    const entries = entriesFor(chair, (records) => {
      records.set('eg1', { ...records.get('eg1')!, status: 'rejected' })
    })
    const ids = (list: PanelEntry[]) => list.map((e) => e.record.id)
    assert.deepEqual(ids(filterEntries(entries, { delegation: null, paragraph: null, status: 'pending' })), [
      'fr1',
      'fr2',
    ])
    assert.deepEqual(ids(filterEntries(entries, { delegation: 'Egypt', paragraph: null, status: 'all' })), [
      'eg1',
    ])
    assert.deepEqual(ids(filterEntries(entries, { delegation: null, paragraph: 'o1', status: 'all' })), [
      'fr1',
    ])
    assert.deepEqual(ids(filterEntries(entries, { delegation: null, paragraph: null, status: 'rejected' })), [
      'eg1',
    ])
    assert.deepEqual(pendingInParagraph(entries, 'o2'), [], 'a rejected amendment is not decided again')
    assert.deepEqual(pendingInParagraph(entries, 'o1'), ['fr1'])
  })

  it('offers the paragraphs with the numbers the editor shows, and the delegations that proposed', () => {
    const { doc, records } = amendedSample()
    const choices = paragraphChoices(
      doc,
      clauseNumbers(doc, () => undefined),
    )
    assert.deepEqual(
      choices.map((c) => [c.kind, c.number]),
      [
        ['preambular', '1'],
        ['operative', '1'],
        ['operative', '2'],
        ['operative', '2 bis'],
        ['operative', '3'],
      ],
    )
    assert.deepEqual(delegationsOf(records.values()), ['Egypt', 'France'])
  })

  it('nobody acts on a withdrawn amendment', () => {
    const { records } = amendedSample()
    const withdrawn = { ...records.get('fr1')!, status: 'withdrawn' as const }
    assert.deepEqual(actionsFor(withdrawn, france, undefined, null), [])
    assert.deepEqual(actionsFor(withdrawn, chair, undefined, null), [])
  })
})

describe('the amendments panel is drawn again', () => {
  const { doc } = amendedSample()
  const touches = amendmentsIn(doc)
  const typing = (at: string, text = 'x') => {
    const tr = stateOf(doc).tr.insertText(text, textPos(doc, at))
    return mayChangePanel(tr, amendmentsIn(tr.doc))
  }

  it('when text changes in a paragraph an amendment touches, or a paragraph is added or split', () => {
    assert.equal(typing('all States'), true, 'operative paragraph 1, where France replaces a word')
    assert.equal(typing('Member States'), true, 'operative paragraph 2, where Egypt deletes words')
    const split = stateOf(doc).tr.split(textPos(doc, 'remain seized'), 2)
    assert.equal(mayChangePanel(split, amendmentsIn(split.doc)), true, 'numbers may change')
  })

  it('not when the facilitator types agreed text in a paragraph no amendment touches', () => {
    assert.equal(typing('remain seized'), false)
    const deleting = stateOf(doc).tr.delete(textPos(doc, 'remain'), textPos(doc, 'remain') + 3)
    assert.equal(mayChangePanel(deleting, touches), false)
    assert.equal(mayChangePanel(stateOf(doc).tr, touches), false, 'nor when the document does not change')
  })
})
