import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { joinBackward } from 'prosemirror-commands'
import { Fragment, type Node, Slice } from 'prosemirror-model'
import { TextSelection, type Transaction } from 'prosemirror-state'
import { ReplaceStep } from 'prosemirror-transform'
import { acceptAmendment, forEachBlock, proposalOf, rejectAmendment, schema } from '../../schema/index.ts'
import { proposeDeleteClause, proposeMove, suggestTransaction } from '../src/suggestion/index.ts'
import {
  agreedText,
  clauseText,
  delegation,
  draft,
  op,
  pre,
  runs,
  Session,
  sample,
  stateOf,
  sub,
  textPos,
} from './suggestion-fixture.ts'

const AGREED = agreedText(sample())

/** The document after the facilitator accepts (or rejects) one amendment. */
const decided = (doc: Node, id: string, accept = true) =>
  (accept ? acceptAmendment(doc, id) : rejectAmendment(doc, id)).doc

/** The clause with an id and its position. */
function clause(doc: Node, id: string): { node: Node; pos: number } {
  let found: { node: Node; pos: number } | null = null
  doc.descendants((node, pos) => {
    if (found) return false
    if (node.attrs.id === id && node.type.name !== 'footnote') found = { node, pos }
    return !found
  })
  if (!found) throw new Error(`no clause ${id}`)
  return found
}

describe('typing and deleting words', () => {
  it('marks typed words as an insertion of the delegation and records an insert-words amendment', () => {
    const s = new Session(stateOf(sample()), 'Egypt')
    const at = textPos(s.doc, 'promote', 7)
    const { meta } = s.at(at).type(' and protect')
    assert.deepEqual(runs(s.doc, 'o1'), [
      'Urges all States to promote',
      ' and protect[+eg1]',
      ' the rights of women;',
    ])
    const mark = s.doc.nodeAt(at)!.marks.find((m) => m.type.name === 'insertion')!
    assert.deepEqual({ ...mark.attrs }, { amendment: 'eg1', delegation: 'Egypt' })
    assert.equal(
      s.state.selection.from,
      at + ' and protect'.length,
      'the cursor stands after the typed words',
    )
    assert.deepEqual(
      meta.created.map((r) => [r.id, r.kind, r.clause, r.status, r.delegation, r.original]),
      [['eg1', 'insert-words', 'o1', 'proposed', 'Egypt', 'promote the']],
    )
    assert.equal(agreedText(s.doc), AGREED)
    assert.match(agreedText(decided(s.doc, 'eg1')), /to promote and protect the rights of women;/)
  })

  it('keeps words deleted with Backspace, struck through, and puts the cursor before them', () => {
    const s = new Session(stateOf(sample()), 'Egypt')
    const end = textPos(s.doc, 'of women', 0) - 1
    s.at(end)
    for (let i = 0; i < 'rights'.length; i++) s.backspace()
    assert.deepEqual(runs(s.doc, 'o1'), ['Urges all States to promote the ', 'rights[-eg1]', ' of women;'])
    assert.equal(
      clauseText(s.doc, 'o1'),
      'Urges all States to promote the rights of women;',
      'the text is still there',
    )
    assert.equal(
      s.state.selection.from,
      textPos(s.doc, 'rights'),
      'the cursor stands before the struck words',
    )
    assert.deepEqual(
      [...s.records.values()].map((r) => [r.id, r.kind, r.original]),
      [['eg1', 'delete-words', 'the rights of']],
    )
    assert.equal(agreedText(s.doc), AGREED)
    assert.match(agreedText(decided(s.doc, 'eg1')), /promote the {2}of women;/)
    assert.equal(agreedText(decided(s.doc, 'eg1', false)), AGREED)
  })

  it('moves the cursor past the struck words with Delete, and over words already struck', () => {
    const s = new Session(stateOf(sample()), 'Egypt')
    const at = textPos(s.doc, 'rights')
    s.at(at)
    s.edit((st) => st.tr.delete(at, at + 1))
    assert.equal(s.state.selection.from, at + 1, 'Delete leaves the cursor after the struck character')
    s.at(at + 1)
    s.backspace()
    assert.equal(s.state.selection.from, at, 'Backspace over struck text only moves the cursor')
    assert.deepEqual(runs(s.doc, 'o1').slice(1, 3), ['r[-eg1]', 'ights of women;'])
  })

  it('turns a selection replaced by typing into one replace-words amendment, the new words after the old', () => {
    const s = new Session(stateOf(sample()), 'Egypt')
    const from = textPos(s.doc, 'promote')
    s.at(from, from + 'promote'.length)
    const { meta } = s.type('advance')
    assert.deepEqual(runs(s.doc, 'o1'), [
      'Urges all States to ',
      'promote[-eg1]',
      'advance[+eg1]',
      ' the rights of women;',
    ])
    assert.deepEqual(
      meta.created.map((r) => [r.id, r.kind, r.original]),
      [['eg1', 'replace-words', 'to promote the']],
    )
    assert.equal(s.state.selection.from, from + 'promoteadvance'.length)
    assert.match(agreedText(decided(s.doc, 'eg1')), /States to advance the rights/)
  })

  it('really deletes the delegation’s own inserted words, and reports the amendment emptied when none are left', () => {
    const s = new Session(stateOf(sample()), 'Egypt')
    const at = textPos(s.doc, 'promote', 7)
    s.at(at).type(' fully')
    s.backspace()
    assert.deepEqual(runs(s.doc, 'o1'), [
      'Urges all States to promote',
      ' full[+eg1]',
      ' the rights of women;',
    ])
    assert.equal(s.records.get('eg1')?.kind, 'insert-words')
    s.at(at, at + ' full'.length)
    const { meta } = s.backspace()
    assert.equal(clauseText(s.doc, 'o1'), 'Urges all States to promote the rights of women;')
    assert.deepEqual(runs(s.doc, 'o1'), ['Urges all States to promote the rights of women;'])
    assert.deepEqual(meta.emptied, ['eg1'])
    assert.equal(s.records.has('eg1'), false, 'the record of an emptied amendment goes')
  })

  it('joins edits next to each other in one amendment and keeps distant ones apart', () => {
    const s = new Session(stateOf(sample()), 'Egypt')
    const promote = textPos(s.doc, 'promote')
    s.at(promote, promote + 'promote'.length).type('advance')
    // Typing right after the inserted word touches the amendment: it joins it.
    s.type(' and protect')
    // Backspace right before the struck word touches it too.
    s.at(textPos(s.doc, 'promote')).backspace()
    assert.deepEqual(runs(s.doc, 'o1'), [
      'Urges all States to',
      ' promote[-eg1]',
      'advance and protect[+eg1]',
      ' the rights of women;',
    ])
    // A word further on starts an amendment of its own.
    s.at(textPos(s.doc, 'women'), textPos(s.doc, 'women', 5)).type('girls')
    assert.deepEqual(runs(s.doc, 'o1').slice(-3), ['women[-eg2]', 'girls[+eg2]', ';'])
    assert.deepEqual(
      [...s.records.values()].map((r) => [r.id, r.kind]),
      [
        ['eg1', 'replace-words'],
        ['eg2', 'replace-words'],
      ],
    )
    assert.equal(agreedText(s.doc), AGREED)
  })

  it('lets two delegations’ deletions of the same words stand side by side', () => {
    const records = new Map()
    const egypt = new Session(stateOf(sample()), 'Egypt', records)
    const from = textPos(egypt.doc, 'all States')
    egypt.at(from, from + 'all '.length).backspace()
    const chile = new Session(egypt.state, 'Chile', records)
    chile.at(from, from + 'all '.length).backspace()
    assert.deepEqual(runs(chile.doc, 'o1').slice(0, 2), ['Urges ', 'all [-ch1 -eg1]'])
    assert.equal(agreedText(chile.doc, records.values()), AGREED)
    // Accepting one leaves the other with nothing to delete.
    assert.match(agreedText(decided(chile.doc, 'ch1')), /Urges States to/)
  })

  it('leaves another delegation’s proposed words alone when deleting over them', () => {
    const records = new Map()
    const egypt = new Session(stateOf(sample()), 'Egypt', records)
    egypt.at(textPos(egypt.doc, 'promote', 7)).type(' and protect')
    const chile = new Session(egypt.state, 'Chile', records)
    const from = textPos(chile.doc, 'promote')
    chile.at(from, textPos(chile.doc, ' the rights')).backspace()
    assert.deepEqual(runs(chile.doc, 'o1').slice(1, 3), ['promote[-ch1]', ' and protect[+eg1]'])
    assert.equal(chile.state.selection.from, from)
  })

  it('types inside struck words without striking the new ones', () => {
    const s = new Session(stateOf(sample()), 'Egypt')
    const from = textPos(s.doc, 'promote')
    s.at(from, from + 'promote'.length).backspace()
    s.at(from + 3).type('X')
    assert.deepEqual(runs(s.doc, 'o1').slice(1, 4), ['pro[-eg1]', 'X[+eg1]', 'mote[-eg1]'])
  })

  it('strips insertion and deletion marks pasted along with words', () => {
    const s = new Session(stateOf(sample()), 'Egypt')
    const at = textPos(s.doc, 'women')
    const foreign = schema.marks.deletion.create({ amendment: 'x9', delegation: 'Chile' })
    s.at(at).edit((st) =>
      st.tr.replaceSelection(new Slice(Fragment.from(schema.text('girls and ', [foreign])), 0, 0)),
    )
    assert.deepEqual(runs(s.doc, 'o1').slice(1, 2), ['girls and [+eg1]'])
  })
})

/** What the editor's Enter (splitClause) does at the end of a paragraph: an empty operative one after it, the caret in it. */
function newParagraphAfter(s: Session, after: string, id: string): void {
  const before = clause(s.doc, after)
  const at = before.pos + before.node.nodeSize
  s.edit((st) => {
    const tr = st.tr.insert(at, schema.nodes.operative.create({ id }, schema.nodes.para.create()))
    return tr.setSelection(TextSelection.create(tr.doc, at + 2))
  })
}

describe('paragraphs', () => {
  it('makes a paragraph added with Enter at the end a proposed paragraph, its words insertion-marked', () => {
    const s = new Session(stateOf(sample()), 'Egypt')
    newParagraphAfter(s, 'o2', 'fresh1')
    s.type('Requests the Secretary-General to report;')
    const added = clause(s.doc, 'fresh1')
    assert.deepEqual(proposalOf(added.node), { amendment: 'eg1', delegation: 'Egypt', kind: 'insert' })
    assert.deepEqual(runs(s.doc, 'fresh1'), ['Requests the Secretary-General to report;[+eg1]'])
    const record = s.records.get('eg1')!
    assert.deepEqual([record.kind, record.clause, record.after], ['insert-paragraph', 'fresh1', 'o2'])
    assert.equal(agreedText(s.doc), AGREED)
    assert.match(
      agreedText(decided(s.doc, 'eg1')),
      /to cooperate;\nRequests the Secretary-General to report;\nDecides/,
    )
    // Deleting the whole proposed paragraph removes it: it was the delegation's own.
    const { meta } = s.propose((st, ctx) => proposeDeleteClause(st, clause(st.doc, 'fresh1').pos, ctx))
    assert.deepEqual(meta.emptied, ['eg1'])
    assert.equal(s.doc.eq(sample()), true)
  })

  it('splits a paragraph with Enter in the middle into a deletion of the rest and a new paragraph holding it', () => {
    const s = new Session(stateOf(sample()), 'Egypt')
    const at = textPos(s.doc, ' to cooperate')
    s.at(at)
    const { state } = s.edit((st) =>
      st.tr.split(at, 2, [{ type: schema.nodes.operative, attrs: { id: null } }]),
    )
    assert.deepEqual(runs(s.doc, 'o2'), ['Calls upon Member States', ' to cooperate;[-eg1]'])
    const added = clause(s.doc, 'egc1')
    assert.equal(
      added.pos,
      clause(s.doc, 'o2').pos + clause(s.doc, 'o2').node.nodeSize,
      'right after the paragraph',
    )
    assert.deepEqual(runs(s.doc, 'egc1'), [' to cooperate;[+eg1]'])
    assert.equal(state.selection.from, added.pos + 2, 'the cursor goes to the start of the new paragraph')
    assert.deepEqual([s.records.get('eg1')!.kind, s.records.get('eg1')!.after], ['insert-paragraph', 'o2'])
    assert.match(agreedText(decided(s.doc, 'eg1')), /Calls upon Member States\n to cooperate;\nDecides/)
    assert.equal(agreedText(decided(s.doc, 'eg1', false)), AGREED)
  })

  it('keeps the sub-paragraphs with the agreed paragraph when it is split', () => {
    const s = new Session(stateOf(sample()), 'Egypt')
    const at = textPos(s.doc, ' the rights')
    s.at(at).edit((st) => st.tr.split(at, 2, [{ type: schema.nodes.operative, attrs: { id: null } }]))
    const o1 = clause(s.doc, 'o1')
    assert.equal(o1.node.childCount, 3, 'o1 keeps its sub-paragraphs')
    assert.equal(s.doc.nodeAt(o1.pos + o1.node.nodeSize)!.attrs.id, 'egc1')
    assert.equal(agreedText(s.doc), AGREED)
  })

  it('pastes two paragraphs into an agreed one: the first joins it, the second is proposed with the rest', () => {
    const s = new Session(stateOf(sample()), 'Egypt')
    const at = textPos(s.doc, ' to cooperate')
    const { operative, para } = schema.nodes
    const pasted = new Slice(
      Fragment.from([
        operative.create(null, para.create(null, schema.text(' and organizations'))),
        operative.create({ id: 'o1' }, para.create(null, schema.text('Invites donors'))),
      ]),
      2,
      2,
    )
    s.at(at).edit((st) => st.tr.replaceSelection(pasted))
    assert.deepEqual(runs(s.doc, 'o2'), [
      'Calls upon Member States',
      ' and organizations[+eg2]',
      ' to cooperate;[-eg1]',
    ])
    // The pasted clause carried the id of o1; its copy takes a fresh one, so references keep to o1.
    assert.deepEqual(runs(s.doc, 'egc1'), ['Invites donors to cooperate;[+eg1]'])
    assert.equal(s.state.selection.from, textPos(s.doc, 'Invites donors', 14))
    assert.deepEqual(
      [...s.records.values()].map((r) => [r.id, r.kind, r.clause]),
      [
        ['eg1', 'insert-paragraph', 'egc1'],
        ['eg2', 'insert-words', 'o2'],
      ],
    )
  })

  it('splits a paragraph of one’s own for real, each part a proposed paragraph', () => {
    const s = new Session(stateOf(sample()), 'Egypt')
    const o3 = clause(s.doc, 'o3')
    s.edit((st) =>
      st.tr.insert(o3.pos, schema.nodes.operative.create({ id: 'mine' }, schema.nodes.para.create())),
    )
    s.at(clause(s.doc, 'mine').pos + 2).type('Requests a report; Invites views;')
    const at = textPos(s.doc, ' Invites')
    s.at(at).edit((st) => st.tr.split(at, 2, [{ type: schema.nodes.operative, attrs: { id: null } }]))
    assert.deepEqual(runs(s.doc, 'mine'), ['Requests a report;[+eg1]'])
    assert.deepEqual(runs(s.doc, 'egc1'), [' Invites views;[+eg2]'])
    assert.deepEqual(proposalOf(clause(s.doc, 'egc1').node), {
      amendment: 'eg2',
      delegation: 'Egypt',
      kind: 'insert',
    })
    assert.deepEqual(
      [...s.records.values()].map((r) => [r.id, r.kind, r.after]),
      [
        ['eg1', 'insert-paragraph', 'o2'],
        ['eg2', 'insert-paragraph', 'mine'],
      ],
    )
  })

  it('proposes deleting a paragraph a selection covers whole, leaving its text untouched', () => {
    const s = new Session(stateOf(sample()), 'Egypt')
    const from = textPos(s.doc, 'in practice;', 12)
    const to = textPos(s.doc, 'Decides')
    s.at(from, to).backspace()
    const o2 = clause(s.doc, 'o2')
    assert.deepEqual(proposalOf(o2.node), { amendment: 'eg1', delegation: 'Egypt', kind: 'delete' })
    assert.equal(clauseText(s.doc, 'o2'), 'Calls upon Member States to cooperate;')
    assert.deepEqual(runs(s.doc, 'o2'), ['Calls upon Member States to cooperate;'])
    assert.deepEqual(
      [...s.records.values()].map((r) => [r.id, r.kind, r.clause]),
      [['eg1', 'delete-paragraph', 'o2']],
    )
    assert.equal(agreedText(s.doc), AGREED)
    assert.doesNotMatch(agreedText(decided(s.doc, 'eg1')), /cooperate/)
  })

  it('proposes deleting a paragraph by command', () => {
    const s = new Session(stateOf(sample()), 'Egypt')
    const { meta } = s.propose((st, ctx) => proposeDeleteClause(st, clause(st.doc, 'o3').pos, ctx))
    assert.deepEqual(
      meta.created.map((r) => [r.kind, r.clause, r.original]),
      [['delete-paragraph', 'o3', 'Decides to remain seized of the matter.']],
    )
    assert.equal(proposeDeleteClause(s.state, clause(s.doc, 'o3').pos, s.ctx), null, 'once is enough')
  })

  it('never joins two agreed paragraphs: Backspace at the start of one moves into the one before', () => {
    const state = stateOf(sample(), textPos(sample(), 'Decides'))
    const endOfO2 = textPos(state.doc, 'cooperate;', 10)
    let joined: Transaction | null = null
    assert.equal(
      joinBackward(state, (tr) => {
        joined = tr
      }),
      true,
    )
    const out = suggestTransaction(state, joined!, delegation('Egypt'))
    assert.equal(out?.doc.eq(state.doc), true)
    assert.equal(out?.selection.from, endOfO2)
    // A join as a plain replace step across the boundary keeps the boundary too.
    const plain = state.tr.step(new ReplaceStep(endOfO2, endOfO2 + 4, Slice.empty))
    const kept = suggestTransaction(state, plain, delegation('Egypt'))
    assert.equal(kept?.doc.eq(state.doc), true)
    assert.equal(kept?.selection.from, endOfO2)
  })

  it('moves a paragraph by proposal: it stays with a move proposal and a copy goes to the new place', () => {
    const s = new Session(stateOf(sample()), 'Egypt')
    const o3 = clause(s.doc, 'o3')
    // Index 0 among the paragraphs of the operative part: where o1 stands.
    s.propose((st, ctx) => proposeMove(st, o3.pos, 0, ctx))
    const order = [] as string[]
    forEachBlock(s.doc, (n) => {
      if (n.type.name === 'operative')
        order.push(`${n.attrs.id}:${n.attrs.proposal ? JSON.parse(n.attrs.proposal).kind : '-'}`)
    })
    assert.deepEqual(order, ['egc1:move', 'o1:-', 'o2:-', 'o3:move'])
    assert.deepEqual(proposalOf(clause(s.doc, 'egc1').node), {
      amendment: 'eg1',
      delegation: 'Egypt',
      kind: 'move',
      from: 'o3',
    })
    assert.deepEqual(proposalOf(clause(s.doc, 'o3').node), {
      amendment: 'eg1',
      delegation: 'Egypt',
      kind: 'move',
    })
    assert.equal(clauseText(s.doc, 'egc1'), 'Decides to remain seized of the matter.')
    const record = s.records.get('eg1')!
    // At the head of the operative part, the copy follows no paragraph there.
    assert.deepEqual([record.kind, record.clause, record.after], ['move-paragraph', 'egc1', undefined])
    assert.equal(agreedText(s.doc), AGREED)
    const accepted = decided(s.doc, 'eg1')
    assert.match(agreedText(accepted), /2015,\nDecides to remain seized of the matter\.\nUrges/)
    assert.equal(
      clause(accepted, 'o3').node.firstChild!.textContent,
      'Decides to remain seized of the matter.',
    )
  })

  it('recognises the editor’s move command as a move proposal', () => {
    const s = new Session(stateOf(sample()), 'Egypt')
    const o2 = clause(s.doc, 'o2')
    // What moveClause(1) does: delete the clause, insert it after its neighbour.
    s.edit((st) => {
      const tr = st.tr.delete(o2.pos, o2.pos + o2.node.nodeSize)
      return tr.insert(o2.pos + clause(st.doc, 'o3').node.nodeSize, o2.node)
    })
    const order: string[] = []
    forEachBlock(s.doc, (n) => {
      if (n.type.name === 'operative') order.push(n.attrs.id)
    })
    assert.deepEqual(order, ['o1', 'o2', 'o3', 'egc1'])
    // Moving the copy back up next to its original withdraws the move.
    const copy = clause(s.doc, 'egc1')
    const { meta } = s.edit((st) => {
      const tr = st.tr.delete(copy.pos, copy.pos + copy.node.nodeSize)
      return tr.insert(clause(st.doc, 'o3').pos, copy.node)
    })
    assert.deepEqual(meta.emptied, ['eg1'])
    assert.equal(s.doc.eq(sample()), true)
  })
})

describe('what a delegation may not change', () => {
  it('refuses edits outside the paragraphs, inside another delegation’s paragraph, and formatting of agreed words', () => {
    const records = new Map()
    const egypt = new Session(stateOf(sample()), 'Egypt', records)
    const title = egypt.doc.child(1)
    let titleStart = 0
    forEachBlock(egypt.doc, (n, offset) => {
      if (n === title) titleStart = offset + 1
    })
    assert.equal(
      suggestTransaction(egypt.state, egypt.state.tr.insertText('Draft ', titleStart), egypt.ctx),
      null,
    )
    const o2 = clause(egypt.doc, 'o2')
    egypt.edit((st) =>
      st.tr.insert(o2.pos, schema.nodes.operative.create({ id: 'new1' }, schema.nodes.para.create())),
    )
    const inside = clause(egypt.doc, 'new1').pos + 2
    const chile = delegation('Chile', (id) => records.get(id)?.status)
    assert.equal(suggestTransaction(egypt.state, egypt.state.tr.insertText('x', inside), chile), null)
    const words = textPos(egypt.doc, 'Urges')
    assert.equal(
      suggestTransaction(
        egypt.state,
        egypt.state.tr.addMark(words, words + 5, schema.marks.em.create()),
        chile,
      ),
      null,
    )
  })

  it('keeps the agreed text of a draft with sub-paragraphs and a preamble through a mixed sequence', () => {
    const doc = draft([
      pre('p1', 'Recalling its resolution 70/1,'),
      op('o1', 'Urges all States;', sub('s1', 'to act;')),
    ])
    const s = new Session(stateOf(doc), 'Egypt')
    s.at(textPos(s.doc, 'act', 3)).type(' now')
    s.at(textPos(s.doc, 'resolution'), textPos(s.doc, 'resolution', 10)).type('decision')
    s.at(textPos(s.doc, 'States')).backspace()
    assert.equal(agreedText(s.doc), agreedText(doc))
    assert.deepEqual(
      [...s.records.values()].map((r) => [r.kind, r.clause]),
      [
        ['insert-words', 's1'],
        ['replace-words', 'p1'],
        ['delete-words', 'o1'],
      ],
    )
  })
})

describe('amendments decided while their marks are still in the text', () => {
  // The facilitator's decision can cross a delegation's typing; until the server resolves what is left, the
  // delegation's editor holds marks of an amendment whose record is no longer pending. It never adds to them.
  const decide = (s: Session, id: string, status: 'accepted' | 'rejected') => {
    s.records.set(id, { ...s.records.get(id)!, status })
  }

  it('starts a new amendment next to words whose amendment was decided, and leaves the decided record alone', () => {
    const s = new Session(stateOf(sample()), 'Egypt')
    s.at(textPos(s.doc, 'promote', 7)).type(' and protect')
    decide(s, 'eg1', 'accepted')
    const accepted = s.records.get('eg1')
    s.type(' fully')
    assert.deepEqual(runs(s.doc, 'o1'), [
      'Urges all States to promote',
      ' and protect[+eg1]',
      ' fully[+eg2]',
      ' the rights of women;',
    ])
    assert.equal(s.records.get('eg1'), accepted, 'the decided record is not written')
    assert.deepEqual([s.records.get('eg2')!.status, s.records.get('eg2')!.kind], ['proposed', 'insert-words'])
    // Deleting a word it had struck under a rejected amendment strikes it anew.
    s.at(textPos(s.doc, 'States'), textPos(s.doc, 'States', 6)).backspace()
    decide(s, 'eg3', 'rejected')
    s.at(textPos(s.doc, 'States', 6)).type(' and peoples')
    assert.deepEqual(runs(s.doc, 'o1').slice(0, 4), [
      'Urges all ',
      'States[-eg3]',
      ' and peoples[+eg4]',
      ' to promote',
    ])
  })

  it('treats its own new paragraph as agreed text once accepted, and as gone once rejected', () => {
    const s = new Session(stateOf(sample()), 'Egypt')
    newParagraphAfter(s, 'o2', 'fresh1')
    s.type('Requests a report;')
    decide(s, 'eg1', 'accepted')
    s.at(textPos(s.doc, 'a report', 1)).type(' short')
    assert.deepEqual(runs(s.doc, 'fresh1'), ['Requests a[+eg1]', ' short[+eg2]', ' report;[+eg1]'])
    assert.equal(s.records.get('eg2')!.kind, 'insert-words', 'a word amendment of its own, not the paragraph')
    decide(s, 'eg1', 'rejected')
    decide(s, 'eg2', 'rejected')
    const inside = textPos(s.doc, 'report')
    assert.equal(suggestTransaction(s.state, s.state.tr.insertText('x', inside), s.ctx), null)
  })
})
