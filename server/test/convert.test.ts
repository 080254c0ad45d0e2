import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { prosemirrorToYXmlFragment, yXmlFragmentToProseMirrorRootNode } from 'y-prosemirror'
import * as Y from 'yjs'
import { blocksOf, docFromJSON, schema, sharedBlocks } from '../../schema/index.ts'
import {
  InvalidDocumentError,
  nodeToYElement,
  pathOf,
  writeDocToFragment,
  yElementToNode,
  yFragmentToDoc,
} from '../convert/index.ts'

const text = (t: string, marks?: unknown[]) => ({ type: 'text', text: t, ...(marks ? { marks } : {}) })
const para = (...content: unknown[]) => ({ type: 'para', content })
const ins = (amendment: string, delegation: string) => ({
  type: 'insertion',
  attrs: { amendment, delegation },
})
const del = (amendment: string, delegation: string) => ({
  type: 'deletion',
  attrs: { amendment, delegation },
})

// Every node type, attributes set and unset, and overlapping insertion/deletion marks of two delegations on
// the same words, which y-prosemirror stores under hashed keys.
const sample = docFromJSON({
  type: 'doc',
  attrs: { lang: 'en', organ: 'ga' },
  content: [
    {
      type: 'header',
      content: [
        { type: 'header_field', attrs: { name: 'organ' }, content: [text('General Assembly')] },
        { type: 'header_field', attrs: { name: 'symbol' }, content: [text('A/C.3/71/L.23')] },
        { type: 'header_field', attrs: { name: 'date' } },
      ],
    },
    { type: 'title', attrs: { number: '71/194' }, content: [text('Strengthening cooperation')] },
    { type: 'formula', content: [text('The General Assembly,', [{ type: 'em' }])] },
    {
      type: 'preambular',
      attrs: { id: 'cpre1' },
      content: [
        para(
          text('Reaffirming', [{ type: 'opening' }]),
          text(' its commitment'),
          {
            type: 'footnote',
            attrs: { id: 'cfn1' },
            content: [text('A/CONF.157/24 (Part I), chap. '), text('III', [{ type: 'em' }])],
          },
          text(','),
        ),
      ],
    },
    {
      type: 'operative',
      attrs: { id: 'cop1' },
      content: [
        para(
          text('Calls upon', [{ type: 'opening' }]),
          text(' States to '),
          text('promote', [del('a1', 'Egypt'), del('a2', 'Brazil')]),
          text(' and protect', [ins('a1', 'Egypt'), ins('a3', 'France')]),
          { type: 'hard_break' },
          text('see '),
          { type: 'xref', attrs: { target: 'cpre1' } },
          text(';'),
        ),
        { type: 'subparagraph', attrs: { id: 'csub1' }, content: [para(text('first;'))] },
        {
          type: 'quotation',
          content: [
            para(text('Quoted')),
            { type: 'subparagraph', attrs: { id: 'csub2' }, content: [para()] },
          ],
        },
      ],
    },
    { type: 'operative', content: [para(text('Decides to remain seized of the matter.'))] },
    { type: 'closing', content: [para(text('65th plenary meeting'))] },
  ],
})

const attrs = { lang: 'en', organ: 'ga' } as const

describe('Y.XmlFragment <-> ProseMirror conversion', () => {
  it('writes what y-prosemirror reads back as the same document', () => {
    const ydoc = new Y.Doc({ gc: false })
    const fragment = ydoc.getXmlFragment('prosemirror')
    ydoc.transact(() => writeDocToFragment(sample, fragment))
    const read = yXmlFragmentToProseMirrorRootNode(fragment, schema)
    assert.ok(read.content.eq(sample.content), `y-prosemirror read back:\n${read.toString()}`)
  })

  it('reads what y-prosemirror writes as the same document, and writes the same Y structure', () => {
    const ydoc = new Y.Doc({ gc: false })
    const theirs = ydoc.getXmlFragment('theirs')
    prosemirrorToYXmlFragment(sample, theirs)
    const read = yFragmentToDoc(theirs, attrs)
    assert.ok(read.eq(sample), `read back:\n${read.toString()}`)
    const ours = ydoc.getXmlFragment('ours')
    ydoc.transact(() => writeDocToFragment(sample, ours))
    assert.deepEqual(ours.toJSON(), theirs.toJSON())
    const deltas = (f: Y.XmlFragment) => {
      const out: unknown[] = []
      const walk = (t: Y.XmlElement | Y.XmlText | Y.XmlFragment) => {
        if (t instanceof Y.XmlText) out.push(t.toDelta())
        else for (const c of t.toArray()) walk(c as Y.XmlElement | Y.XmlText)
      }
      walk(f)
      return out
    }
    assert.deepEqual(deltas(ours), deltas(theirs))
  })

  it('keeps two delegations’ insertions over the same words apart', () => {
    const ydoc = new Y.Doc({ gc: false })
    const fragment = ydoc.getXmlFragment('prosemirror')
    ydoc.transact(() => writeDocToFragment(sample, fragment))
    const op = blocksOf(yFragmentToDoc(fragment, attrs))[4]!.firstChild!
    const marked: string[] = []
    op.forEach((n) => {
      if (n.text === ' and protect')
        for (const m of n.marks) marked.push(`${m.type.name}:${m.attrs.delegation}`)
    })
    assert.deepEqual(marked.sort(), ['insertion:Egypt', 'insertion:France'])
  })

  describe('refuses what the schema does not allow, saying where', () => {
    const build = (mutate: (fragment: Y.XmlFragment) => void) => {
      const ydoc = new Y.Doc({ gc: false })
      const fragment = ydoc.getXmlFragment('prosemirror')
      ydoc.transact(() => writeDocToFragment(sample, fragment))
      ydoc.transact(() => mutate(fragment))
      return () => yFragmentToDoc(fragment, attrs)
    }
    const clause = (f: Y.XmlFragment, i: number) => sharedBlocks<Y.XmlElement>(f)[i]!

    it('an unknown element', () => {
      const read = build((f) => clause(f, 4).insert(1, [new Y.XmlElement('script')]))
      assert.throws(read, (e: unknown) => {
        assert.ok(e instanceof InvalidDocumentError)
        assert.equal(e.at, 'doc/4:operative_part/0:operative/1:script')
        assert.match(e.message, /no element 'script'/)
        return true
      })
    })

    it('an element in the wrong place', () => {
      assert.throws(
        build((f) => f.insert(3, [nodeToYElement(schema.nodes.para.create())])),
        /doc\/3:para: .*'para' cannot follow 'header title formula'/,
      )
      assert.throws(
        build((f) => clause(f, 4).insert(0, [nodeToYElement(schema.nodes.title.create())])),
        /doc\/4:operative_part\/0:operative: 'operative' must hold 'para \(subparagraph \| quotation\)\*', found 'title para/,
      )
      assert.throws(
        build((f) =>
          (f.get(3) as Y.XmlElement).insert(1, [
            nodeToYElement(schema.nodes.operative.create(null, schema.nodes.para.create())),
          ]),
        ),
        /doc\/3:preamble\/1:operative: the preamble is 'preambular\*'; 'operative' cannot follow 'preambular'/,
      )
    })

    it('a broken attribute, an unknown attribute, a missing required attribute', () => {
      assert.throws(
        build((f) => clause(f, 4).setAttribute('id', '1 not an id')),
        /doc\/4:operative_part\/0:operative: a clause id must be null or a short identifier/,
      )
      assert.throws(
        build((f) => clause(f, 4).setAttribute('onclick', 'x')),
        /'operative' has no attribute 'onclick'/,
      )
      assert.throws(
        build((f) => (clause(f, 0).get(0) as Y.XmlElement).removeAttribute('name')),
        /doc\/0:header\/0:header_field: No value supplied for attribute name/,
      )
    })

    it('unknown marks, marks under a forged key, embeds in text', () => {
      const firstText = (f: Y.XmlFragment) => (clause(f, 5).get(0) as Y.XmlElement).get(0) as Y.XmlText
      assert.throws(
        build((f) => firstText(f).format(0, 3, { blink: {} })),
        /unknown mark 'blink'/,
      )
      assert.throws(
        build((f) =>
          firstText(f).format(0, 3, { 'insertion--AAAAAAAA': { amendment: 'a', delegation: 'b' } }),
        ),
        /mark 'insertion' is stored under a wrong key/,
      )
      assert.throws(
        build((f) => firstText(f).format(0, 3, { insertion: { amendment: 7 } })),
        /mark 'insertion'/,
      )
      assert.throws(
        build((f) => firstText(f).insertEmbed(0, { image: 'x' })),
        /embedded object/,
      )
    })
  })

  it('names where an element stands, parts included, as the errors do', () => {
    const ydoc = new Y.Doc({ gc: false })
    const fragment = ydoc.getXmlFragment('prosemirror')
    ydoc.transact(() => writeDocToFragment(sample, fragment))
    const blocks = sharedBlocks<Y.XmlElement>(fragment)
    assert.equal(pathOf(blocks[0]!), 'doc/0:header')
    assert.equal(pathOf(blocks[0]!.get(1) as Y.XmlElement), 'doc/0:header/1:header_field')
    assert.equal(pathOf(blocks[4]!), 'doc/4:operative_part/0:operative')
    assert.equal(pathOf(blocks[4]!.get(0) as Y.XmlElement), 'doc/4:operative_part/0:operative/0:para')
  })

  it('builds elements that are not yet in a document', () => {
    const op = sample.child(4)
    const element = nodeToYElement(op)
    const ydoc = new Y.Doc({ gc: false })
    ydoc.getXmlFragment('prosemirror').insert(0, [element])
    assert.ok(yElementToNode(element, 'x').eq(op))
  })
})
