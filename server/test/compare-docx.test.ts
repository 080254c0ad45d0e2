// The comparison of Rev.1 with the text after the negotiation as a Word file: its base is Rev.1 and every
// change a tracked change by who made it, dated when; accepting all of them (pandoc --track-changes=accept)
// gives the later text, rejecting all Rev.1; LibreOffice and pandoc read the changes back with their authors;
// renumbered paragraphs and the oral revision carry comments.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { after, describe, it } from 'node:test'
import { type ChangeAuthor, compareDrafts, schema } from '../../schema/index.ts'
import { draft, ins, record } from '../../schema/test/amendment-drafts.ts'
import {
  AUTHORS,
  day,
  footnote,
  ORAL_NOTE,
  revisionOne,
  revisionTwo,
} from '../../schema/test/compare-drafts.ts'
import { writeComparisonDocx } from '../formats/docx/compare.ts'
import { writeDocx } from '../formats/docx/write.ts'
import { parseXml, type XmlElement } from '../formats/xml/parse.ts'
import {
  docxParts,
  docxXml,
  fromFirst,
  pandocChanges,
  pandocJson,
  pandocNotes,
  pandocParagraphs,
  type ShownParagraph,
  shownParagraphs,
  squeeze,
  wAttr,
  wElements,
} from './docx-export-readers.ts'
import { libreOfficeFile, scratch, toolSkip } from './external-tools.ts'

const comparison = (authors: readonly ChangeAuthor[] = AUTHORS) =>
  compareDrafts(revisionOne(), revisionTwo(), {
    authors,
    defaultAt: day(6),
    fromLabel: 'A/C.3/71/L.23/Rev.1',
    toLabel: 'the current text',
  })

const textOf = (element: XmlElement): string =>
  element.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('')

describe('Comparison as a Word file: tracked changes in the XML', () => {
  it('makes every change a revision by its author, dated when it was made, with ids unique in the document', async () => {
    const body = docxXml(await writeComparisonDocx(comparison()), 'word/document.xml')
    const changes = [...wElements(body, 'ins'), ...wElements(body, 'del')]
    const ids = changes.map((c) => wAttr(c, 'id'))
    assert.equal(new Set(ids).size, ids.length, 'revision ids are unique')
    const authors = new Set(changes.map((c) => wAttr(c, 'author')))
    assert.deepEqual([...authors].sort(), ['Brazil', 'Chile', 'Egypt', 'Facilitator'])
    const dates = (author: string) =>
      new Set(changes.filter((c) => wAttr(c, 'author') === author).map((c) => wAttr(c, 'date')))
    assert.deepEqual([...dates('Egypt')], ['2016-11-02T10:30:00Z'])
    assert.deepEqual([...dates('Chile')], ['2016-11-03T10:30:00Z'])
    assert.deepEqual([...dates('Facilitator')].sort(), ['2016-11-05T10:30:00Z', '2016-11-06T10:30:00Z'])
    const words = (kind: 'ins' | 'del', author: string) =>
      wElements(body, kind)
        .filter((c) => wAttr(c, 'author') === author)
        .map((c) => squeeze([...wElements(c, 't'), ...wElements(c, 'delText')].map(textOf).join('')))
        .filter((t) => t !== '')
    assert.deepEqual(words('del', 'Egypt'), ['report'])
    assert.deepEqual(words('ins', 'Egypt'), ['brief'])
    assert.deepEqual(
      words('del', 'Chile').join(' '),
      'Invites States to cooperate;',
      'its opening phrase a run of its own',
    )
  })

  it('writes the moved paragraph as deleted where it stood and inserted where it went, whole paragraphs', async () => {
    const body = docxXml(await writeComparisonDocx(comparison()), 'word/document.xml')
    const marked = (kind: 'ins' | 'del') =>
      wElements(body, 'p')
        .filter((p) =>
          wElements(p, 'pPr').some((pPr) =>
            wElements(pPr, kind).some((c) => wAttr(c, 'author') === 'Brazil'),
          ),
        )
        .map((p) => squeeze([...wElements(p, 't'), ...wElements(p, 'delText')].map(textOf).join('')))
    assert.deepEqual(marked('del'), ['Encourages civil society to take part;'])
    assert.deepEqual(marked('ins'), ['Encourages civil society to take part;'])
  })

  it('comments on renumbered paragraphs with both numbers, and on the oral revision with its note', async () => {
    const bytes = await writeComparisonDocx(comparison())
    const comments = wElements(docxXml(bytes, 'word/comments.xml'), 'comment').map((c) => ({
      author: wAttr(c, 'author'),
      text: squeeze(wElements(c, 't').map(textOf).join(' ')),
    }))
    const texts = comments.map((c) => c.text)
    for (const note of [
      'operative paragraph 3 (formerly 5)',
      'operative paragraph 4 (formerly 6)',
      'operative paragraph 5 (formerly 7)',
      'operative paragraph 6 (formerly 8)',
      'operative paragraph 8 (formerly 9)',
      'operative paragraph 7: Moved from operative paragraph 4',
    ]) {
      assert.ok(texts.includes(note), `a comment "${note}" in ${JSON.stringify(texts)}`)
    }
    const oral = comments.filter((c) => c.text === `orally revised: ${ORAL_NOTE}`)
    assert.equal(oral.length, 2, 'on operative paragraph 5 and on the new paragraph')
    assert.ok(oral.every((c) => c.author === 'Facilitator'))
    assert.doesNotMatch(docxParts(bytes).get('word/document.xml')!, /formerly|orally revised/)
  })
})

describe('Word comments beside footnotes', () => {
  // LibreOffice (7.4) takes a comment for the footnote of the same id and loses every footnote's text: the
  // comparison's comments, and the compilation text's, are numbered past the footnotes.
  const ids = (bytes: Uint8Array, part: string, local: string) =>
    wElements(docxXml(bytes, part), local)
      .map((e) => Number(wAttr(e, 'id')))
      .filter((id) => id > 0)

  it('numbers comments apart from footnotes, in a comparison and in a compilation text', async () => {
    const { nodes } = schema
    // Two paragraphs citing a footnote, each with a pending insertion of Egypt's (so each has a comment).
    const cited = (id: string, note: string, amendment: string) =>
      nodes.operative.create({ id }, [
        nodes.para.create(null, [
          schema.text('Stresses the role'),
          footnote(`f${id}`, note),
          schema.text(' now', [ins(amendment)]),
          schema.text(';'),
        ]),
      ])
    const doc = draft('en', [cited('o1', 'A/71/484.', 'E1'), cited('o2', 'A/71/485.', 'E2')])
    const records = [
      record('E1', { clause: 'o1', kind: 'insert-words' }),
      record('E2', { clause: 'o2', kind: 'insert-words' }),
    ]
    const files = [
      await writeComparisonDocx(comparison()),
      await writeDocx({ doc, records }, { view: 'compilation' }),
    ]
    for (const bytes of files) {
      const notes = ids(bytes, 'word/footnotes.xml', 'footnote')
      const comments = ids(bytes, 'word/comments.xml', 'comment')
      assert.ok(notes.length > 0 && comments.length > 0)
      assert.deepEqual(
        comments.filter((id) => notes.includes(id)),
        [],
      )
    }
  })
})

describe('Comparison as a Word file read by pandoc', { skip: toolSkip('pandoc', 'pandoc') }, () => {
  const files = scratch()
  after(() => files.remove())

  // pandoc leaves an empty list item where a whole paragraph went, and reads Word's numbers as list structure.
  const assertParagraphs = (actual: string[], expected: ShownParagraph[]) => {
    const read = fromFirst(actual, expected)
    assert.deepEqual(
      read,
      expected.map((p, k) => (read[k] === squeeze(`${p.label} ${p.text}`) ? read[k] : p.text)),
    )
  }

  it('accepting all changes gives the later text, rejecting all gives Rev.1, footnotes included', async () => {
    const file = files.file('comparison.docx', await writeComparisonDocx(comparison()))
    const accepted = pandocJson(file, 'accept')
    const rejected = pandocJson(file, 'reject')
    assertParagraphs(pandocParagraphs(accepted), shownParagraphs(revisionTwo(), 'none'))
    assertParagraphs(pandocParagraphs(rejected), shownParagraphs(revisionOne(), 'none'))
    assert.deepEqual(pandocNotes(accepted), ['See A/71/484/Add.1.', 'A/71/484.'])
    assert.deepEqual(pandocNotes(rejected), ['A/71/484.'])
  })

  it('shows each change with the name of who made it', async () => {
    const file = files.file('comparison-all.docx', await writeComparisonDocx(comparison()))
    const changes = pandocChanges(pandocJson(file, 'all')).filter((c) => c.text !== '')
    const by = (author: string) =>
      changes.filter((c) => c.author === author).map((c) => `${c.kind}: ${c.text}`)
    assert.deepEqual(by('Egypt'), ['deletion: report', 'insertion: brief'])
    assert.deepEqual(by('Chile'), ['deletion: Invites States to cooperate;'])
    assert.deepEqual(by('Brazil'), [
      'deletion: Encourages civil society to take part;',
      'insertion: Encourages civil society to take part;',
    ])
    assert.deepEqual(by('Facilitator'), [
      'deletion: 1',
      'insertion: 2',
      'deletion: Calls upon',
      'insertion: Urges',
      'insertion: Requests a report on progress at its seventy-second session;',
    ])
  })
})

describe('Comparison as a Word file read by LibreOffice', {
  skip: toolSkip('soffice', 'libreoffice-writer-nogui'),
}, () => {
  const files = scratch()
  after(() => files.remove())

  it('reads the tracked changes back with their authors and dates', async () => {
    const file = files.file('comparison-lo.docx', await writeComparisonDocx(comparison()))
    const flat = libreOfficeFile(file, 'fodt', files.dir)
    const root = parseXml(readFileSync(flat, 'utf8'), 'comparison-lo.fodt')
    const TEXT = 'urn:oasis:names:tc:opendocument:xmlns:text:1.0'
    const DC = 'http://purl.org/dc/elements/1.1/'
    const found = (element: XmlElement, uri: string, local: string): XmlElement[] => {
      const out: XmlElement[] = []
      const visit = (e: XmlElement) => {
        if (e.uri === uri && e.local === local) out.push(e)
        for (const child of e.children) if (typeof child !== 'string') visit(child)
      }
      visit(element)
      return out
    }
    const regions = found(root, TEXT, 'changed-region').flatMap((region) =>
      ['insertion', 'deletion'].flatMap((kind) =>
        found(region, TEXT, kind).map((change) => ({
          kind,
          author: textOf(found(change, DC, 'creator')[0]!),
          date: textOf(found(change, DC, 'date')[0]!),
        })),
      ),
    )
    const seen = (author: string, kind: string) =>
      regions.filter((r) => r.author === author && r.kind === kind)
    assert.ok(
      seen('Egypt', 'deletion').length > 0 && seen('Egypt', 'insertion').length > 0,
      'Egypt replaced a word',
    )
    assert.ok(seen('Chile', 'deletion').length > 0, 'Chile deleted a paragraph')
    assert.ok(
      seen('Brazil', 'deletion').length > 0 && seen('Brazil', 'insertion').length > 0,
      'Brazil moved one',
    )
    assert.ok(seen('Facilitator', 'insertion').length > 0, 'the facilitator inserted a paragraph')
    assert.ok(seen('Egypt', 'insertion').every((r) => r.date.startsWith('2016-11-02T10:30')))
    const notes = found(root, TEXT, 'note-body').map((body) => squeeze(textOf(body)))
    assert.deepEqual(
      notes,
      ['See A/71/484/Add.1.', 'A/71/484.'],
      'the footnotes keep their words beside the comments',
    )
  })
})
