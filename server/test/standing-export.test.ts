// Statuses, square brackets and alternative wordings in every export, read back as a delegate would read each
// file: the text formats as written, Word through pandoc and LibreOffice, the PDF through poppler, Akoma Ntoso
// validated by xmllint and read back by the importer.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { standingDraft, standingStatuses } from '../../schema/test/standing-drafts.ts'
import { exportFile, type FileFormat, PdfPrinter, readResolutionFile } from '../formats/index.ts'
import { pandocJson, pandocParagraphs } from './docx-export-readers.ts'
import { aknSkip, libreOffice, scratch, toolSkip, validateAkn } from './external-tools.ts'
import { pdfSkip, readingText } from './pdf-readers.ts'

const doc = standingDraft()
const source = { doc, records: [], statuses: standingStatuses }

/** White space made single spaces. */
const flat = (text: string) => text.replace(/[\s\u00a0]+/g, ' ')
/** The words of markup: tags dropped, entities and Markdown escapes read. */
const words = (markup: string) =>
  flat(
    markup
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<[^>]+>/g, '')
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&')
      .replace(/\\([[\]*<>\\])/g, '$1'),
  )

/**
 * What a delegate reads in each view, whatever the format: brackets around words and paragraphs and the
 * wordings of a paragraph in both; the compilation adds the statuses and who asked for brackets and wordings.
 */
const CLEAN = [
  /Decides \[to act\] now;/,
  /\[Requests the Secretary-General:.*to report;.*to consult;\]/,
  /\[Alt 1\] Notes the report;.*\[Alt 2\] Welcomes the report;/,
]
/** The compilation's; `named` false where who asked is markup rather than words (Akoma Ntoso's `refersTo`). */
const compilation = (named: boolean) => {
  const who = (name: string) => (named ? `\\W*${name}` : '')
  return [
    new RegExp(
      `agreed ad ref\\.; pending consultation in capitals\\]?\\W+Decides \\[to act\\]${who('Egypt')}\\W* now;`,
    ),
    new RegExp(`\\[Requests the Secretary-General:.*to report;.*to consult;\\]${who('Brazil')}`),
    new RegExp(
      `agreed\\]?\\W+\\[Alt 1\\] Notes the report;.*\\[Alt 2\\] Welcomes the report;${who('Chile')}`,
    ),
    /\[Alt 1\]\W+Decides to conclude\..*\[Alt 2\] Decides to remain seized\./,
  ]
}

function check(text: string, view: 'clean' | 'compilation', format: string) {
  for (const pattern of view === 'clean' ? CLEAN : compilation(format !== 'akn')) {
    assert.match(text, pattern, `${format}, ${view} view: ${text.slice(0, 2000)}`)
  }
  if (view === 'clean')
    assert.doesNotMatch(text, /agreed ad ref|Chile/, `${format}: statuses are the compilation's`)
}

const VIEWS = ['clean', 'compilation'] as const

describe('statuses, brackets and alternatives in every export', () => {
  for (const view of VIEWS) {
    for (const format of ['txt', 'md', 'html'] as FileFormat[]) {
      it(`${format}, ${view} view`, async () => {
        const text = String(await exportFile(source, { view, format }, { pdf: null as never }))
        const body = format === 'html' ? text.slice(text.indexOf('<body>')) : text
        check(format === 'txt' ? flat(text) : words(body), view, format)
      })
    }

    it(`Word, ${view} view, read by pandoc`, { skip: toolSkip('pandoc', 'pandoc') }, async () => {
      const files = scratch()
      try {
        const file = files.file(
          'standing.docx',
          (await exportFile(source, { view, format: 'docx' }, { pdf: null as never })) as Uint8Array,
        )
        check(pandocParagraphs(pandocJson(file, 'all')).join(' '), view, 'docx (pandoc)')
      } finally {
        files.remove()
      }
    })

    it(`Akoma Ntoso, ${view} view: valid, and read back with its brackets and alternatives`, {
      skip: aknSkip(),
    }, async () => {
      const xml = String(await exportFile(source, { view, format: 'akn' }, { pdf: null as never }))
      const files = scratch()
      try {
        validateAkn(files.file('standing.xml', xml))
      } finally {
        files.remove()
      }
      check(words(xml.slice(xml.indexOf('<preface>'))), view, 'akn')
      if (view === 'compilation') {
        // Who asked for brackets and wordings is the delegation `refersTo` names.
        assert.match(xml, /<inline name="bracket" refersTo="#egypt" ph:bracket="b1">\[to act\]<\/inline>/)
        assert.match(xml, /refersTo="#brazil">\]<\/inline>/)
        assert.match(xml, /alternativeTo="para_o3__p_1" refersTo="#chile">/)
        assert.match(xml, /<TLCOrganization eId="chile" [^>]*showAs="Chile"\/>/)
        assert.match(xml, /<recital eId="recs_1__rec_p1" ph:status="agreed">/)
        assert.match(xml, /<paragraph eId="para_o1" ph:status="agreed-ad-ref">/)
      }
      const back = (await readResolutionFile(new TextEncoder().encode(xml))).doc
      const attrs = (id: string) => {
        let found: Record<string, unknown> | null = null
        back.descendants((node) => {
          if (node.attrs.id === id) found = node.attrs
          return !found
        })
        return found as Record<string, unknown> | null
      }
      assert.equal(attrs('o2')?.bracketed, 'Brazil')
      assert.equal(attrs('o3')?.alternatives, '[{"text":"Welcomes the report;","by":"Chile"}]')
      assert.match(
        JSON.stringify(back.toJSON()),
        /"type":"bracket","attrs":\{"by":"Egypt","id":"b1"\}\}\],"text":"to act"/,
      )
    })
  }

  it('Word compilation read by LibreOffice', {
    skip: toolSkip('soffice', 'libreoffice-writer-nogui'),
  }, async () => {
    const files = scratch()
    try {
      const file = files.file(
        'standing.docx',
        (await exportFile(
          source,
          { view: 'compilation', format: 'docx' },
          { pdf: null as never },
        )) as Uint8Array,
      )
      check(flat(libreOffice(file, 'txt')), 'compilation', 'docx (LibreOffice)')
    } finally {
      files.remove()
    }
  })

  describe('PDF', { skip: pdfSkip() }, () => {
    let printer: PdfPrinter
    before(() => {
      printer = new PdfPrinter({ concurrency: 1 })
    })
    after(() => printer.close())
    for (const view of VIEWS) {
      it(`${view} view, read by pdftotext`, async () => {
        const pdf = (await exportFile(source, { view, format: 'pdf' }, { pdf: printer })) as Uint8Array
        check(flat(readingText(pdf)), view, 'pdf')
      })
    }
  })
})
