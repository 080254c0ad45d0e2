import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, test } from 'node:test'
import {
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  type ParagraphChild,
  TextRun,
} from 'docx'
import type { Node } from 'prosemirror-model'
import { outline, toHTML, toMarkdown } from '../../schema/index.ts'
import { readDocx } from '../formats/docx/read.ts'
import { run, scratch, toolSkip } from './external-tools.ts'
import { formatFixtures } from './format-fixtures.ts'
import { wDocument, wordPackage, wPara, wRun } from './word-files.ts'

/** The texts of a document's footnotes, in order, italics written `*…*`. */
function footnotes(doc: Node): string[] {
  const out: string[] = []
  doc.descendants((node) => {
    if (node.type.name !== 'footnote') return true
    let text = ''
    node.forEach((t) => {
      text += t.marks.some((m) => m.type.name === 'em') ? `*${t.text}*` : t.text
    })
    out.push(text)
    return false
  })
  return out
}

/** The names of a document's header fields and their texts. */
function headerFields(doc: Node): string[] {
  const out: string[] = []
  doc.firstChild!.forEach((field) => {
    out.push(`${field.attrs.name}: ${field.textContent}`)
  })
  return out
}

// Markdown without the clause and footnote ids, which an import gives anew.
const withoutIds = (doc: Node) => toMarkdown(doc).replace(/ id=[a-z0-9]+/g, '')

const italic = (text: string) => new TextRun({ text, italics: true })

/** A draft written in Word: header lines, a title in a heading style, the formula, three operative paragraphs. */
function wordDraft(
  numbered: (n: 1 | 2 | 3 | 'a' | 'b') => { lead: string; numbering?: { reference: string; level: number } },
): Document {
  const para = (n: Parameters<typeof numbered>[0], children: ParagraphChild[]) => {
    const { lead, numbering } = numbered(n)
    return new Paragraph({
      children: lead ? [new TextRun(lead), ...children] : children,
      ...(numbering ? { numbering } : {}),
    })
  }
  return new Document({
    numbering: {
      config: [
        {
          reference: 'operative',
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.' },
            { level: 1, format: LevelFormat.LOWER_LETTER, text: '(%2)' },
          ],
        },
      ],
    },
    footnotes: {
      1: { children: [new Paragraph('A/78/123.')] },
      2: { children: [new Paragraph({ children: [new TextRun('See '), italic('Official Records')] })] },
    },
    sections: [
      {
        children: [
          new Paragraph('United Nations'),
          new Paragraph('A/C.3/78/L.5'),
          new Paragraph('General Assembly'),
          new Paragraph('Distr.: Limited'),
          new Paragraph({ text: 'Strengthening international cooperation', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ children: [italic('The General Assembly,')] }),
          new Paragraph({ children: [italic('Recalling'), new TextRun(' its resolution 77/1,')] }),
          new Paragraph({
            children: [
              italic('Noting with concern'),
              new TextRun(' the report,'),
              new FootnoteReferenceRun(1),
            ],
          }),
          para(1, [italic('Reaffirms'), new TextRun(' the importance of cooperation, in particular:')]),
          para('a', [new TextRun('Regional cooperation;')]),
          para('b', [new TextRun('Bilateral cooperation;')]),
          para(2, [
            italic('Requests'),
            new TextRun(' a report'),
            new FootnoteReferenceRun(2),
            new TextRun(';'),
          ]),
          para(3, [italic('Decides'), new TextRun(' to remain seized of the matter.')]),
        ],
      },
    ],
  })
}

const listed = wordDraft((n) => ({
  lead: '',
  numbering: { reference: 'operative', level: typeof n === 'number' ? 0 : 1 },
}))
const typed = wordDraft((n) => ({ lead: typeof n === 'number' ? `${n}.\t` : `(${n}) ` }))

describe('Word import', () => {
  test('a DOCX LibreOffice writes from the HTML export of each draft imports with the same outline and text', {
    skip: toolSkip('soffice', 'libreoffice-writer-nogui'),
  }, async () => {
    const dir = scratch()
    const profile = scratch()
    try {
      const fixtures = formatFixtures()
      const files = fixtures.map((f, i) => dir.file(`draft-${i}.html`, toHTML(f.doc, { standalone: true })))
      run('soffice', [
        `-env:UserInstallation=file://${profile.dir}`,
        '--headless',
        '--convert-to',
        'docx:MS Word 2007 XML',
        '--outdir',
        dir.dir,
        ...files,
      ])
      for (const [i, fixture] of fixtures.entries()) {
        const { doc } = await readDocx(readFileSync(join(dir.dir, `draft-${i}.docx`)))
        assert.deepEqual(outline(doc), outline(fixture.doc), fixture.name)
        assert.deepEqual(footnotes(doc), footnotes(fixture.doc), `${fixture.name}: footnotes`)
        // The web page shows proposals as underlined and struck-out words, not as tracked changes.
        if (fixture.records.length === 0) assert.equal(withoutIds(doc), withoutIds(fixture.doc), fixture.name)
      }
    } finally {
      dir.remove()
      profile.remove()
    }
  })

  test('Word list numbering gives operative paragraphs and lettered sub-paragraphs; italics the openings', async () => {
    const { doc, warnings } = await readDocx(await Packer.toBuffer(listed))
    assert.deepEqual(warnings, [])
    const o = outline(doc)
    assert.equal(o.symbol, 'A/C.3/78/L.5')
    assert.equal(o.title, 'Strengthening international cooperation')
    assert.deepEqual(o.counts, {
      preambular: 2,
      operative: 3,
      subparagraphs: 2,
      footnotes: 2,
      annex: { annexes: 0, sections: 0, paragraphs: 0, subparagraphs: 0 },
    })
    assert.deepEqual(
      o.clauses.map((c) => [c.kind, c.number, c.opening]),
      [
        ['preambular', null, 'Recalling'],
        ['preambular', null, 'Noting with concern'],
        ['operative', 1, 'Reaffirms'],
        ['operative', 2, 'Requests'],
        ['operative', 3, 'Decides'],
      ],
    )
    assert.match(
      o.clauses[2]!.text,
      /^Reaffirms the importance of cooperation, in particular: Regional cooperation; Bi/,
    )
    assert.deepEqual(footnotes(doc), ['A/78/123.', 'See *Official Records*'])
    assert.deepEqual(headerFields(doc), [
      'symbol: A/C.3/78/L.5',
      'organ: General Assembly',
      'distribution: Distr.: Limited',
    ])
    assert.match(
      withoutIds(doc),
      /\n\*The General Assembly,\*\n[\s\S]*\n\(a\) Regional cooperation;\n\n\(b\) Bilateral/,
    )
  })

  test('typed numbers and labels read as Word list numbering does', async () => {
    const fromList = await readDocx(await Packer.toBuffer(listed))
    const fromTyped = await readDocx(await Packer.toBuffer(typed))
    assert.deepEqual(fromTyped.warnings, [])
    assert.deepEqual(outline(fromTyped.doc), outline(fromList.doc))
    assert.equal(withoutIds(fromTyped.doc), withoutIds(fromList.doc))
  })

  test('a DOCX pandoc writes from Markdown (its own lists, real footnotes) reads as the one written with the docx package', {
    skip: toolSkip('pandoc', 'pandoc'),
  }, async () => {
    const markdown = [
      'United Nations',
      'A/C.3/78/L.5',
      'General Assembly',
      'Distr.: Limited',
      '# Strengthening international cooperation',
      '*The General Assembly,*',
      '*Recalling* its resolution 77/1,',
      '*Noting with concern* the report,[^1]',
      '1.  *Reaffirms* the importance of cooperation, in particular:',
      '    (a) Regional cooperation;',
      '    (b) Bilateral cooperation;',
      '2.  *Requests* a report[^2];',
      '3.  *Decides* to remain seized of the matter.',
      '[^1]: A/78/123.',
      '[^2]: See *Official Records*',
    ].join('\n\n')
    const dir = scratch()
    try {
      const file = dir.file('draft.docx')
      run('pandoc', ['-f', 'markdown', '-t', 'docx', '-o', file], { input: markdown })
      const fromPandoc = await readDocx(readFileSync(file))
      const fromList = await readDocx(await Packer.toBuffer(listed))
      assert.deepEqual(fromPandoc.warnings, [])
      assert.deepEqual(outline(fromPandoc.doc), outline(fromList.doc))
      assert.deepEqual(footnotes(fromPandoc.doc), footnotes(fromList.doc))
    } finally {
      dir.remove()
    }
  })

  test('a header laid out in a table is read cell by cell, and the title is the last line above the formula', async () => {
    const cell = (...paras: string[]) => `<w:tc>${paras.map((p) => wPara(p)).join('')}</w:tc>`
    const table =
      '<w:tbl>' +
      `<w:tr>${cell('United Nations')}${cell('A/C.3/78/L.5')}</w:tr>` +
      `<w:tr>${cell('General Assembly')}${cell('Distr.: Limited', '12 October 2023', 'Original: English')}</w:tr>` +
      '</w:tbl>'
    const body =
      table +
      wPara('Seventy-eighth session') +
      wPara('Agenda item 68') +
      wPara('Egypt and Chile: draft resolution') +
      wPara('<w:r><w:t></w:t></w:r>') +
      wPara('Strengthening international cooperation') +
      wPara(wRun('The General Assembly,', true)) +
      wPara(wRun('Recalling', true), ' its resolution 77/1,') +
      wPara(wRun('Decides', true), ' to remain seized of the matter.')
    const { doc, warnings } = await readDocx(wordPackage(wDocument(body)))
    assert.deepEqual(warnings, [])
    assert.deepEqual(headerFields(doc), [
      'symbol: A/C.3/78/L.5',
      'organ: General Assembly',
      'distribution: Distr.: Limited',
      'date: 12 October 2023',
      'original: Original: English',
      'session: Seventy-eighth session',
      'agenda: Agenda item 68',
      'sponsors: Egypt and Chile: draft resolution',
    ])
    const o = outline(doc)
    assert.equal(o.title, 'Strengthening international cooperation')
    assert.deepEqual(
      o.clauses.map((c) => [c.kind, c.number, c.opening]),
      [
        ['preambular', null, 'Recalling'],
        ['operative', null, 'Decides'],
      ],
    )
  })

  test('the language is detected, or taken as given', async () => {
    const body =
      wPara(wRun("L'Assemblée générale,", true)) +
      wPara(wRun('Rappelant', true), ' sa résolution 70/1 du 25 septembre 2015,') +
      wPara('1. ', wRun('Décide', true), " de poursuivre l'examen de la question.")
    const detected = await readDocx(wordPackage(wDocument(body)))
    assert.equal(detected.doc.attrs.lang, 'fr')
    const given = await readDocx(wordPackage(wDocument(body)), { lang: 'es' })
    assert.equal(given.doc.attrs.lang, 'es')
  })
})
