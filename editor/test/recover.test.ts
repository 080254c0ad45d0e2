// What a page keeps of the delegate's words when the server refused one of its changes in a race: the
// per-paragraph comparison of this page's copy with the server's, the Yjs bookkeeping that tells this page's
// untaken changes from those others made meanwhile, and what is kept across the reload.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Node } from 'prosemirror-model'
import { Transform } from 'prosemirror-transform'
import { prosemirrorToYXmlFragment, updateYFragment } from 'y-prosemirror'
import * as Y from 'yjs'
import {
  CLOSE,
  forEachBlock,
  META,
  proposalAttr,
  SCHEMA_VERSION,
  SHARED,
  schema,
} from '../../schema/index.ts'
import {
  closeOutcome,
  docOf,
  forgetRecovered,
  keepRecovered,
  keptRecovered,
  partName,
  RECOVERY_PAUSE_MS,
  type RecoveredPart,
  type RecoveryStorage,
  recoveredLately,
  recoveredLine,
  recoveredParts,
  recoverRefused,
  setUILanguage,
  untakenParts,
} from '../src/index.ts'
import { op, para, sample, textPos } from './suggestion-fixture.ts'

/** The document with `text` inserted at the `n`th occurrence of `needle`, plus `offset`. */
function typed(doc: Node, needle: string, offset: number, text: string): Node {
  return new Transform(doc).insert(textPos(doc, needle, offset), schema.text(text)).doc
}

/** The document with the words `needle` taken out. */
function deleted(doc: Node, needle: string): Node {
  const from = textPos(doc, needle)
  return new Transform(doc).delete(from, from + needle.length).doc
}

/** The document with a node inserted after the top-level paragraph with an id. */
function insertedAfter(doc: Node, id: string, node: Node): Node {
  let at = -1
  forEachBlock(doc, (child, offset) => {
    if (child.attrs.id === id) at = offset + child.nodeSize
  })
  return new Transform(doc).insert(at, node).doc
}

/** The document with its title replaced. */
function retitled(doc: Node, title: string): Node {
  let at = -1
  forEachBlock(doc, (child, offset) => {
    if (child.type.name === 'title') at = offset
  })
  const old = doc.nodeAt(at)!
  return new Transform(doc).replaceWith(at + 1, at + 1 + old.content.size, schema.text(title)).doc
}

const keysOf = (parts: RecoveredPart[]) => parts.map((p) => p.key)

describe('the per-paragraph comparison of this page’s copy with the server’s', () => {
  const base = sample()

  it('lists the paragraphs whose text differs and those only this page has, in order, with the local text', () => {
    let local = typed(base, 'to promote', 'to promote'.length, ' and protect')
    local = insertedAfter(local, 'o2', op('new1', 'Welcomes the report of the Secretary-General;'))
    local = retitled(local, 'Rights of women')
    const server = typed(base, 'to remain', 0, 'further ')
    const parts = recoveredParts(local, server)
    assert.deepEqual(keysOf(parts), ['title', 'o1', 'new1', 'o3'])
    const o1 = parts.find((p) => p.key === 'o1')!
    assert.equal(o1.kind, 'operative')
    assert.equal(o1.number, '1')
    assert.equal(
      o1.text,
      'Urges all States to promote and protect the rights of women; (a) in law; (b) in practice;',
      'the whole paragraph, its sub-paragraphs with their labels',
    )
    assert.equal(parts.find((p) => p.key === 'new1')!.text, 'Welcomes the report of the Secretary-General;')
    assert.equal(parts.find((p) => p.key === 'title')!.text, 'Rights of women')
    assert.equal(
      parts.find((p) => p.key === 'o3')!.text,
      'Decides to remain seized of the matter.',
      'a paragraph the server changed differs too: only `touched` tells whose change it was',
    )
  })

  it('leaves out what is the same on both sides, what others changed, and paragraphs left without words', () => {
    const same = recoveredParts(base, sample())
    assert.deepEqual(same, [], 'two equal copies: nothing to keep')
    let local = typed(base, 'to cooperate', 3, 'fully ')
    local = insertedAfter(local, 'o3', schema.nodes.operative.create({ id: 'empty1' }, [para('')]))
    const server = typed(base, 'to remain', 0, 'further ')
    const parts = recoveredParts(local, server, { touched: new Set(['o2', 'empty1']) })
    assert.deepEqual(
      keysOf(parts),
      ['o2'],
      'o3 was changed by another page; the empty paragraph has no words',
    )
    assert.equal(parts[0]!.text, 'Calls upon Member States to fully cooperate;')
  })

  it('lists a paragraph whose words are the same but whose marks differ (a proposed deletion)', () => {
    const from = textPos(base, 'promote')
    const mark = schema.marks.deletion.create({ amendment: 'a1', delegation: 'France' })
    const local = new Transform(base).addMark(from, from + 'promote'.length, mark).doc
    const parts = recoveredParts(local, base)
    assert.deepEqual(keysOf(parts), ['o1'])
    assert.match(parts[0]!.text, /to promote the rights/, 'the words as the document holds them')
  })

  it('numbers paragraphs as the editor showed them: a proposed new paragraph is "2 bis"', () => {
    const proposal = proposalAttr({ amendment: 'a7', delegation: 'France', kind: 'insert' })
    const local = insertedAfter(
      base,
      'o2',
      schema.nodes.operative.create({ id: 'new2', proposal }, [para('Welcomes the report;')]),
    )
    const statusOf = (id: string) => (id === 'a7' ? ('proposed' as const) : undefined)
    const [part] = recoveredParts(local, base, { statusOf })
    assert.equal(part!.number, '2 bis')
    assert.equal(partName(part!), 'Operative paragraph 2 bis')
    assert.equal(recoveredParts(local, base)[0]!.number, '3', 'without statuses, by position')
  })

  it('compares a copy the schema does not allow (a paragraph left without its lead words)', () => {
    const sub = schema.nodes.subparagraph.create({ id: 'sub1' }, [para('to report annually')])
    // Built without checks, as no transform would: an operative paragraph that holds only a sub-paragraph.
    const bad = schema.nodes.operative.create({ id: 'split1' }, [sub])
    const index = base.content.content.findIndex((child) => child.type.name === 'operative_part')
    const part = base.child(index)
    const local = base.copy(base.content.replaceChild(index, part.copy(part.content.addToStart(bad))))
    assert.throws(() => local.check(), 'the local copy is ill-formed')
    const statusOf = () => undefined
    const parts = recoveredParts(local, base, { statusOf, touched: new Set(['split1']) })
    assert.deepEqual(
      parts.map((p) => `${partName(p)}: ${p.text}`),
      ['Operative paragraph 1: (a) to report annually'],
    )
  })

  it('names the paragraphs in the interface language', () => {
    const local = deleted(typed(base, 'Recalling', 'Recalling'.length, ' also'), ' of 25 September 2015')
    const [pre] = recoveredParts(local, base)
    const o1: RecoveredPart = { key: 'o1', kind: 'operative', number: '3', text: 'Urges …' }
    assert.equal(recoveredLine(pre!), 'Preambular paragraph 1: “Recalling also its resolution 70/1,”')
    assert.equal(recoveredLine(o1), 'Operative paragraph 3: “Urges …”')
    setUILanguage('fr')
    try {
      assert.equal(recoveredLine(o1), 'Paragraphe 3 du dispositif : « Urges … »')
      assert.equal(partName(pre!), 'Alinéa 1 du préambule')
      assert.equal(partName({ key: 'title', kind: 'title', number: '', text: 'x' }), 'Titre')
    } finally {
      setUILanguage('en')
    }
  })
})

/** A page's copy of the draft without a view: PM documents written into its Y.Doc as y-prosemirror does. */
class Copy {
  readonly ydoc = new Y.Doc({ gc: false })
  readonly fragment = this.ydoc.getXmlFragment(SHARED.document)
  private readonly binding = { mapping: new Map(), isOMark: new Map() }

  get doc(): Node {
    return docOf(this.ydoc)
  }

  /** Writes an edit of the current document into the Y.Doc. */
  edit(change: (doc: Node) => Node): void {
    const next = change(this.doc)
    this.ydoc.transact(() => updateYFragment(this.ydoc, this.fragment, next, this.binding))
  }
}

/** Sends `to` what `from` has and it has not, as the server forwards an update. */
function send(from: Copy, to: Copy): void {
  Y.applyUpdate(to.ydoc, Y.encodeStateAsUpdate(from.ydoc, Y.encodeStateVector(to.ydoc)))
}

/** The server's copy of the sample draft, and two pages that loaded it. */
function room() {
  const server = new Copy()
  server.ydoc.transact(() => {
    prosemirrorToYXmlFragment(sample(), server.fragment)
    const meta = server.ydoc.getMap(SHARED.meta)
    meta.set(META.schemaVersion, SCHEMA_VERSION)
    meta.set(META.lang, 'en')
    meta.set(META.organ, 'ga')
  })
  const mine = new Copy()
  const other = new Copy()
  send(server, mine)
  send(server, other)
  return { server, mine, other }
}

describe('the changes of this page that the server did not take', () => {
  it('are those written after the last change the server took, and deletions the server has not made', () => {
    const { server, mine, other } = room()
    mine.edit((doc) => typed(doc, 'to promote', 'to promote'.length, ' and protect'))
    send(mine, server) // taken
    mine.edit((doc) => typed(doc, 'to cooperate', 3, 'fully '))
    mine.edit((doc) => deleted(doc, ' of 25 September 2015'))
    // Meanwhile another page changes operative paragraph 3, which this page has not heard of.
    other.edit((doc) => typed(doc, 'to remain', 0, 'further '))
    send(other, server)
    assert.deepEqual([...untakenParts(mine.ydoc, server.ydoc)].sort(), ['o2', 'p1'])
    const parts = recoverRefused(mine.ydoc, server.ydoc)
    assert.deepEqual(
      parts.map((p) => `${partName(p)}: ${p.text}`),
      [
        'Preambular paragraph 1: Recalling its resolution 70/1,',
        'Operative paragraph 2: Calls upon Member States to fully cooperate;',
      ],
      'operative paragraph 1 was taken, operative paragraph 3 is the other page’s change',
    )
  })

  it('include a new paragraph, and nothing once the server has everything', () => {
    const { server, mine } = room()
    mine.edit((doc) => insertedAfter(doc, 'o3', op('new3', 'Requests a report on the matter.')))
    assert.deepEqual([...untakenParts(mine.ydoc, server.ydoc)], ['new3'])
    assert.deepEqual(
      recoverRefused(mine.ydoc, server.ydoc).map((p) => [p.number, p.text]),
      [['4', 'Requests a report on the matter.']],
    )
    send(mine, server)
    assert.deepEqual([...untakenParts(mine.ydoc, server.ydoc)], [])
    assert.deepEqual(recoverRefused(mine.ydoc, server.ydoc), [])
  })

  it('leave out what another page wrote while this one was cut off', () => {
    const { server, mine, other } = room()
    other.edit((doc) => retitled(doc, 'A title of the other page'))
    send(other, server)
    assert.deepEqual(recoverRefused(mine.ydoc, server.ydoc), [], 'the old title is not this page’s')
  })
})

/** sessionStorage as a map, which can be made to refuse writes. */
class MemoryStorage implements RecoveryStorage {
  readonly items = new Map<string, string>()
  full = false
  getItem(key: string): string | null {
    return this.items.get(key) ?? null
  }
  setItem(key: string, value: string): void {
    if (this.full) throw new Error('QuotaExceededError')
    this.items.set(key, value)
  }
  removeItem(key: string): void {
    this.items.delete(key)
  }
}

describe('what is kept for the page after the reload', () => {
  const part = (key: string, text: string): RecoveredPart => ({ key, kind: 'operative', number: '1', text })

  it('keeps the parts until dismissed, merged with earlier ones not dismissed, and remembers when', () => {
    const storage = new MemoryStorage()
    assert.equal(keptRecovered('d1', storage), null, 'no recovery yet')
    assert.equal(recoveredLately('d1', 1000, storage), false)
    assert.equal(keepRecovered('d1', [part('o1', 'first'), part('o2', 'second')], 1000, storage), true)
    assert.equal(keepRecovered('d1', [part('o2', 'second, again')], 5000, storage), true)
    assert.deepEqual(keptRecovered('d1', storage), [part('o1', 'first'), part('o2', 'second, again')])
    assert.equal(keptRecovered('d2', storage), null, 'per draft')
    assert.equal(recoveredLately('d1', 5000 + RECOVERY_PAUSE_MS - 1, storage), true)
    assert.equal(recoveredLately('d1', 5000 + RECOVERY_PAUSE_MS, storage), false)
    forgetRecovered('d1', storage)
    assert.equal(keptRecovered('d1', storage), null)
    assert.equal(recoveredLately('d1', 6000, storage), true, 'dismissing does not reset the pause')
  })

  it('says so when storage refuses, and ignores what it cannot read', () => {
    const storage = new MemoryStorage()
    storage.full = true
    assert.equal(keepRecovered('d1', [part('o1', 'x')], 1000, storage), false)
    assert.equal(keepRecovered('d1', [part('o1', 'x')], 1000, null), false, 'no storage at all')
    storage.full = false
    storage.setItem('penholder.recovered:d1', '[{"key":"o1","kind":"operative","number":"1"},"x"]')
    assert.deepEqual(keptRecovered('d1', storage), [])
    storage.setItem('penholder.recovered:d1', 'not json')
    assert.equal(keptRecovered('d1', storage), null)
  })
})

describe('which refusals are recovered', () => {
  it('the races of an honest editor (forbidden, invalid document), not the other refusals', () => {
    const recoverable = Object.values(CLOSE).filter((code) => closeOutcome(code)?.recoverable)
    assert.deepEqual(recoverable.sort(), [CLOSE.forbidden, CLOSE.invalidDocument])
    for (const code of recoverable) assert.equal(closeOutcome(code)?.terminal, true, 'no reconnection')
  })
})
