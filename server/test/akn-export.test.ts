import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Node } from 'prosemirror-model'
import { type Lang, recordsWithImplied, schema } from '../../schema/index.ts'
import { clause, draft } from '../../schema/test/amendment-drafts.ts'
import { isoDateIn } from '../formats/akn/dates.ts'
import { sponsorPieces } from '../formats/akn/sponsors.ts'
import { writeAkn } from '../formats/akn/write.ts'
import { parseXml, textContent, type XmlElement } from '../formats/xml/parse.ts'
import { everyPart } from './akn-drafts.ts'
import { aknSchema, aknSkip, run, scratch } from './external-tools.ts'
import { formatFixtures, proposalsDraft } from './format-fixtures.ts'

/** Every element of a tree with a local name, in document order. */
function all(root: XmlElement, local: string): XmlElement[] {
  const found: XmlElement[] = []
  const walk = (e: XmlElement) => {
    if (e.local === local) found.push(e)
    for (const child of e.children) if (typeof child !== 'string') walk(child)
  }
  walk(root)
  return found
}

const one = (root: XmlElement, local: string): XmlElement => {
  const found = all(root, local)
  assert.equal(found.length, 1, `expected one <${local}>, found ${found.length}`)
  return found[0]!
}

const attrOf = (root: XmlElement, local: string, attr: string) => all(root, local).map((e) => e.attrs[attr])

const fixture = (name: string) => formatFixtures().find((f) => f.name.includes(name))!

test('every view of every draft validates against the OASIS Akoma Ntoso schema', { skip: aknSkip() }, () => {
  const dir = scratch()
  try {
    const files: string[] = []
    formatFixtures().forEach((f, i) => {
      for (const view of ['clean', 'compilation'] as const) {
        files.push(dir.file(`${i}-${view}.xml`, writeAkn(f, { view })))
      }
      const delegations = [...new Set(recordsWithImplied(f.doc, f.records).map((r) => r.delegation))]
      for (const delegation of delegations) {
        files.push(
          dir.file(`${i}-amendments-${delegation}.xml`, writeAkn(f, { view: 'amendments', delegation })),
        )
      }
    })
    const edges = { doc: everyPart(), records: [] }
    files.push(dir.file('every-part.xml', writeAkn(edges, { view: 'compilation' })))
    files.push(
      dir.file('every-part-amendments.xml', writeAkn(edges, { view: 'amendments', delegation: 'Brazil' })),
    )
    // Seven drafts in two views, three delegations' amendments, and the draft with every part of the schema.
    assert.equal(files.length, 7 * 2 + 3 + 2)
    const xsd = aknSchema()
    assert.ok(xsd, 'the Akoma Ntoso schema is missing: set AKN_XSD or provide ../shared/akn/akomantoso30.xsd')
    // One xmllint run for all files: reading the schema takes most of its time. It exits non-zero, naming the
    // file and the element, if any of them does not validate.
    const report = run('xmllint', ['--noout', '--schema', xsd, ...files])
    assert.equal(report, '')
  } finally {
    dir.remove()
  }
})

test('the amendments view names a delegation with amendments in the draft, or is refused', () => {
  const f = proposalsDraft()
  assert.throws(() => writeAkn(f, { view: 'amendments' }), RangeError)
  assert.throws(
    () => writeAkn(f, { view: 'amendments', delegation: 'Peru' }),
    /no amendment of 'Peru'.*Brazil, Chile, Egypt/,
  )
  assert.throws(
    () => writeAkn(fixture('71/194'), { view: 'amendments', delegation: 'Egypt' }),
    /holds no amendments/,
  )
  const root = parseXml(writeAkn(f, { view: 'amendments', delegation: 'Egypt' }), 'egypt.xml')
  assert.equal(one(root, 'amendment').attrs.name, 'amendment')
  assert.equal(textContent(one(root, 'docTitle')), 'Egypt: amendments to draft resolution A/C.3/71/L.23')
  assert.deepEqual(all(root, 'num').map(textContent), ['1.', '2.', '3.', '4.'])
  const items = all(root, 'item').map((item) => textContent(all(item, 'p')[0]!))
  assert.equal(
    items[1],
    'In operative paragraph 1, replace the word “promote” with the words “promote and protect”;',
  )
  assert.equal(textContent(one(root, 'blockContainer')), 'Calls upon States to act;')
})

test('an adopted resolution: FRBR identification as AKN4UN builds it, preface fields, formula, recitals, notes where cited', () => {
  const root = parseXml(writeAkn(fixture('71/194'), { view: 'clean' }), 'fr.xml')
  assert.equal(one(root, 'statement').attrs.name, 'resolution')
  const work = '/akn/un/statement/deliberation/unga/2016-12-19/71-194'
  assert.deepEqual(attrOf(root, 'FRBRthis', 'value'), [
    `${work}/!main`,
    `${work}/fra@/!main`,
    `${work}/fra@/!main.xml`,
  ])
  assert.deepEqual(attrOf(root, 'FRBRuri', 'value'), [work, `${work}/fra@`, `${work}/fra@.akn`])
  assert.equal(one(root, 'FRBRlanguage').attrs.language, 'fra')
  assert.equal(one(root, 'FRBRnumber').attrs.value, '71/194')
  const organ = all(root, 'TLCOrganization').find((t) => t.attrs.eId === 'unga')
  assert.equal(organ?.attrs.href, '/akn/ontology/organization/un/generalAssembly')

  const preface = one(root, 'preface')
  assert.equal(textContent(one(preface, 'docAuthority')), 'Assemblée générale')
  assert.equal(one(preface, 'docDate').attrs.date, '2017-01-20')
  assert.equal(textContent(one(preface, 'docStatus')), 'Distr. générale')
  assert.equal(textContent(one(preface, 'session')), 'Soixante et onzième session')
  assert.match(textContent(one(preface, 'docStage')), /^Résolution adoptée par l'Assemblée générale/)
  assert.equal(textContent(one(preface, 'docNumber')), '71/194')
  assert.match(textContent(one(preface, 'docTitle')), /^Renforcement de la coopération internationale/)

  const preamble = one(root, 'preamble')
  assert.equal(one(preamble, 'formula').attrs.name, 'enactingFormula')
  const recitals = all(preamble, 'recital')
  assert.ok(recitals.length > 5)
  const openings = all(recitals[0]!, 'inline').filter((e) => e.attrs.name === 'openingPhrase')
  assert.deepEqual(openings.map(textContent), ['Réaffirmant sa volonté'])

  // Footnotes stand where they are cited, numbered across the text.
  const notes = all(root, 'authorialNote')
  assert.deepEqual(
    notes.map((n) => n.attrs.marker),
    notes.map((_, i) => String(i + 1)),
  )
  assert.ok(notes.every((n) => n.attrs.placement === 'bottom'))
  assert.equal(textContent(notes[0]!), 'A/CONF.157/24 (Part I), chap. III.')
  assert.ok(
    all(recitals[0]!, 'authorialNote').includes(notes[0]!),
    'the first note is inside the first recital',
  )
  assert.ok(notes[0]!.attrs.eId!.startsWith(`${recitals[0]!.attrs.eId}__authorialNote_`))

  const paragraphs = all(one(root, 'mainBody'), 'paragraph')
  assert.equal(textContent(one(paragraphs[0]!, 'num')), '1.')
  assert.ok(all(one(root, 'conclusions'), 'p').length > 0)
})

test('eIds are built from the stable ids, so renumbering changes the num but not the eId', () => {
  const ops = (ids: string[]) => ids.map((id) => clause('operative', id, `Paragraph ${id};`))
  const before = parseXml(
    writeAkn({ doc: draft('en', ops(['a1', 'a2'])), records: [] }, { view: 'clean' }),
    'a',
  )
  const after = parseXml(
    writeAkn({ doc: draft('en', ops(['a0', 'a1', 'a2'])), records: [] }, { view: 'clean' }),
    'b',
  )
  const numOf = (root: XmlElement, eId: string) =>
    textContent(one(all(root, 'paragraph').find((p) => p.attrs.eId === eId)!, 'num'))
  assert.equal(numOf(before, 'para_a2'), '2.')
  assert.equal(numOf(after, 'para_a2'), '3.')
})

test('sub-paragraphs nest as points of lists in the main body and items of block lists in the preamble', () => {
  const root = parseXml(writeAkn(fixture('nested sub-paragraphs'), { view: 'clean' }), 'subs.xml')
  const recital = all(root, 'recital')[0]!
  const items = all(recital, 'item')
  assert.deepEqual(
    items.map((i) => textContent(all(i, 'num')[0]!)),
    ['(a)', '(b)', '(i)', '(ii)'],
  )
  assert.match(
    items[2]!.attrs.eId!,
    new RegExp(`^${recital.attrs.eId}__list_1__item_\\w+__list_1__item_\\w+$`),
  )
  const paragraph = all(root, 'paragraph')[0]!
  const quotes = all(paragraph, 'hcontainer').filter((h) => h.attrs.name === 'quotation')
  assert.equal(quotes.length, 1)
  const quote = quotes[0]!
  assert.deepEqual(
    all(quote, 'hcontainer').map((h) => `${h.attrs.name}: ${textContent(h)}`),
    [`quotation: ${textContent(quote)}`, 'quotedText: “Rule 5'],
  )
  const points = all(quote, 'point')
  assert.deepEqual(
    points.map((p) => textContent(all(p, 'num')[0]!)),
    ['(a)', '(b)', '(i)', '(ii)'],
  )
  assert.match(
    points[0]!.attrs.eId!,
    new RegExp(`^${paragraph.attrs.eId}__hcontainer_1__list_1__point_\\w+$`),
  )
  // Sponsors are proponents, each named in the references.
  assert.deepEqual(all(root, 'docProponent').map(textContent), ['Mexico', 'Norway'])
  assert.deepEqual(attrOf(root, 'docProponent', 'refersTo'), ['#mexico', '#norway'])
  assert.equal(textContent(one(root, 'docType')), 'draft resolution')
  assert.equal(one(root, 'statement').attrs.name, 'resolutionDraft')
})

test('the compilation view writes pending changes as ins/del naming the delegation, and paragraph proposals', () => {
  const root = parseXml(writeAkn(proposalsDraft(), { view: 'compilation' }), 'compilation.xml')
  const names = new Map(all(root, 'TLCOrganization').map((t) => [t.attrs.eId, t.attrs.showAs]))
  const changes = [...all(root, 'ins'), ...all(root, 'del')].map(
    (e) =>
      `${e.local} ${names.get(e.attrs.refersTo!.slice(1))} ${e.nsAttrs['urn:penholder:akn|amendment']}: ${textContent(e)}`,
  )
  assert.deepEqual(changes.sort(), [
    'del Brazil B1: all ',
    'del Chile C1: promote',
    'del Egypt E2: promote',
    'ins Chile C1: advance',
    'ins Egypt E1: also ',
    'ins Egypt E2: promote and protect',
  ])
  const proposed = [...all(root, 'recital'), ...all(root, 'paragraph')]
    .filter((e) => e.nsAttrs['urn:penholder:akn|proposal'])
    .map(
      (e) =>
        `${textContent(one(e, 'num'))} ${e.nsAttrs['urn:penholder:akn|proposal']} ${names.get(e.attrs.refersTo!.slice(1))}`,
    )
  assert.deepEqual(proposed, [
    'PP1 bis insert Chile',
    'OP1 bis insert Egypt',
    'OP2 delete Chile',
    'OP3 move Egypt',
    'OP5 bis move Egypt',
  ])
})

test('text is escaped once, characters XML cannot hold are dropped, references point at the eId of their clause', () => {
  const { nodes } = schema
  const op = clause('operative', 'k1', 'Recalls "A & B" <C>\ttab;')
  const withRef = (n: Node) =>
    n.type.create(
      n.attrs,
      nodes.para.create(null, [
        schema.text('See paragraph '),
        nodes.xref.create({ target: 'k1' }),
        schema.text('\u0001.'),
      ]),
    )
  const doc = draft('en', [op, withRef(clause('operative', 'k2', 'x'))])
  const xml = writeAkn({ doc, records: [] }, { view: 'clean' })
  assert.ok(xml.includes('Recalls &quot;A &amp; B&quot; &lt;C&gt;&#9;tab;'))
  const root = parseXml(xml, 'refs.xml')
  const ref = one(root, 'ref')
  assert.equal(ref.attrs.href, '#para_k1')
  assert.equal(textContent(ref), '1')
  assert.equal(textContent(all(root, 'paragraph')[1]!).trim(), '2.See paragraph 1.')
})

test('printed dates of the six languages and sponsor lines are read as AKN needs them', () => {
  assert.equal(isoDateIn('20 janvier 2017'), '2017-01-20')
  assert.equal(
    isoDateIn('Adopted by the Security Council at its 8980th meeting, on 27 February 2022'),
    '2022-02-27',
  )
  assert.equal(isoDateIn('19 de diciembre de 2016'), '2016-12-19')
  assert.equal(isoDateIn('19 декабря 2016 года'), '2016-12-19')
  assert.equal(isoDateIn('1 تشرين الثاني/نوفمبر 2022'), '2022-11-01')
  assert.equal(isoDateIn('2022年11月1日'), '2022-11-01')
  assert.equal(isoDateIn('31 February 2022'), null)
  assert.equal(isoDateIn('Seventy-first session'), null)
  const names = (line: string, lang: Lang) =>
    sponsorPieces(line, lang).flatMap((p) => ('sponsor' in p ? [p.sponsor] : []))
  assert.deepEqual(names('Australia, Brazil and Chile: draft resolution', 'en'), [
    'Australia',
    'Brazil',
    'Chile',
  ])
  assert.deepEqual(names('Antigua and Barbuda, Brazil and Trinidad and Tobago: draft resolution', 'en'), [
    'Antigua and Barbuda',
    'Brazil',
    'Trinidad and Tobago',
  ])
  assert.deepEqual(names('مصر وتونس: مشروع قرار', 'ar'), ['مصر', 'تونس'])
  assert.deepEqual(names('中非共和国、法国和中国：决议草案', 'zh'), ['中非共和国', '法国', '中国'])
  assert.deepEqual(names('Note by the Secretariat', 'en'), [])
  const pieces = sponsorPieces('Mexique et Norvège : projet de résolution', 'fr')
  assert.equal(
    pieces.map((p) => ('sponsor' in p ? p.sponsor : p.text)).join(''),
    'Mexique et Norvège : projet de résolution',
  )
})
