import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Node } from 'prosemirror-model'
import { cleanDoc, compile, draftOf, forEachBlock, recordsWithImplied, schema } from '../../schema/index.ts'
import { readAkn } from '../formats/akn/read.ts'
import { writeAkn } from '../formats/akn/write.ts'
import { MAX_FILE_BYTES } from '../formats/limits.ts'
import { everyPart } from './akn-drafts.ts'
import { formatFixtures, proposalsDraft } from './format-fixtures.ts'

const { nodes: N, marks: M } = schema
const AKN = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0'

const roundTrip = (doc: Node, view: 'clean' | 'compilation' = 'clean') =>
  readAkn(writeAkn({ doc, records: [] }, { view }))

test('export then import gives back every draft, clean view', () => {
  for (const f of formatFixtures()) {
    const clean = cleanDoc(f.doc, recordsWithImplied(f.doc, f.records))
    const { doc, warnings } = readAkn(writeAkn(f, { view: 'clean' }))
    assert.deepEqual(doc.toJSON(), clean.toJSON(), f.name)
    assert.deepEqual(warnings, [], f.name)
  }
})

test('the compilation view gives back the pending proposals: marks with their delegations, paragraph proposals', () => {
  const f = proposalsDraft()
  const compilation = compile(f.doc, recordsWithImplied(f.doc, f.records))
  const { doc } = readAkn(writeAkn(f, { view: 'compilation' }))
  assert.deepEqual(doc.toJSON(), compilation.doc.toJSON())
  const proposals: string[] = []
  forEachBlock(doc, (node) => {
    if (node.attrs.proposal) proposals.push(`${node.attrs.id} ${node.attrs.proposal}`)
  })
  assert.deepEqual(proposals, [
    'p2 {"amendment":"C3","delegation":"Chile","kind":"insert"}',
    'o2 {"amendment":"E3","delegation":"Egypt","kind":"insert"}',
    'o3 {"amendment":"C2","delegation":"Chile","kind":"delete"}',
    'o4 {"amendment":"E4","delegation":"Egypt","kind":"move"}',
    'o7 {"amendment":"E4","delegation":"Egypt","kind":"move","from":"o4"}',
  ])
})

test('every part of a draft survives the round trip: fields, notes, marks, quotations, spaces, breaks, references', () => {
  const doc = everyPart()
  const clean = roundTrip(doc, 'compilation')
  assert.deepEqual(clean.doc.toJSON(), doc.toJSON())
  assert.deepEqual(clean.warnings, [])
})

test('a draft without paragraphs, and one whose clauses have no ids yet (which get fresh, unique ids)', () => {
  const bare = draftOf({ lang: 'fr', organ: 'hrc' }, [
    N.header.create(),
    N.title.create(),
    N.formula.create(),
  ])
  assert.deepEqual(roundTrip(bare).doc.toJSON(), bare.toJSON())
  const op = (text: string) => N.operative.create(null, N.para.create(null, schema.text(text)))
  const unnamed = draftOf({ lang: 'en', organ: 'ga' }, [
    N.header.create(),
    N.title.create(),
    N.formula.create(),
    op('One;'),
    op('Two.'),
  ])
  const { doc } = roundTrip(unnamed)
  const ids: string[] = []
  forEachBlock(doc, (node) => {
    if (node.type.name === 'operative') ids.push(node.attrs.id)
  })
  assert.equal(ids.length, 2)
  assert.ok(ids.every((id) => /^c[a-z0-9]{9}$/.test(id)) && ids[0] !== ids[1], ids.join())
})

test('the language option overrides what the file states; a byte order mark does not stop the reader', () => {
  const f = formatFixtures()[0]!
  assert.equal(readAkn(writeAkn(f, { view: 'clean' })).doc.attrs.lang, 'fr')
  assert.equal(readAkn(writeAkn(f, { view: 'clean' }), { lang: 'es' }).doc.attrs.lang, 'es')
  assert.equal(
    readAkn(`\uFEFF${writeAkn(f, { view: 'clean' })}`).doc.attrs.lang,
    'fr',
    'a byte order mark is ignored',
  )
})

/** A resolution as another tool writes it, laid out with indentation, in AKN4UN's style. */
const FOREIGN = `<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="${AKN}">
  <statement name="resolution">
    <meta>
      <identification source="#dgacm">
        <FRBRWork>
          <FRBRthis value="/akn/un/statement/deliberation/unsc/2022-02-27/2623/!main"/>
          <FRBRuri value="/akn/un/statement/deliberation/unsc/2022-02-27/2623"/>
          <FRBRdate date="2022-02-27" name="adoption"/>
          <FRBRauthor href="#sc"/>
          <FRBRcountry value="un"/>
        </FRBRWork>
        <FRBRExpression>
          <FRBRthis value="/akn/un/statement/deliberation/unsc/2022-02-27/2623/eng@/!main"/>
          <FRBRuri value="/akn/un/statement/deliberation/unsc/2022-02-27/2623/eng@"/>
          <FRBRdate date="2022-02-27" name="publication"/>
          <FRBRauthor href="#sc"/>
          <FRBRlanguage language="eng"/>
        </FRBRExpression>
        <FRBRManifestation>
          <FRBRthis value="/akn/un/statement/deliberation/unsc/2022-02-27/2623/eng@/!main.xml"/>
          <FRBRuri value="/akn/un/statement/deliberation/unsc/2022-02-27/2623/eng@.xml"/>
          <FRBRdate date="2024-01-01" name="markup"/>
          <FRBRauthor href="#dgacm"/>
        </FRBRManifestation>
      </identification>
    </meta>
    <coverPage>
      <p><docNumber>S/RES/2623 (2022)</docNumber></p>
      <p><docAuthority>Security Council</docAuthority></p>
      <p><docTitle>Adopted by the Security Council at its 8980th meeting, on 27 February 2022</docTitle></p>
    </coverPage>
    <preface>
      <p><docNumber>2623 (2022).</docNumber> <docTitle>Resolution   2623 (2022)</docTitle></p>
      <p class="logo"><img src="un.png"/></p>
    </preface>
    <preamble>
      <formula name="enactingFormula"><p><span class="italic">The Security Council</span>,</p></formula>
      <container name="preambularParagraph" eId="container_1">
        <p>
          <span class="italic">Having considered</span> the item on the agenda<authorialNote marker="1" placement="bottom" eId="note_1"><p>S/Agenda/8979.</p></authorialNote>,
        </p>
      </container>
    </preamble>
    <mainBody>
      <paragraph eId="para_1">
        <num>1.</num>
        <list eId="para_1_list">
          <intro><p><i>Decides</i> to call an emergency special session:</p></intro>
          <point eId="para_1_list_point_a"><num>(a)</num><content><p>at once;</p></content></point>
        </list>
        <wrapUp><p>and reports.</p></wrapUp>
      </paragraph>
      <hcontainer name="resolves" eId="hcontainer_1">
        <heading>Resolves</heading>
        <paragraph eId="para_2"><num>2.</num><content><p><i>Requests</i> a report;</p><p>promptly.</p></content></paragraph>
      </hcontainer>
    </mainBody>
    <conclusions><p>8980th meeting</p></conclusions>
    <attachments/>
  </statement>
</akomaNtoso>
`

test("another tool's AKN resolution is read as far as it goes, and what is skipped is reported by line", () => {
  const { doc, warnings } = readAkn(FOREIGN)
  assert.equal(doc.attrs.lang, 'en')
  assert.equal(doc.attrs.organ, 'sc')
  const blocks: string[] = []
  forEachBlock(doc, (node) => {
    const opening: string[] = []
    node.descendants((n) => {
      if (n.isText && M.opening.isInSet(n.marks)) opening.push(n.text!)
    })
    const name = node.type.name === 'header_field' ? node.attrs.name : node.type.name
    blocks.push(`${name}${opening.length ? ` [${opening.join('')}]` : ''}: ${node.textContent}`)
  })
  assert.deepEqual(blocks, [
    'header: S/RES/2623 (2022)Security CouncilAdopted by the Security Council at its 8980th meeting, on 27 February 2022',
    'title: Resolution 2623 (2022)',
    'formula: The Security Council,',
    'preambular [Having considered]: Having considered the item on the agendaS/Agenda/8979.,',
    'operative [Decides]: Decides to call an emergency special session:at once;',
    'operative [Requests]: Requests a report;promptly.',
    'closing: 8980th meeting',
  ])
  const fields: string[] = []
  doc.firstChild!.forEach((f) => {
    fields.push(f.attrs.name)
  })
  assert.deepEqual(fields, ['symbol', 'organ', 'adoption'])
  assert.equal(doc.child(1).attrs.number, '2623 (2022)')
  // The note stays where it was cited; the clauses get fresh ids, "para_1" being a position, not an id.
  let notes = 0
  doc.descendants((n) => {
    if (n.type.name === 'footnote') notes++
  })
  assert.equal(notes, 1)
  const lines = (pattern: RegExp) => warnings.filter((w) => pattern.test(w.message)).map((w) => w.line)
  assert.deepEqual(lines(/wrapUp.*"and reports\."/), [52])
  assert.deepEqual(lines(/heading of a <hcontainer>.*"Resolves"/), [55])
  assert.deepEqual(lines(/second paragraph/), [56])
  // Attachments are annexes; an empty <attachments/> adds none.
  assert.deepEqual(lines(/<attachments>/), [])
  assert.equal(doc.lastChild!.type.name, 'closing')
})

test('files that are not a readable resolution are refused with one clear line', () => {
  const refusals: [string, string, RegExp][] = [
    ['empty', '', /the Akoma Ntoso file is empty/],
    ['blank', ' \n\t', /the Akoma Ntoso file is empty/],
    [
      'external entity',
      `<?xml version="1.0"?>\n<!DOCTYPE akomaNtoso [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<akomaNtoso xmlns="${AKN}">&xxe;</akomaNtoso>`,
      /line 2: a document type declaration \(<!DOCTYPE>\) is not accepted/,
    ],
    [
      'billion laughs',
      `<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>\n<akomaNtoso xmlns="${AKN}">&lol1;</akomaNtoso>`,
      /line 1: a document type declaration/,
    ],
    [
      'entity without a DTD',
      `<akomaNtoso xmlns="${AKN}"><statement>&xxe;</statement></akomaNtoso>`,
      /line 1: not well-formed XML: undefined entity/,
    ],
    [
      'not well-formed',
      `<akomaNtoso xmlns="${AKN}">\n<statement>\n</akomaNtoso>`,
      /the Akoma Ntoso file, line 3: /,
    ],
    [
      'another root',
      '<html><body><p>Hello</p></body></html>',
      /not Akoma Ntoso 3\.0: its root element is <html> without a namespace/,
    ],
    [
      'another version',
      '<akomaNtoso xmlns="http://www.akomantoso.org/2.0"><act/></akomaNtoso>',
      /root element is <akomaNtoso> in namespace http:\/\/www\.akomantoso\.org\/2\.0/,
    ],
    ['no document', `<akomaNtoso xmlns="${AKN}"/>`, /holds no document/],
    [
      'a debate',
      `<akomaNtoso xmlns="${AKN}"><debate/></akomaNtoso>`,
      /line 1: a <debate> is not a resolution/,
    ],
    [
      'nothing in it',
      `<akomaNtoso xmlns="${AKN}"><statement><mainBody><p/></mainBody></statement></akomaNtoso>`,
      /holds no paragraphs/,
    ],
  ]
  const amendments = writeAkn(proposalsDraft(), { view: 'amendments', delegation: 'Egypt' })
  refusals.push(['amendments', amendments, /an amendments document \(<amendment>\) is not a draft/])
  refusals.push([
    'too large',
    ' '.repeat(MAX_FILE_BYTES) + FOREIGN,
    /the file is 10\.0 MB; a resolution file is at most 10 MB/,
  ])
  for (const [name, text, message] of refusals) {
    assert.throws(
      () => readAkn(text),
      (e: unknown) => {
        assert.ok(e instanceof RangeError, `${name}: ${String(e)}`)
        assert.match(e.message, message, name)
        assert.doesNotMatch(e.message, /\n/, `${name}: one line`)
        return true
      },
    )
  }
})
