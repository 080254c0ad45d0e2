import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import {
  DeletedTextRun,
  Document,
  InsertedTextRun,
  LevelFormat,
  Packer,
  Paragraph,
  type ParagraphChild,
  TextRun,
} from 'docx'
import type { Node } from 'prosemirror-model'
import {
  acceptAmendment,
  forEachBlock,
  isFaithfulCopy,
  outline,
  proposalOf,
  recordsWithImplied,
  rejectAmendment,
  toMarkdown,
} from '../../schema/index.ts'
import { readDocx } from '../formats/docx/read.ts'
import { wDocument, wordPackage, wPara, wRun } from './word-files.ts'

type Version = 'tracked' | 'before' | 'after'
const DATE = '2024-03-01T10:00:00Z'

/**
 * A draft with tracked changes of France and Chile, or the same draft before them or after accepting them: France
 * inserts "also" in the preambular paragraph, replaces "vital" with "central" and deletes operative paragraph 3;
 * Chile deletes "all" and inserts a new operative paragraph 2. Operative paragraphs are numbered by a Word list.
 */
function draft(version: Version): Promise<Buffer> {
  let id = 0
  const ins = (author: string, text: string, italics = false): ParagraphChild[] => {
    if (version === 'before') return []
    if (version === 'after') return [new TextRun({ text, italics })]
    return [new InsertedTextRun({ text, italics, author, id: ++id, date: DATE })]
  }
  const del = (author: string, text: string, italics = false): ParagraphChild[] => {
    if (version === 'after') return []
    if (version === 'before') return [new TextRun({ text, italics })]
    return [new DeletedTextRun({ text, italics, author, id: ++id, date: DATE })]
  }
  const operative = (...children: ParagraphChild[]) =>
    new Paragraph({ children, numbering: { reference: 'operative', level: 0 } })
  const paragraphs = [
    new Paragraph({ children: [new TextRun({ text: 'The General Assembly,', italics: true })] }),
    new Paragraph({
      children: [
        new TextRun({ text: 'Recalling', italics: true }),
        ...ins('France', ' also'),
        new TextRun(' its resolution 77/1,'),
      ],
    }),
    operative(
      new TextRun({ text: 'Reaffirms', italics: true }),
      new TextRun(' the '),
      ...del('France', 'vital'),
      ...ins('France', 'central'),
      new TextRun(' role of '),
      ...del('Chile', 'all '),
      new TextRun('States;'),
    ),
    version === 'before'
      ? null
      : operative(...ins('Chile', 'Calls upon', true), ...ins('Chile', ' States to act;')),
    version === 'after'
      ? null
      : operative(...del('France', 'Requests', true), ...del('France', ' a report;')),
    operative(
      new TextRun({ text: 'Decides', italics: true }),
      new TextRun(' to remain seized of the matter.'),
    ),
  ]
  return Packer.toBuffer(
    new Document({
      numbering: {
        config: [
          { reference: 'operative', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.' }] },
        ],
      },
      sections: [{ children: paragraphs.filter((p): p is Paragraph => p !== null) }],
    }),
  )
}

// Markdown without the clause and footnote ids, which each import gives anew.
const withoutIds = (doc: Node) => toMarkdown(doc).replace(/ id=[a-z0-9]+/g, '')

/** The document with every amendment it carries accepted (or rejected), one after the other. */
function decideAll(doc: Node, decide: typeof acceptAmendment): Node {
  for (const r of recordsWithImplied(doc)) doc = decide(doc, r.id).doc
  return doc
}

/** Whether the document carries any insertion or deletion mark or paragraph proposal. */
function hasProposals(doc: Node): boolean {
  let found = false
  doc.descendants((node) => {
    if (node.marks.some((m) => m.type.name === 'insertion' || m.type.name === 'deletion')) found = true
    if (node.attrs.proposal) found = true
    return !found
  })
  return found
}

describe('Word import: tracked changes', () => {
  test('kept as proposals of their authors: marks, whole paragraphs, one amendment per author and paragraph', async () => {
    const { doc, warnings } = await readDocx(await draft('tracked'))
    doc.check()
    assert.deepEqual(
      warnings.map((w) => w.message),
      [
        "5 tracked changes by France kept as France's proposals",
        "3 tracked changes by Chile kept as Chile's proposals",
      ],
    )
    const records = recordsWithImplied(doc)
    assert.deepEqual(records.map((r) => `${r.delegation}: ${r.kind}`).sort(), [
      'Chile: delete-words',
      'Chile: insert-paragraph',
      'France: delete-paragraph',
      'France: insert-words',
      'France: replace-words',
    ])
    assert.equal(new Set(records.map((r) => r.id)).size, 5)
    // Word numbers the new and the deleted paragraph while they are proposed, and so does the draft.
    assert.deepEqual(
      outline(doc).clauses.map((c) => [c.number, c.opening]),
      [
        [null, 'Recalling'],
        [1, 'Reaffirms'],
        [2, 'Calls upon'],
        [3, 'Requests'],
        [4, 'Decides'],
      ],
    )
  })

  test('accepting every proposal gives the draft after the changes, rejecting them the draft before', async () => {
    const { doc } = await readDocx(await draft('tracked'))
    const before = (await readDocx(await draft('before'))).doc
    const after = (await readDocx(await draft('after'))).doc
    assert.equal(withoutIds(decideAll(doc, acceptAmendment)), withoutIds(after))
    assert.equal(withoutIds(decideAll(doc, rejectAmendment)), withoutIds(before))
  })

  test('accepted on import: the text after the changes, no proposals, a warning per author', async () => {
    const { doc, warnings } = await readDocx(await draft('tracked'), { changes: 'accept' })
    assert.equal(hasProposals(doc), false)
    assert.equal(withoutIds(doc), withoutIds((await readDocx(await draft('after'))).doc))
    assert.deepEqual(
      warnings.map((w) => w.message),
      ['5 tracked changes by France accepted', '3 tracked changes by Chile accepted'],
    )
  })

  test('a moved paragraph becomes a move proposal with a faithful copy; accepted, it stands at its new place', async () => {
    const mark = (kind: string) =>
      `<w:pPr><w:rPr><w:${kind} w:id="9" w:author="Egypt" w:date="${DATE}"/></w:rPr></w:pPr>`
    const moved = (kind: 'moveFrom' | 'moveTo') =>
      `<w:p>${mark(kind)}<w:${kind}RangeStart w:id="1" w:name="move1" w:author="Egypt"/>` +
      `<w:${kind} w:id="2" w:author="Egypt" w:date="${DATE}">${wRun('Invites', true)}${wRun(' States to cooperate;')}</w:${kind}>` +
      `<w:${kind}RangeEnd w:id="1"/></w:p>`
    const body =
      wPara(wRun('The General Assembly,', true)) +
      wPara(wRun('Decides', true), ' to promote human rights;') +
      moved('moveFrom') +
      wPara(wRun('Urges', true), ' States to report;') +
      moved('moveTo')
    const file = wordPackage(wDocument(body))
    const { doc, warnings } = await readDocx(file)
    assert.deepEqual(
      warnings.map((w) => w.message),
      ["2 tracked changes by Egypt kept as Egypt's proposals"],
    )
    const clauses: Node[] = []
    forEachBlock(doc, (node) => {
      if (node.type.name === 'operative') clauses.push(node)
    })
    const original = clauses[1]!
    const copy = clauses[3]!
    assert.deepEqual(proposalOf(original), {
      amendment: proposalOf(copy)!.amendment,
      delegation: 'Egypt',
      kind: 'move',
    })
    assert.equal(proposalOf(copy)!.from, original.attrs.id)
    assert.equal(isFaithfulCopy(copy, original, recordsWithImplied(doc)), true)
    const openings = (d: Node) => outline(d).clauses.map((c) => c.opening)
    assert.deepEqual(openings(decideAll(doc, acceptAmendment)), ['Decides', 'Urges', 'Invites'])
    assert.deepEqual(openings(decideAll(doc, rejectAmendment)), ['Decides', 'Invites', 'Urges'])
    const accepted = await readDocx(file, { changes: 'accept' })
    assert.equal(withoutIds(accepted.doc), withoutIds(decideAll(doc, acceptAmendment)))
  })

  test('a deleted paragraph break joins the paragraph to the next when accepted, and is reported when kept', async () => {
    const mark = `<w:pPr><w:rPr><w:del w:id="1" w:author="France" w:date="${DATE}"/></w:rPr></w:pPr>`
    const body =
      wPara(wRun('The General Assembly,', true)) +
      `<w:p>${mark}${wRun('Decides', true)}${wRun(' to promote human rights ')}</w:p>` +
      wPara(wRun('and fundamental freedoms;')) +
      wPara(wRun('Requests', true), ' a report.')
    const file = wordPackage(wDocument(body))
    const accepted = await readDocx(file, { changes: 'accept' })
    assert.deepEqual(
      outline(accepted.doc).clauses.map((c) => c.text),
      ['Decides to promote human rights and fundamental freedoms;', 'Requests a report.'],
    )
    assert.deepEqual(accepted.warnings, [{ line: 2, message: '1 tracked change by France accepted' }])
    const kept = await readDocx(file)
    assert.deepEqual(kept.warnings, [
      { line: 2, message: "France's tracked join of this paragraph with the next is not kept as a proposal" },
    ])
  })

  test('a paragraph deleted from the end of the one before it goes, and that one stays whole', async () => {
    const change = `w:author="France" w:date="${DATE}"`
    const deleted = (text: string, italic = false) => wRun(text, italic).replace(/w:t\b/g, 'w:delText')
    const body =
      wPara(wRun('The General Assembly,', true)) +
      `<w:p><w:pPr><w:rPr><w:del w:id="1" ${change}/></w:rPr></w:pPr>${wRun('Decides', true)}${wRun(' to act;')}</w:p>` +
      `<w:p><w:del w:id="2" ${change}>${deleted('Requests', true)}${deleted(' a report;')}</w:del></w:p>` +
      wPara(wRun('Invites', true), ' States to cooperate.')
    const file = wordPackage(wDocument(body))
    const texts = async (changes: 'accept' | 'proposals') =>
      outline((await readDocx(file, { changes })).doc).clauses.map((c) => c.text)
    assert.deepEqual(await texts('accept'), ['Decides to act;', 'Invites States to cooperate.'])
    assert.deepEqual(await texts('proposals'), [
      'Decides to act;',
      'Requests a report;',
      'Invites States to cooperate.',
    ])
  })
})
