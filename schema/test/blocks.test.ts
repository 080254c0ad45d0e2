import assert from 'node:assert/strict'
import { test } from 'node:test'
import {
  blockAt,
  blocksOf,
  docFromJSON,
  draftOf,
  emptyDraft,
  forEachBlock,
  partOf,
  schema,
  sharedBlocks,
  withPartsJSON,
} from '../index.ts'

const { nodes } = schema
const clause = (kind: 'preambular' | 'operative', id: string, text: string) =>
  nodes[kind]!.create({ id }, nodes.para.create(null, schema.text(text)))
const head = () =>
  blocksOf(emptyDraft('en', 'ga')).filter((b) => !['preambular', 'operative'].includes(b.type.name))

test('a draft holds its paragraphs in a preamble and an operative part, and reads as one run of blocks', () => {
  const doc = draftOf({ lang: 'en', organ: 'ga' }, [
    ...head(),
    clause('preambular', 'p1', 'Recalling,'),
    clause('operative', 'o1', 'Decides;'),
    clause('operative', 'o2', 'Requests.'),
  ])
  doc.check()
  assert.deepEqual(
    doc.content.content.map((n) => n.type.name),
    ['header', 'title', 'formula', 'preamble', 'operative_part'],
  )
  const seen: string[] = []
  forEachBlock(doc, (node, pos) => {
    assert.equal(doc.nodeAt(pos), node, `${node.type.name} is found at the position given`)
    seen.push(node.attrs.id ?? node.type.name)
  })
  assert.deepEqual(seen, ['header', 'title', 'formula', 'p1', 'o1', 'o2'])
  const o1 = partOf(doc, 'operative')
  assert.equal(doc.nodeAt(o1.start)?.attrs.id, 'o1')
  assert.equal(doc.resolve(o1.end).parent.type.name, 'operative_part')
  assert.equal(blockAt(doc, o1.start + 3)?.node.attrs.id, 'o1', 'a position inside a paragraph')
  assert.equal(blockAt(doc, o1.start)?.node.attrs.id, 'o1', 'the position where a paragraph starts')
  assert.equal(blockAt(doc, 1)?.node.type.name, 'header')
  assert.equal(blockAt(doc, o1.end), null, 'the end of a part, where no paragraph starts')
})

test('paragraphs out of order or a part among the blocks are refused, saying which', () => {
  assert.throws(
    () =>
      draftOf(null, [
        ...head(),
        clause('operative', 'o1', 'Decides;'),
        clause('preambular', 'p1', 'Recalling,'),
      ]),
    /block 4: a preambular paragraph after the operative part/,
  )
  assert.throws(
    () =>
      draftOf(null, [
        ...head(),
        nodes.closing.create(null, nodes.para.create()),
        clause('operative', 'o1', 'x'),
      ]),
    /block 4: an operative paragraph after the closing lines/,
  )
  assert.throws(
    () => draftOf(null, [nodes.preamble.create()]),
    /block 0: a preamble cannot stand among blocks/,
  )
  assert.throws(() => partOf(nodes.doc.create(null, head()), 'operative'), /the draft has no operative part/)
})

test('a draft written as JSON by schema version 1, its paragraphs at the top level, reads into parts', () => {
  const json = emptyDraft('en', 'ga').toJSON()
  const flat = {
    ...json,
    content: [
      ...json.content.slice(0, 3),
      clause('preambular', 'p1', 'Recalling,').toJSON(),
      clause('operative', 'o1', 'Decides.').toJSON(),
      nodes.closing.create(null, nodes.para.create(null, schema.text('65th plenary meeting'))).toJSON(),
    ],
  }
  const doc = docFromJSON(flat)
  assert.deepEqual(
    blocksOf(doc).map((b) => b.attrs.id ?? b.type.name),
    ['header', 'title', 'formula', 'p1', 'o1', 'closing'],
  )
  assert.equal(withPartsJSON(json), json, 'JSON in parts is left as it is')
  const empty = withPartsJSON({ type: 'doc', content: json.content.slice(0, 3) })
  assert.deepEqual(
    empty.content.map((n: { type: string }) => n.type),
    ['header', 'title', 'formula', 'preamble', 'operative_part'],
  )
  assert.throws(
    () => docFromJSON({ ...json, content: [...json.content, clause('operative', 'o9', 'x').toJSON()] }),
    /doc/,
    'a paragraph outside its part in a draft that has parts is an error',
  )
})

test('the blocks of a shared tree open the two parts', () => {
  const el = (nodeName: string, children: unknown[] = []) => ({ nodeName, toArray: () => children })
  const p1 = el('preambular')
  const o1 = el('operative')
  const tree = el('fragment', [el('header'), el('preamble', [p1]), el('operative_part', [o1])])
  assert.deepEqual(
    sharedBlocks<{ nodeName: string }>(tree).map((b) => b.nodeName),
    ['header', 'preambular', 'operative'],
  )
})
