// PDF export: each view of each draft printed by Chromium and read back with poppler, as a delegate would check
// the file: A4, the UN first page, the symbol and "n/N" from page 2 on, the numbered paragraphs in order, the
// notes numbered as in the text, every font embedded, Arabic and Chinese text that comes back out.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Node } from 'prosemirror-model'
import {
  cleanDoc,
  draftSymbol,
  type ExportView,
  numberDocument,
  recordsWithImplied,
} from '../../schema/index.ts'
import { PdfPrinter, pdfPage } from '../formats/pdf/index.ts'
import { type FormatFixture, formatFixtures, proposalsDraft } from './format-fixtures.ts'
import {
  layoutPages,
  pageSize,
  pdfFonts,
  pdfSkip,
  readingText,
  type WordBox,
  wordBoxes,
} from './pdf-readers.ts'

const skip = pdfSkip()
const fixtures = formatFixtures()
const named = (start: string): FormatFixture => {
  const found = fixtures.find((f) => f.name.startsWith(start))
  if (!found) throw new Error(`no format fixture named '${start}...'`)
  return found
}

/** White space made single spaces, so that a phrase is found whichever way the lines broke. */
const flat = (text: string) => text.replace(/\s+/g, ' ')
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
/** A pattern for a run of words, any white space between them. */
const words = (text: string) => text.trim().split(/\s+/).map(escapeRegExp).join('\\s+')

/** The text of every textblock of a draft (header lines, title, formula, paragraphs, closing, notes). */
function blockTexts(doc: Node): string[] {
  const texts: string[] = []
  doc.descendants((node) => {
    if (node.isTextblock) {
      if (node.textContent.trim()) texts.push(node.textContent)
      return false
    }
    return true
  })
  return texts
}

/** The pages whose text must name every font as embedded. */
function assertFontsEmbedded(pdf: Uint8Array, what: string): void {
  const fonts = pdfFonts(pdf)
  assert.ok(fonts.length > 0, `${what}: pdffonts lists no font`)
  const loose = fonts.filter((f) => !f.embedded)
  assert.deepEqual(loose, [], `${what}: every font must be embedded`)
}

describe('PDF export', { skip }, () => {
  let printer: PdfPrinter
  before(() => {
    printer = new PdfPrinter({ concurrency: 2 })
  })
  after(() => printer?.close())
  // Each view of a draft is printed once for the whole file: a Chinese page alone takes Chromium seconds.
  const prints = new Map<string, Promise<Uint8Array>>()
  const printed = (source: FormatFixture, view: ExportView, delegation?: string): Promise<Uint8Array> => {
    const key = `${source.name}/${view}/${delegation ?? ''}`
    let pdf = prints.get(key)
    if (!pdf) {
      pdf = printer.print(pdfPage(source, { view, ...(delegation ? { delegation } : {}) }))
      prints.set(key, pdf)
    }
    return pdf
  }

  it('prints every view of every draft, each font embedded; the amendments view needs a delegation that has some', async () => {
    const jobs: {
      what: string
      source: FormatFixture
      view: ExportView
      delegation?: string
      shows: string
    }[] = []
    for (const fixture of fixtures) {
      const formula = blockTexts(fixture.doc).find((t) => /[,،，]$/.test(t.trim())) ?? ''
      const clean = cleanDoc(fixture.doc, recordsWithImplied(fixture.doc, fixture.records))
      const lastOperative = numberDocument(clean)
        .clauses.filter((c) => c.kind === 'operative')
        .at(-1)
      const shows = lastOperative?.node.firstChild?.textContent.slice(0, 12) ?? formula
      jobs.push({ what: `${fixture.name}, clean`, source: fixture, view: 'clean', shows })
      jobs.push({ what: `${fixture.name}, compilation`, source: fixture, view: 'compilation', shows })
      const delegations = [
        ...new Set(recordsWithImplied(fixture.doc, fixture.records).map((r) => r.delegation)),
      ]
      if (delegations.length === 0)
        assert.throws(() => pdfPage(fixture, { view: 'amendments', delegation: 'Egypt' }), RangeError)
      for (const delegation of delegations)
        jobs.push({
          what: `${fixture.name}, amendments of ${delegation}`,
          source: fixture,
          view: 'amendments',
          delegation,
          shows: `${delegation}: amendment`,
        })
    }
    assert.equal(jobs.filter((j) => j.view === 'amendments').length, 3)
    // All at once: the printer runs two and queues the others.
    const pdfs = await Promise.all(jobs.map((job) => printed(job.source, job.view, job.delegation)))
    pdfs.forEach((pdf, i) => {
      const job = jobs[i]!
      assert.equal(Buffer.from(pdf.subarray(0, 5)).toString('latin1'), '%PDF-', `${job.what}: a PDF`)
      assertFontsEmbedded(pdf, job.what)
      const text = readingText(pdf).replace(/\s+/g, '')
      assert.ok(text.includes(job.shows.replace(/\s+/g, '')), `${job.what}: shows '${job.shows}'`)
    })
    const compilation = flat(
      readingText(
        pdfs[jobs.findIndex((j) => j.source.name === proposalsDraft().name && j.view === 'compilation')]!,
      ),
    )
    for (const shown of ['OP1 bis', 'Proposed by Egypt', '[Chile, supported by Brazil]', 'OP5 bis'])
      assert.ok(compilation.includes(shown), `the compilation PDF shows '${shown}'`)
  })

  it('prints ES-11/1 on A4: the UN first page, the symbol and n/N from page 2, paragraphs in order, notes at the end', async () => {
    const fixture = named('General Assembly resolution ES-11/1')
    const pdf = await printed(fixture, 'clean')
    assert.match(pageSize(pdf), /\(A4\)/)
    const pages = layoutPages(pdf)
    const total = pages.length
    assert.ok(total >= 2, `ES-11/1 fills more than one page, got ${total}`)
    const symbol = draftSymbol(fixture.doc)
    assert.equal(symbol, 'A/RES/ES-11/1')

    const first = pages[0]!
    for (const line of [
      'United Nations',
      'General Assembly',
      'A/RES/ES-11/1',
      'Distr.: General',
      '18 March 2022',
    ])
      assert.ok(first.includes(line), `page 1 shows '${line}'`)
    assert.ok(first.includes('Eleventh emergency special session'), 'page 1 shows the session')
    assert.doesNotMatch(first, new RegExp(`^\\s*1/${total}\\s*$`, 'm'), 'page 1 has no page number')

    pages.slice(1).forEach((page, i) => {
      const lines = page.split('\n').filter((l) => l.trim())
      assert.equal(lines[0]!.trim(), symbol, `page ${i + 2} is headed by the symbol`)
      assert.equal(lines.at(-1)!.trim(), `${i + 2}/${total}`, `page ${i + 2} is numbered ${i + 2}/${total}`)
    })

    const text = flat(pages.join('\n'))
    let at = 0
    const operative = numberDocument(fixture.doc).clauses.filter((c) => c.kind === 'operative')
    assert.ok(operative.length > 10)
    for (const clause of operative) {
      const opening = clause.node.firstChild!.textContent.split(/\s+/).slice(0, 3).join(' ')
      const found = new RegExp(`${escapeRegExp(clause.label)}\\s+${words(opening)}`).exec(text.slice(at))
      assert.ok(found, `operative paragraph ${clause.label} '${opening}' follows the one before it`)
      at += found.index + found[0].length
    }

    const notes = numberDocument(fixture.doc).footnotes
    assert.ok(notes.length > 0)
    const reading = flat(readingText(pdf))
    let noteAt = reading.indexOf('Decides to adjourn')
    assert.ok(noteAt > 0)
    for (const note of notes) {
      const start = note.node.textContent.split(/\s+/).slice(0, 3).join(' ')
      const found = new RegExp(`(^|\\s)${note.number}\\s+${words(start)}`).exec(reading.slice(noteAt))
      assert.ok(found, `note ${note.number} '${start}' follows the text and the notes before it`)
      noteAt += found.index + found[0].length
    }
    assertFontsEmbedded(pdf, 'ES-11/1')
  })

  it('prints the Arabic draft right to left in an Arabic face, every word of every paragraph extractable', async () => {
    const fixture = named('an Arabic draft')
    const pdf = await printed(fixture, 'clean')
    const fonts = pdfFonts(pdf)
    assert.ok(
      fonts.some((f) => /Arabic/.test(f.name)),
      `an Arabic face is embedded: ${fonts.map((f) => f.name)}`,
    )
    assertFontsEmbedded(pdf, 'the Arabic draft')

    // Right to left: the first page's header is mirrored (the symbol at the left margin), and the formula starts
    // at the right, its words running leftwards (poppler gives a word's glyphs in visual order: reversed, they
    // read).
    const boxes = wordBoxes(pdf).filter((b) => b.page === 1)
    const symbol = boxes.find((b) => b.text === 'A/C.3/77/L.12')
    assert.ok(symbol && symbol.xMin < 60, `the symbol stands at the left margin (x ${symbol?.xMin})`)
    const logical = (b: WordBox) => [...b.text].reverse().join('')
    const opening = boxes.find((b) => logical(b) === 'إن')
    assert.ok(opening, "the formula's first word is on page 1")
    const formula = ['إن', 'الجمعية', 'العامة،'].map((word) => {
      const box = boxes.find((b) => b.yMin === opening.yMin && logical(b) === word)
      assert.ok(box, `the formula's word '${word}' is on its line`)
      return box
    })
    assert.ok(
      formula[0]!.xMin > formula[1]!.xMax && formula[1]!.xMin > formula[2]!.xMax,
      `the formula reads from right to left: ${formula.map((b) => `${logical(b)} at ${b.xMin}`)}`,
    )
    assert.ok(formula[2]!.xMin > 595 / 2, 'the formula, a short line, stands in the right half of the page')
    const reading = readingText(pdf)
    const letters = /[\p{L}\p{M}]+/gu
    const found = new Set(reading.match(letters))
    let at = 0
    for (const block of blockTexts(fixture.doc)) {
      const missing = (block.match(letters) ?? []).filter((word) => !found.has(word))
      assert.deepEqual(missing, [], `every word of '${block}' comes back out`)
      // Paragraphs come out in their order: the first Arabic word of each, after the one before.
      const lead = (block.match(/\p{Script=Arabic}[\p{L}\p{M}]*/u) ?? [])[0]
      if (!lead) continue
      const next = reading.indexOf(lead, at)
      assert.ok(next >= 0, `'${block}' comes after the paragraph before it`)
      at = next
    }
  })

  it('prints the Chinese draft with its text extractable (CJK faces are embedded as Type 3 fonts)', async () => {
    const fixture = named('a Chinese draft')
    const pdf = await printed(fixture, 'clean')
    assertFontsEmbedded(pdf, 'the Chinese draft')
    const reading = readingText(pdf).replace(/\s+/g, '')
    for (const block of blockTexts(fixture.doc)) {
      assert.ok(reading.includes(block.replace(/\s+/g, '')), `'${block}' comes back out`)
    }
  })
})

describe('the page a PDF prints', () => {
  it('keeps a symbol that reads as markup or CSS inside the running head', () => {
    const fixture = proposalsDraft()
    const hostile = '</style><script>alert(1)</script>"; } body { display: none } \\'
    const json = fixture.doc.toJSON()
    const header = json.content[0]
    for (const field of header.content)
      if (field.attrs.name === 'symbol') field.content = [{ type: 'text', text: hostile }]
    const doc = fixture.doc.type.schema.nodeFromJSON(json)
    const page = pdfPage({ doc, records: fixture.records }, { view: 'clean' })
    const style = /<style>([\s\S]*?)<\/style>/.exec(page)![1]!
    assert.doesNotMatch(page, /<script/i, 'no script element comes out of the symbol')
    assert.ok(!style.includes('</'), 'the style element holds the whole style sheet')
    assert.ok(
      style.includes(
        'content: "\\3c /style>\\3c script>alert(1)\\3c /script>\\"; } body { display: none } \\\\"',
      ),
    )
  })
})
