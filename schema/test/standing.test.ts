import assert from 'node:assert/strict'
import { test } from 'node:test'
import {
  alternativesAttr,
  bracketMark,
  compile,
  importResolution,
  parseAlternatives,
  pickAlternative,
  placeBrackets,
  proposalAttr,
  readStatusEntry,
  removeBrackets,
  schema,
  standingSummary,
  toMarkdown,
  toText,
  writeView,
} from '../index.ts'
import { draft, ins, para, w } from './amendment-drafts.ts'
import { standingDraft, standingStatuses } from './standing-drafts.ts'

const { nodes } = schema

/** A document's JSON without ids, which a re-import gives anew. */
const withoutIds = (json: unknown) => JSON.stringify(json, (key, value) => (key === 'id' ? undefined : value))

test('a status entry is checked field by field, with where it is wrong', () => {
  assert.deepEqual(readStatusEntry({ status: 'agreed', by: 'Chair', at: 5 }, 'statuses.o1'), {
    status: 'agreed',
    by: 'Chair',
    at: 5,
  })
  assert.throws(
    () => readStatusEntry({ status: 'done', by: 'Chair', at: 5 }, 'statuses.o1'),
    /statuses\.o1\.status: expected one of open, agreed-ad-ref, agreed/,
  )
  assert.throws(
    () => readStatusEntry({ status: 'open', by: '', at: 5 }, 'statuses.o1'),
    /statuses\.o1\.by: expected a delegation's name/,
  )
  assert.throws(
    () => readStatusEntry({ status: 'open', by: 'Chair', at: -1 }, 'statuses.o1'),
    /statuses\.o1\.at/,
  )
  assert.throws(
    () => readStatusEntry({ status: 'open', by: 'Chair', at: 1, colour: 'red' }, 's'),
    /s\.colour: unknown field/,
  )
  assert.throws(
    () => readStatusEntry({ status: 'open', by: 'Chair', at: 1, note: 'x'.repeat(501) }, 's'),
    /s\.note/,
  )
})

test('alternatives are a JSON list the schema checks; a wrong one is refused with its reason', () => {
  const attr = alternativesAttr([
    { text: 'Welcomes the report;', by: 'Chile' },
    { text: 'Notes with concern;' },
  ])
  assert.equal(attr, '[{"text":"Welcomes the report;","by":"Chile"},{"text":"Notes with concern;"}]')
  assert.deepEqual(
    parseAlternatives(attr).map((a) => a.text),
    ['Welcomes the report;', 'Notes with concern;'],
  )
  assert.equal(alternativesAttr([]), null)
  assert.throws(() => parseAlternatives('[]'), /a list of 1 to 9 alternatives/)
  assert.throws(() => parseAlternatives('not json'), /not JSON/)
  assert.throws(() => parseAlternatives('[{"text":" "}]'), /\[0\]\.text/)
  assert.throws(() => alternativesAttr(Array.from({ length: 10 }, () => ({ text: 'x' }))), /at most 9/)
  const clause = (attrs: object) => nodes.operative.create({ id: 'o1', ...attrs }, para('Decides;'))
  assert.throws(() => clause({ alternatives: '[1]' }).check(), /alternatives\[0\]: expected an object/)
  assert.throws(() => clause({ bracketed: '' }).check(), /bracketed: expected a delegation's name/)
  assert.throws(() => schema.marks.bracket.create({ by: 'Egypt', id: 'not an id' }), /bracket\.id/)
})

test('the summary counts the paragraphs of the text by status, not those only proposed', () => {
  const doc = standingDraft()
  assert.deepEqual(standingSummary(doc, standingStatuses), {
    total: 4,
    open: 1,
    'agreed-ad-ref': 1,
    agreed: 2,
  })
  assert.deepEqual(
    standingSummary(doc, () => undefined),
    { total: 4, open: 4, 'agreed-ad-ref': 0, agreed: 0 },
  )
})

test('picking a wording makes it the text of the first line, its opening phrase marked, and drops the others', () => {
  const doc = standingDraft()
  const second = pickAlternative(doc, 'o3', 2).doc
  const o3 = second.child(4).child(2)
  assert.equal(o3.textContent, 'Welcomes the report;')
  assert.equal(o3.attrs.alternatives, null)
  assert.deepEqual(
    o3.firstChild!.firstChild!.marks.map((m) => m.type.name),
    ['opening'],
    '"Welcomes" is its opening phrase',
  )
  const first = pickAlternative(doc, 'o3', 1).doc.child(4).child(2)
  assert.equal(first.textContent, 'Notes the report;', 'wording 1 is the words it has')
  assert.equal(first.attrs.alternatives, null)
  assert.throws(() => pickAlternative(doc, 'o3', 3), /o3: there is no wording 3; it has 2/)
  assert.throws(() => pickAlternative(doc, 'nope', 1), /no clause 'nope'/)
})

test('brackets are placed around words and taken away by their id, wherever the words now are', () => {
  const doc = draft('en', [nodes.operative.create({ id: 'o1' }, para('Decides to act now;'))])
  const at = doc.textContent.indexOf('to act')
  let pos = 0
  doc.descendants((node, p) => {
    if (node.isText && node.text!.includes('to act')) pos = p + node.text!.indexOf('to act')
  })
  assert.ok(at >= 0)
  const bracketed = placeBrackets(doc, pos, pos + 6, 'Egypt', 'k1').doc
  assert.match(toText(bracketed), /1?\.? ?Decides \[to act\] now;/)
  assert.equal(removeBrackets(bracketed, 'k1').doc.eq(doc), true)
  assert.throws(() => placeBrackets(doc, pos, pos, 'Egypt'), /the selection is empty/)
})

test('a proposal inside bracketed words stays inside the brackets, and its proposer is named there', () => {
  const doc = draft('en', [
    nodes.operative.create(
      { id: 'o1' },
      para(
        'Decides ',
        w('to ', bracketMark('Egypt', 'k1')),
        w('really ', bracketMark('Egypt', 'k1'), ins('e1', 'Chile')),
        w('act', bracketMark('Egypt', 'k1')),
        ';',
      ),
    ),
  ])
  const compilation = compile(doc, [])
  assert.match(
    toText(compilation.doc, { compilation }),
    /Decides \[to \{\+really \+\}\[Chile\] act\]\(Egypt\);/,
  )
  assert.match(toText(doc), /Decides \[to \{\+really \+\}act\];/)
})

test('the compilation labels a proposed paragraph with alternatives "OP3 bis [Alt 1]", and in French', () => {
  const text = writeView(
    standingDraft(),
    [],
    { view: 'compilation', format: 'txt' },
    { statuses: standingStatuses },
  )
  assert.match(
    text,
    /^OP3 bis \[Proposed by Egypt: new paragraph\] \[Alt 1\] \{\+Decides to conclude\.\+\} \[Egypt\]$/m,
  )
  assert.match(text, /^OP3 bis \[Alt 2\] Decides to remain seized\.$/m)
  const french = writeView(
    standingDraft('fr'),
    [],
    { view: 'compilation', format: 'txt' },
    { statuses: standingStatuses },
  )
  assert.match(french, /\[convenu ad referendum\u00a0; pending consultation in capitals\]/)
  assert.match(french, /\[Variante 2\] Welcomes the report; \(Chile\)/)
})

test('Markdown gives back the brackets and alternatives of the clean text exactly', () => {
  const doc = standingDraft()
  const md = toMarkdown(doc)
  const back = importResolution(md)
  assert.deepEqual(back.warnings, [])
  const clean = writeView(doc, [], { view: 'clean', format: 'md' })
  assert.equal(toMarkdown(importResolution(clean).doc), clean, 'the clean text round-trips')
  assert.equal(withoutIds(back.doc.toJSON()), withoutIds(doc.toJSON()))
  // A proposed paragraph with alternatives and brackets inside a sub-paragraph come back too.
  const more = draft('en', [
    nodes.operative.create({ id: 'o1', bracketed: 'Brazil' }, [
      para('Requests:'),
      nodes.subparagraph.create(
        { id: 's1', alternatives: alternativesAttr([{ text: 'to act;', by: 'Chile' }]) },
        para('to report;'),
      ),
    ]),
    nodes.operative.create(
      {
        id: 'o2',
        proposal: proposalAttr({ amendment: 'e1', delegation: 'Egypt', kind: 'insert' }),
        alternatives: alternativesAttr([{ text: 'Decides otherwise.' }]),
      },
      para(w('Decides.', ins('e1'))),
    ),
  ])
  assert.equal(withoutIds(importResolution(toMarkdown(more)).doc.toJSON()), withoutIds(more.toJSON()))
})
