// The Word export read back: its XML (languages, direction, footnotes, page), then LibreOffice's text of every
// clean draft, of drafts in the six languages with sub-paragraphs three levels deep, of a compilation text and
// of the amendments documents (numbers and labels as the editor shows them), and pandoc's footnotes.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import type { Node } from 'prosemirror-model'
import {
  amendmentsMarkdown,
  amendmentsText,
  cleanDoc,
  compile,
  LANGUAGES,
  type Lang,
  numberDocument,
  recordsWithImplied,
} from '../../schema/index.ts'
import { clause, draft } from '../../schema/test/amendment-drafts.ts'
import { writeDocx } from '../formats/docx/write.ts'
import {
  docxParts,
  docxXml,
  fromFirst,
  pandocJson,
  pandocNotes,
  pandocParagraphs,
  type ShownParagraph,
  shownParagraphs,
  squeeze,
  wAttr,
  wElements,
} from './docx-export-readers.ts'
import { run, scratch, toolSkip } from './external-tools.ts'
import { type FormatFixture, formatFixtures } from './format-fixtures.ts'

const TAGS: Record<Lang, string> = {
  en: 'en-US',
  fr: 'fr-FR',
  es: 'es-ES',
  ru: 'ru-RU',
  ar: 'ar-SA',
  zh: 'zh-CN',
}

const ARABIC_LETTER = /[\u0600-\u06ff]/

const delegationsOf = (f: FormatFixture) => [
  ...new Set(recordsWithImplied(f.doc, f.records).map((r) => r.delegation)),
]

/** The words of a footnote node, as the reader should find them in the footnote. */
const noteWords = (note: Node) => squeeze(note.textContent)

/** A draft in a language whose paragraphs have sub-paragraphs three levels deep, five at the first level. */
function labelsDraft(lang: Lang): FormatFixture {
  const sub = (id: string, text: string, subs: Node[] = []) => clause('subparagraph', id, text, { subs })
  const doc = draft(lang, [
    clause('preambular', 'p1', 'Recalling its resolutions:', {
      subs: [sub('pa', 'First;'), sub('pb', 'Second,')],
    }),
    clause('operative', 'o1', 'Decides:', {
      subs: [
        sub('a', 'To begin:', [
          sub('ai', 'At once:', [sub('aia', 'Here;'), sub('aib', 'There;')]),
          sub('aii', 'Later;'),
        ]),
        sub('b', 'To go on;'),
        sub('c', 'To report;'),
        sub('d', 'To review;'),
        sub('e', 'To end;'),
      ],
    }),
    clause('operative', 'o2', 'Requests a report;', {
      subs: [sub('x', 'On progress;'), sub('y', 'On costs;')],
    }),
    clause('operative', 'o3', 'Decides to remain seized of the matter.'),
  ])
  return { name: `sub-paragraph labels in ${lang}`, lang, doc, records: [] }
}

describe('Word export: the XML of every view of every draft', () => {
  for (const fixture of formatFixtures()) {
    const tag = TAGS[fixture.lang]
    for (const view of ['clean', 'compilation'] as const) {
      it(`${fixture.name}, ${view}: language, direction, footnotes, numbering, A4`, async () => {
        const bytes = await writeDocx(fixture, { view })
        const document = docxXml(bytes, 'word/document.xml')
        const body = wElements(document, 'body')[0]!
        const paragraphs = wElements(body, 'p')
        assert.ok(paragraphs.length > 0)
        for (const p of paragraphs) {
          const bidi = wElements(p, 'bidi').length > 0
          assert.equal(bidi, fixture.lang === 'ar', 'right-to-left paragraphs (w:bidi) in Arabic only')
        }
        for (const r of wElements(body, 'r')) {
          const text = [...wElements(r, 't'), ...wElements(r, 'delText')]
            .map((t) => t.children.join(''))
            .join('')
          if (!text) continue
          const lang = wElements(r, 'lang')[0]
          assert.equal(lang && wAttr(lang, 'val'), tag, `the run "${text}" carries the draft's language`)
          const rtl = wElements(r, 'rtl').length > 0
          assert.equal(rtl, fixture.lang === 'ar' && ARABIC_LETTER.test(text), `w:rtl on "${text}"`)
        }

        // Real Word footnotes, numbered as the editor numbers them, their references in that order.
        const shown = view === 'clean' ? cleanDoc(fixture.doc, fixture.records) : null
        const numbering = numberDocument(shown ?? fixture.doc)
        const refs = wElements(body, 'footnoteReference').map((f) => Number(wAttr(f, 'id')))
        assert.deepEqual(
          refs,
          numbering.footnotes.map((f) => f.number),
        )
        if (numbering.footnotes.length > 0) {
          const notes = wElements(docxXml(bytes, 'word/footnotes.xml'), 'footnote').filter(
            (n) => Number(wAttr(n, 'id')) > 0,
          )
          assert.deepEqual(
            notes.map((n) =>
              squeeze(
                wElements(n, 't')
                  .map((t) => t.children.join(''))
                  .join(''),
              ),
            ),
            numbering.footnotes.map((f) => noteWords(f.node)),
          )
        }

        // Operative paragraphs are numbered by Word's list numbering, a lone one not at all.
        const numbered = paragraphs.filter((p) => {
          const style = wElements(p, 'pStyle')[0]
          return style && wAttr(style, 'val') === 'OperativeParagraph' && wElements(p, 'numPr').length > 0
        })
        const operatives = numbering.operativeCount
        assert.equal(numbered.length, operatives > 1 ? operatives : 0)

        const size = wElements(body, 'pgSz')[0]!
        assert.deepEqual([wAttr(size, 'w'), wAttr(size, 'h')], ['11906', '16838'])
        const fonts = docxParts(bytes).get('word/fontTable.xml') ?? ''
        assert.match(fonts, /w:name="Times New Roman"/)
      })
    }
    for (const delegation of delegationsOf(fixture)) {
      it(`${fixture.name}: amendments of ${delegation} in the draft's language`, async () => {
        const bytes = await writeDocx(fixture, { view: 'amendments', delegation })
        const document = docxXml(bytes, 'word/document.xml')
        const text = wElements(document, 't')
          .map((t) => t.children.join(''))
          .join('\n')
        assert.match(text, new RegExp(`^${delegation}: `))
        for (const lang of wElements(document, 'lang')) assert.equal(wAttr(lang, 'val'), tag)
      })
    }
  }

  it('refuses the amendments view of a delegation with no amendment, or of none', async () => {
    const fixture = formatFixtures().at(-1)!
    await assert.rejects(writeDocx(fixture, { view: 'amendments', delegation: 'France' }), (e: Error) => {
      assert.ok(e instanceof RangeError)
      assert.match(e.message, /no amendment of 'France'.*Brazil, Chile, Egypt/)
      return true
    })
    await assert.rejects(writeDocx(fixture, { view: 'amendments' }), RangeError)
  })

  it('puts the symbol in the page header and "n/N" in the footer of every page but the first', async () => {
    const fixture = formatFixtures()[1]!
    const bytes = await writeDocx(fixture, { view: 'clean' })
    const section = wElements(docxXml(bytes, 'word/document.xml'), 'sectPr')[0]!
    assert.equal(wElements(section, 'titlePg').length, 1, 'the first page has a header and footer of its own')
    const target = (kind: 'header' | 'footer', type: 'first' | 'default') => {
      const reference = wElements(section, `${kind}Reference`).find((r) => wAttr(r, 'type') === type)!
      const id = reference.nsAttrs['http://schemas.openxmlformats.org/officeDocument/2006/relationships|id']
      const rels = docxXml(bytes, 'word/_rels/document.xml.rels').children
      const rel = rels.find((r) => typeof r !== 'string' && r.attrs.Id === id)
      assert.ok(rel && typeof rel !== 'string', `no relationship ${id}`)
      return `word/${rel.attrs.Target}`
    }
    const words = (path: string) =>
      wElements(docxXml(bytes, path), 't')
        .map((t) => t.children.join(''))
        .join('')
    assert.equal(words(target('header', 'default')), 'A/RES/ES-11/1')
    assert.equal(words(target('header', 'first')), '')
    const fields = wElements(docxXml(bytes, target('footer', 'default')), 'instrText').map((t) =>
      t.children.join(''),
    )
    assert.deepEqual(
      fields.map((f) => f.trim()),
      ['PAGE', 'NUMPAGES'],
    )
    assert.equal(words(target('footer', 'default')), '/')
  })

  it('names the UN faces with the script each is for, and a serif family', async () => {
    const bytes = await writeDocx(labelsDraft('ar'), { view: 'clean' })
    const fonts = wElements(docxXml(bytes, 'word/fontTable.xml'), 'font')
    const family = (name: string) => {
      const font = fonts.find((f) => wAttr(f, 'name') === name)!
      return wAttr(wElements(font, 'family')[0]!, 'val')
    }
    assert.equal(family('Times New Roman'), 'roman')
    assert.equal(family('Simplified Arabic'), 'roman')
    const faces = wElements(docxXml(bytes, 'word/styles.xml'), 'rFonts')[0]!
    assert.deepEqual(
      [wAttr(faces, 'ascii'), wAttr(faces, 'cs'), wAttr(faces, 'eastAsia')],
      ['Times New Roman', 'Simplified Arabic', 'SimSun'],
    )
  })
})

describe('Word export read by LibreOffice', { skip: toolSkip('soffice', 'libreoffice-writer-nogui') }, () => {
  const files = scratch()
  /** What LibreOffice's text conversion reads in each file, by the file's stem, as squeezed non-empty lines. */
  const read = new Map<string, string[]>()
  const drafts = new Map<string, FormatFixture>()
  const fixtures = formatFixtures()
  const langs = LANGUAGES.map(labelsDraft)
  const proposals = fixtures.at(-1)!
  const delegations = delegationsOf(proposals)

  before(async () => {
    const inputs: string[] = []
    const add = async (stem: string, fixture: FormatFixture, request: Parameters<typeof writeDocx>[1]) => {
      inputs.push(files.file(`${stem}.docx`, await writeDocx(fixture, request)))
      drafts.set(stem, fixture)
    }
    for (const [i, fixture] of fixtures.entries()) await add(`fixture-${i}`, fixture, { view: 'clean' })
    for (const fixture of langs) await add(`labels-${fixture.lang}`, fixture, { view: 'clean' })
    await add('compilation', proposals, { view: 'compilation' })
    for (const delegation of delegations)
      await add(`amendments-${delegation}`, proposals, { view: 'amendments', delegation })
    // One conversion for all files: LibreOffice takes seconds to start.
    const profile = scratch()
    try {
      run('soffice', [
        `-env:UserInstallation=file://${profile.dir}`,
        '--headless',
        '--convert-to',
        'txt',
        '--outdir',
        files.dir,
        ...inputs,
      ])
    } finally {
      profile.remove()
    }
    for (const stem of drafts.keys()) {
      const text = readFileSync(join(files.dir, `${stem}.txt`), 'utf8').replace(/^\ufeff/, '')
      read.set(stem, text.split('\n').map(squeeze).filter(Boolean))
    }
  })
  after(() => files.remove())

  const expectLines = (expected: ShownParagraph[]) => expected.map((p) => squeeze(`${p.label} ${p.text}`))

  for (const [i, fixture] of fixtures.entries()) {
    it(`${fixture.name}: the paragraphs in order, with the editor's numbers and footnote markers`, () => {
      const lines = read.get(`fixture-${i}`)!
      const expected = shownParagraphs(cleanDoc(fixture.doc, fixture.records), 'numbers')
      assert.deepEqual(fromFirst(lines, expected), expectLines(expected))
    })
  }

  it('the header block: organ and symbol on the first line, then the lines of the right-hand column', () => {
    assert.deepEqual(read.get('fixture-5')!.slice(0, 4), [
      'General Assembly A/C.6/77/L.9',
      'Distr.: Limited',
      '3 November 2022',
      'Original: English',
    ])
    const arabic = read.get('fixture-3')!
    assert.equal(arabic[0], 'الجمعية العامة A/C.3/77/L.12')
    assert.ok(arabic.includes('مصر وتونس: مشروع قرار'), 'the sponsor line of an L document')
  })

  it('the compilation text: every paragraph shown, proposed ones too, numbered in order by Word', () => {
    // LibreOffice's text shows inserted and deleted words alike, and Word numbers every paragraph shown.
    const expected = shownParagraphs(compile(proposals.doc, proposals.records).doc, 'numbers')
    const lines = fromFirst(read.get('compilation')!, expected)
    assert.deepEqual(lines, expectLines(expected))
    assert.ok(
      lines.includes('2. Calls upon States to act;'),
      'a proposed paragraph takes its place in the list',
    )
  })

  for (const lang of LANGUAGES) {
    it(`sub-paragraph labels in ${lang} three levels deep, as the editor writes them`, () => {
      const fixture = langs.find((f) => f.lang === lang)!
      const expected = shownParagraphs(fixture.doc, 'numbers')
      assert.deepEqual(fromFirst(read.get(`labels-${lang}`)!, expected), expectLines(expected))
    })
  }

  for (const delegation of delegations) {
    it(`the amendments document of ${delegation}: its instructions numbered as in Markdown`, () => {
      const lines = read.get(`amendments-${delegation}`)!
      const expected = amendmentsText(proposals.doc, proposals.records, delegation)
        .split('\n')
        .map(squeeze)
        .filter(Boolean)
      assert.deepEqual(lines, expected)
      const numbers = (text: string[]) => text.flatMap((line) => /^(\d+)\\?\. /.exec(line)?.[1] ?? [])
      const markdown = amendmentsMarkdown(proposals.doc, proposals.records, delegation).split('\n')
      assert.deepEqual(numbers(lines), numbers(markdown))
      assert.ok(numbers(lines).length > 0)
    })
  }
})

describe('Word export read by pandoc', { skip: toolSkip('pandoc', 'pandoc') }, () => {
  const files = scratch()
  after(() => files.remove())
  for (const [i, fixture] of formatFixtures().entries()) {
    it(`${fixture.name}: footnote texts in order, paragraphs as the editor shows them`, async () => {
      const file = files.file(`clean-${i}.docx`, await writeDocx(fixture, { view: 'clean' }))
      const json = pandocJson(file, 'all')
      const clean = cleanDoc(fixture.doc, fixture.records)
      assert.deepEqual(
        pandocNotes(json),
        numberDocument(clean).footnotes.map((f) => noteWords(f.node)),
      )
      const expected = shownParagraphs(clean, 'none')
      const actual = fromFirst(pandocParagraphs(json), expected)
      // pandoc reads Word's list numbers as list structure; a label written as text stays in the paragraph.
      assert.equal(actual.length, expected.length)
      for (const [k, p] of expected.entries()) {
        assert.ok([p.text, squeeze(`${p.label} ${p.text}`)].includes(actual[k]!), actual[k])
      }
    })
  }
})
