import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Node } from 'prosemirror-model'
import { EditorState, TextSelection, type Transaction } from 'prosemirror-state'
import {
  prosemirrorToYXmlFragment,
  updateYFragment,
  ySyncPluginKey,
  yXmlFragmentToProseMirrorRootNode,
} from 'y-prosemirror'
import * as Y from 'yjs'
import {
  type AmendmentRecord,
  cleanDoc,
  parseSeen,
  SHARED,
  schema,
  statusLookup,
} from '../../schema/index.ts'
import {
  AmendmentActions,
  clearUndoWhenDecided,
  isSponsor,
  joinSponsors,
  setOnBehalfOf,
  setSponsor,
  setSponsorRole,
  sponsorsOf,
} from '../src/amendments/index.ts'
import { type AmendmentStore, yMapStore } from '../src/suggestion/index.ts'
import { amendedSample, textPos } from './amendments-fixture.ts'

const NOW = 1_800_000_000_000

/**
 * One person's editor on a shared draft, without a view: its state is read from the Y.Doc, and what it dispatches
 * is written back the way y-prosemirror's binding writes it.
 */
class Screen {
  readonly ydoc = new Y.Doc()
  readonly fragment = this.ydoc.getXmlFragment(SHARED.document)
  readonly store: AmendmentStore = yMapStore(this.ydoc)
  private readonly binding = { mapping: new Map(), isOMark: new Map() }
  private selection: { anchor: number; head: number } | null = null
  /** The Yjs transactions that changed something, with what they changed. */
  readonly transactions: { text: boolean; records: boolean }[] = []

  constructor() {
    this.ydoc.on('afterTransaction', (tr: Y.Transaction) => {
      const changed = (type: unknown) => (tr.changedParentTypes as Map<unknown, unknown>).has(type)
      const text = changed(this.fragment)
      const records = changed(this.ydoc.getMap(SHARED.amendments))
      if (text || records) this.transactions.push({ text, records })
    })
  }

  get state(): EditorState {
    const state = EditorState.create({ doc: yXmlFragmentToProseMirrorRootNode(this.fragment, schema) })
    if (!this.selection) return state
    const { anchor, head } = this.selection
    return state.apply(state.tr.setSelection(TextSelection.create(state.doc, anchor, head)))
  }

  get doc(): Node {
    return this.state.doc
  }

  dispatch(tr: Transaction): void {
    const next = this.state.apply(tr)
    this.ydoc.transact(
      () => updateYFragment(this.ydoc, this.fragment, next.doc, this.binding),
      ySyncPluginKey,
    )
  }

  /** Puts the cursor at a position (for a split). */
  at(pos: number): void {
    this.selection = { anchor: pos, head: pos }
  }

  actions(delegation: string, role: 'chair' | 'delegate'): AmendmentActions {
    return new AmendmentActions({
      target: () => this,
      ydoc: this.ydoc,
      store: this.store,
      delegation,
      role,
      now: () => NOW,
      newAmendmentId: () => 'fr9',
    })
  }

  /** The agreed text, one line per paragraph. */
  get agreed(): string {
    const clean = cleanDoc(this.doc, statusLookup([...this.store.values()]))
    return clean.textBetween(0, clean.content.size, '\n')
  }
}

/** Sends each screen what the other has and it has not. */
function sync(a: Screen, b: Screen) {
  Y.applyUpdate(b.ydoc, Y.encodeStateAsUpdate(a.ydoc, Y.encodeStateVector(b.ydoc)))
  Y.applyUpdate(a.ydoc, Y.encodeStateAsUpdate(b.ydoc, Y.encodeStateVector(a.ydoc)))
}

/** A screen showing the amended sample draft (see amendments-fixture.ts) with its records. */
function screen(): Screen {
  const { doc, records } = amendedSample()
  const s = new Screen()
  prosemirrorToYXmlFragment(doc, s.fragment)
  for (const record of records.values()) s.store.set(record)
  s.transactions.length = 0
  return s
}

/** The record's `seen` of a decided amendment: each Yjs client with how many of its characters were shown. */
function shownMarked(s: Screen, id: string): [number, number][] {
  const seen = parseSeen(s.store.get(id)?.seen ?? '', id)
  return [...seen].map(([client, ranges]) => [client, ranges.reduce((n, [from, to]) => n + to - from, 0)])
}

describe('the facilitator’s decisions', () => {
  it('accepting changes the text and the record in one Yjs transaction', () => {
    const s = screen()
    assert.equal(s.actions('Facilitator', 'chair').decide(['fr1'], true), true)
    assert.deepEqual(s.transactions, [{ text: true, records: true }])
    assert.equal(s.store.get('fr1')?.status, 'accepted')
    // What the facilitator's editor showed marked when she accepted: "promote" and "advance", by Yjs id.
    assert.deepEqual(shownMarked(s, 'fr1'), [[s.ydoc.clientID, 'promote'.length + 'advance'.length]])
    assert.match(s.agreed, /Urges all States to advance the rights of women;/)
    assert.doesNotMatch(s.agreed, /promote/)
  })

  it('rejecting removes the proposal; all of one delegation, or all in one paragraph, go in one step', () => {
    const s = screen()
    const chair = s.actions('Facilitator', 'chair')
    assert.equal(chair.decide(['eg1'], false), true)
    assert.equal(s.store.get('eg1')?.status, 'rejected')
    assert.deepEqual(shownMarked(s, 'eg1'), [[s.ydoc.clientID, ' to cooperate'.length]])
    assert.match(s.agreed, /Calls upon Member States to cooperate;/)
    assert.equal(chair.decideDelegation('France', true), true)
    assert.deepEqual(s.transactions.length, 2)
    assert.deepEqual(
      ['fr1', 'fr2'].map((id) => s.store.get(id)?.status),
      ['accepted', 'accepted'],
    )
    assert.match(s.agreed, /Calls upon Member States to cooperate;\nWelcomes the report;/)
  })

  it('two facilitators clicking at once apply an amendment once', () => {
    const a = screen()
    const b = new Screen()
    sync(a, b)
    assert.equal(a.actions('Facilitator', 'chair').decide(['fr2'], true), true)
    assert.equal(b.actions('Bureau', 'chair').decide(['fr2'], true), true)
    sync(a, b)
    assert.equal(a.doc.eq(b.doc), true)
    assert.equal(a.agreed.match(/Welcomes the report;/g)?.length, 1)
    assert.equal(a.actions('Facilitator', 'chair').decide(['fr2'], true), false, 'a third click does nothing')
  })

  it('a delegation cannot decide', () => {
    const s = screen()
    assert.equal(s.actions('France', 'delegate').decide(['fr1'], true), false)
    assert.equal(s.actions('France', 'delegate').decideDelegation('Egypt', false), false)
    assert.deepEqual(s.transactions, [])
  })
})

describe('a delegation’s own amendments', () => {
  it('withdraws one: its words leave the text and its record says withdrawn, in one transaction', () => {
    const s = screen()
    const france = s.actions('France', 'delegate')
    assert.equal(france.withdraw('eg1'), false, 'not its own')
    assert.equal(france.withdraw('fr1'), true)
    assert.deepEqual(s.transactions, [{ text: true, records: true }])
    assert.equal(s.store.get('fr1')?.status, 'withdrawn')
    assert.doesNotMatch(s.doc.textContent, /advance/)
  })

  it('splits a replacement at the cursor into two amendments, and merges them back', () => {
    const s = screen()
    const france = s.actions('France', 'delegate')
    const at = textPos(s.doc, 'advance')
    assert.equal(france.canSplit('fr1', at), true)
    assert.equal(france.canSplit('fr1', textPos(s.doc, 'Urges')), false, 'no changes before that point')
    s.at(at)
    assert.equal(france.split('fr1', at), true)
    assert.deepEqual(
      ['fr1', 'fr9'].map((id) => s.store.get(id)?.kind),
      ['delete-words', 'insert-words'],
    )
    assert.equal(france.canMerge('fr1', 'fr9'), true)
    assert.equal(france.merge('fr1', 'fr9'), true)
    assert.equal(s.store.get('fr9'), undefined)
    assert.equal(s.store.get('fr1')?.kind, 'replace-words')
  })

  it('supports another’s amendment and takes the support back; sets a rationale; rebases an outdated one', () => {
    const s = screen()
    const france = s.actions('France', 'delegate')
    assert.equal(france.support('eg1', true), true)
    assert.deepEqual(s.store.get('eg1')?.supporters, ['France'])
    assert.equal(france.support('eg1', true), false, 'once')
    assert.equal(france.support('eg1', false), true)
    assert.deepEqual(s.store.get('eg1')?.supporters, [])
    assert.equal(france.rationale('fr1', '  Stronger wording.  '), true)
    assert.equal(s.store.get('fr1')?.rationale, 'Stronger wording.')
    assert.equal(france.rationale('eg1', 'Not ours'), false)
    assert.throws(() => france.rationale('fr1', 'x'.repeat(1001)), /at most 1000 characters/)
    const fr1 = s.store.get('fr1')!
    s.store.set({ ...fr1, status: 'outdated', original: 'old words' })
    assert.equal(france.rebase('fr1'), true)
    assert.equal(s.store.get('fr1')?.status, 'proposed')
    assert.equal(s.store.get('fr1')?.original, 'to promote the')
  })
})

describe('the undo history of a delegation', () => {
  const record = (id: string, delegation: string, status: AmendmentRecord['status']): AmendmentRecord => ({
    id,
    delegation,
    clause: 'o1',
    kind: 'insert-words',
    status,
    rationale: '',
    supporters: [],
    created: NOW,
    updated: NOW,
  })

  it('is cleared when one of its pending amendments is decided, by anyone, and only then', () => {
    const ydoc = new Y.Doc()
    const store = yMapStore(ydoc)
    let cleared = 0
    const stop = clearUndoWhenDecided(ydoc, 'France', () => cleared++)
    store.set(record('fr1', 'France', 'proposed'))
    store.set(record('eg1', 'Egypt', 'proposed'))
    store.set({ ...record('fr1', 'France', 'proposed'), rationale: 'why' })
    assert.equal(cleared, 0, 'proposing and editing keep it')
    store.set(record('eg1', 'Egypt', 'accepted'))
    assert.equal(cleared, 0, 'another delegation’s decision keeps it')
    // The decision comes from another screen, as an update.
    const other = new Y.Doc()
    Y.applyUpdate(other, Y.encodeStateAsUpdate(ydoc))
    yMapStore(other).set(record('fr1', 'France', 'accepted'))
    Y.applyUpdate(ydoc, Y.encodeStateAsUpdate(other, Y.encodeStateVector(ydoc)))
    assert.equal(cleared, 1)
    store.set(record('fr2', 'France', 'proposed'))
    store.set(record('fr2', 'France', 'withdrawn'))
    assert.equal(cleared, 2, 'withdrawing clears it too')
    stop()
    store.set(record('fr3', 'France', 'proposed'))
    store.set(record('fr3', 'France', 'rejected'))
    assert.equal(cleared, 2)
  })
})

describe('co-sponsors', () => {
  it('a delegation joins and withdraws, keeping its times; odd values are left out', () => {
    const ydoc = new Y.Doc()
    assert.equal(setSponsor(ydoc, 'France', true, NOW), true)
    assert.equal(setSponsor(ydoc, 'Brazil', true, NOW - 1000), true)
    assert.equal(setSponsor(ydoc, 'France', true, NOW + 5), false, 'joining twice keeps the first date')
    ydoc.getMap(SHARED.sponsors).set('Nowhere', 'yes')
    assert.deepEqual(sponsorsOf(ydoc), [
      { delegation: 'Brazil', since: NOW - 1000, role: 'co' },
      { delegation: 'France', since: NOW, role: 'co' },
    ])
    assert.equal(isSponsor(ydoc, 'France'), true)
    assert.equal(setSponsor(ydoc, 'France', false, NOW + 10), true)
    assert.equal(isSponsor(ydoc, 'France'), false)
    assert.deepEqual(ydoc.getMap(SHARED.sponsors).get('France'), { since: NOW, role: 'co', until: NOW + 10 })
    assert.equal(joinSponsors(ydoc, 'France', NOW + 20, 'G77'), true, 'joining again')
    assert.deepEqual(ydoc.getMap(SHARED.sponsors).get('France'), {
      since: NOW + 20,
      role: 'co',
      onBehalfOf: 'G77',
    })
    assert.throws(() => setSponsor(ydoc, '', true, NOW), /needs a delegation name/)
  })

  it('the facilitator makes a main sponsor, adds a delegation, and a sponsor names its group', () => {
    const ydoc = new Y.Doc()
    ydoc.getMap(SHARED.sponsors).set('Egypt', { since: NOW - 5 })
    assert.equal(setSponsorRole(ydoc, 'Egypt', 'main', NOW), true)
    assert.deepEqual(
      ydoc.getMap(SHARED.sponsors).get('Egypt'),
      { since: NOW - 5, role: 'main' },
      'an old entry keeps its date',
    )
    assert.equal(setSponsorRole(ydoc, 'Chile', 'co', NOW), true)
    assert.equal(setOnBehalfOf(ydoc, 'Chile', 'ARAB'), true)
    assert.equal(setOnBehalfOf(ydoc, 'Chile', null), true)
    assert.deepEqual(
      sponsorsOf(ydoc).map((s) => [s.delegation, s.role]),
      [
        ['Egypt', 'main'],
        ['Chile', 'co'],
      ],
    )
    assert.deepEqual(ydoc.getMap(SHARED.sponsors).get('Chile'), { since: NOW, role: 'co' })
  })
})
