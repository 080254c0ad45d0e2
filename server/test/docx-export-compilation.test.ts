// The compilation text as a Word file: every pending proposal a real tracked change by its delegation, dated
// as its record; accepting all of them (pandoc --track-changes=accept) gives the text of accepting every
// proposal in Penholder, rejecting all the clean draft; who proposes what in comments.
import assert from 'node:assert/strict'
import { after, describe, it } from 'node:test'
import { cleanDoc } from '../../schema/index.ts'
import { clause, del, draft, ins, record, w } from '../../schema/test/amendment-drafts.ts'
import { writeDocx } from '../formats/docx/write.ts'
import {
  docxParts,
  docxXml,
  fromFirst,
  pandocChanges,
  pandocJson,
  pandocParagraphs,
  type ShownParagraph,
  shownParagraphs,
  squeeze,
  wAttr,
  wElements,
} from './docx-export-readers.ts'
import { scratch, toolSkip } from './external-tools.ts'
import { acceptedAll, type FormatFixture, formatFixtures, proposalsDraft } from './format-fixtures.ts'

/**
 * Proposals nested in each other: words Egypt inserts and Chile deletes, and a new operative paragraph of
 * Egypt's with sub-paragraphs of its own, which Brazil proposes to delete one of.
 */
function nestedDraft(): FormatFixture {
  const egypt = { amendment: 'E9', delegation: 'Egypt' }
  const doc = draft('en', [
    clause('preambular', 'p1', 'Recalling its resolution 70/1,'),
    clause('operative', 'o1', [
      'Decides to ',
      w('act at once and ', ins('E8'), del('C8', 'Chile')),
      'report;',
    ]),
    clause('operative', 'o2', 'Requests:', {
      proposal: { ...egypt, kind: 'insert' },
      subs: [
        clause('subparagraph', 's1', 'A report on progress;'),
        clause('subparagraph', 's2', 'A report on costs;', {
          proposal: { amendment: 'B9', delegation: 'Brazil', kind: 'delete' },
        }),
      ],
    }),
    clause('operative', 'o3', 'Decides to remain seized of the matter.'),
  ])
  const at = (day: number) => Date.UTC(2023, 2, day, 9)
  return {
    name: 'proposals nested in proposals',
    lang: 'en',
    doc,
    records: [
      record('E8', { kind: 'insert-words', clause: 'o1', created: at(1) }),
      record('C8', { delegation: 'Chile', kind: 'delete-words', clause: 'o1', created: at(2) }),
      record('E9', { kind: 'insert-paragraph', clause: 'o2', after: 'o1', created: at(3) }),
      record('B9', { delegation: 'Brazil', kind: 'delete-paragraph', clause: 's2', created: at(4) }),
    ],
  }
}

const compilation = (fixture: FormatFixture) => writeDocx(fixture, { view: 'compilation' })

describe('Word compilation text: tracked changes in the XML', () => {
  it('names each change by its delegation and dates it as its record, with ids unique in the document', async () => {
    const bytes = await compilation(proposalsDraft())
    const body = docxXml(bytes, 'word/document.xml')
    const changes = [...wElements(body, 'ins'), ...wElements(body, 'del')]
    const ids = changes.map((c) => wAttr(c, 'id'))
    assert.equal(new Set(ids).size, ids.length, 'revision ids are unique')
    const authors = new Set(changes.map((c) => wAttr(c, 'author')))
    assert.deepEqual([...authors].sort(), ['Brazil', 'Chile', 'Egypt', 'Egypt, Chile'])
    const dated = (author: string) =>
      new Set(changes.filter((c) => wAttr(c, 'author') === author).map((c) => wAttr(c, 'date')))
    assert.deepEqual([...dated('Brazil')], ['2016-11-08T10:30:00Z'])
    // The same word deleted by Egypt and by Chile is one deletion, named for both, dated the earliest.
    assert.deepEqual([...dated('Egypt, Chile')], ['2016-11-02T10:30:00Z'])
  })

  it('writes words inserted by one delegation and deleted by another as w:del inside w:ins, as Word does', async () => {
    const body = docxXml(await compilation(nestedDraft()), 'word/document.xml')
    const outer = wElements(body, 'ins').find(
      (i) => wAttr(i, 'author') === 'Egypt' && wElements(i, 'del').length > 0,
    )
    assert.ok(outer, 'an insertion of Egypt holding a deletion')
    const inner = wElements(outer, 'del')[0]!
    assert.equal(wAttr(inner, 'author'), 'Chile')
    assert.equal(wElements(inner, 'delText')[0]!.children.join(''), 'act at once and ')
    assert.equal(wElements(inner, 't').length, 0, 'deleted text is w:delText')
  })

  it('marks every paragraph of a proposed new clause, its sub-paragraphs too, as inserted', async () => {
    const body = docxXml(await compilation(nestedDraft()), 'word/document.xml')
    const marked = (kind: 'ins' | 'del') =>
      wElements(body, 'p')
        .filter((p) => wElements(p, 'pPr').some((pPr) => wElements(pPr, kind).length > 0))
        .map((p) =>
          squeeze(
            [...wElements(p, 't'), ...wElements(p, 'delText')].map((t) => t.children.join('')).join(''),
          ),
        )
    assert.deepEqual(marked('ins'), ['Requests:', 'A report on progress;', 'A report on costs;'])
    assert.deepEqual(marked('del'), ['A report on costs;'])
  })

  it('says who proposes what in comments, with supporters, never in the text', async () => {
    const fixture = proposalsDraft()
    fixture.records = fixture.records.map((r) =>
      r.id === 'C1' ? { ...r, rationale: 'Stronger wording.' } : r,
    )
    const bytes = await compilation(fixture)
    const comments = wElements(docxXml(bytes, 'word/comments.xml'), 'comment')
    const read = comments.map((c) => ({
      author: wAttr(c, 'author'),
      text: wElements(c, 'p').map((p) =>
        squeeze(
          wElements(p, 't')
            .map((t) => t.children.join(''))
            .join(''),
        ),
      ),
    }))
    assert.deepEqual(
      read.find((c) => c.author === 'Chile' && c.text[0] === 'Chile, supported by Brazil')?.text,
      ['Chile, supported by Brazil', 'Stronger wording.'],
    )
    assert.ok(read.some((c) => c.author === 'Egypt' && c.text[0] === 'Proposed by Egypt: new paragraph'))
    assert.ok(
      read.some((c) => c.author === 'Chile' && c.text[0] === 'Chile proposes to delete this paragraph'),
    )
    const body = docxXml(bytes, 'word/document.xml')
    assert.equal(wElements(body, 'commentReference').length, comments.length)
    assert.doesNotMatch(docxParts(bytes).get('word/document.xml')!, /supported by/)
  })

  it('writes a clean draft without tracked changes or comments', async () => {
    const bytes = await writeDocx(proposalsDraft(), { view: 'clean' })
    const body = docxXml(bytes, 'word/document.xml')
    assert.equal(wElements(body, 'ins').length + wElements(body, 'del').length, 0)
    assert.equal(wElements(body, 'commentReference').length, 0)
  })
})

describe('Word compilation text read by pandoc', { skip: toolSkip('pandoc', 'pandoc') }, () => {
  const files = scratch()
  after(() => files.remove())

  /**
   * The paragraphs pandoc reads, from the first expected one on, compared with what the editor shows.
   * pandoc leaves an empty list item where a whole paragraph went (a deleted one when accepting, an inserted one
   * when rejecting), so empty paragraphs are left out; it reads Word's list numbers as list structure, so a
   * paragraph reads without its number.
   */
  const assertParagraphs = (actual: string[], expected: ShownParagraph[]) => {
    const read = fromFirst(actual, expected)
    assert.deepEqual(
      read,
      expected.map((p, k) => (read[k] === squeeze(`${p.label} ${p.text}`) ? read[k] : p.text)),
    )
  }

  for (const [i, fixture] of [...formatFixtures(), nestedDraft()].entries()) {
    it(`${fixture.name}: accepting all changes gives every proposal accepted, rejecting all the clean draft`, async () => {
      const file = files.file(`compilation-${i}.docx`, await compilation(fixture))
      assertParagraphs(
        pandocParagraphs(pandocJson(file, 'accept')),
        shownParagraphs(acceptedAll(fixture), 'none'),
      )
      assertParagraphs(
        pandocParagraphs(pandocJson(file, 'reject')),
        shownParagraphs(cleanDoc(fixture.doc, fixture.records), 'none'),
      )
    })
  }

  it('shows the insertions and deletions of Egypt, Chile and Brazil with their names', async () => {
    const file = files.file('proposals-all.docx', await compilation(proposalsDraft()))
    const changes = pandocChanges(pandocJson(file, 'all')).filter((c) => c.text !== '')
    const by = (author: string) =>
      changes.filter((c) => c.author === author).map((c) => `${c.kind}: ${c.text}`)
    assert.deepEqual(by('Egypt'), [
      'insertion: also',
      'insertion: promote and protect',
      'insertion: Calls upon States to act;',
      'deletion: Invites States to cooperate;',
      'insertion: Invites States to cooperate;',
    ])
    assert.deepEqual(by('Chile'), [
      'insertion: Noting with concern the report of the Secretary-General,',
      'insertion: advance',
      'deletion: Requests a report;',
    ])
    assert.deepEqual(by('Brazil'), ['deletion: all'])
    assert.deepEqual(by('Egypt, Chile'), ['deletion: promote'])
  })
})
