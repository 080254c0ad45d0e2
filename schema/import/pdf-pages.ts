import { isClosingLine } from './closing-lines.ts'
import { formulaOrgan } from './formula.ts'
import { classifyHeaderLine } from './header-lines.ts'
import { type SourceLine, sourceLines, tidy } from './source.ts'

/** A line of text extracted from a PDF, with the page it was printed on (from 1). */
export interface PdfLine extends SourceLine {
  page: number
}

/** The lines of a page's footnote block (below the short rule). */
export interface FootnoteBlock {
  page: number
  lines: PdfLine[]
}

// What the UN prints at the top and foot of every page besides the text: the job number ("22-04067 (E)"), the
// date stamp ("210322"), the barcode ("*2204067*"), the page number ("2/4"), "Please recycle".
const JOB = /^(?:[A-Z]{1,2}\.)?\d{2}-\d{5}(?:\s*\([A-Z]\))?(?:\s+\d{6})?(?:\s+\*\d{7,}\*)?$/
const STAMP = /^\d{6}$/
const BARCODE = /^\*\d{7,}\*$/
const PAGE_NUMBER = /^\d{1,3}\s*\/\s*\d{1,3}$/
const RECYCLE =
  /^(?:♲\s*)?(?:please recycle|merci de recycler|sírvase reciclar|просьба отправить на вторичную переработку|请回收|يرجى إعادة الاستعمال)/iu
const FOOTNOTE_RULE = /^_{5,}$/
// How far from a page mark a running title may stand (in lines, blank ones included).
const NEAR = 4
// A shorter line near a page mark is more likely a word of the text than a running title.
const TITLE_MIN = 12

/** Whether a line is one of the marks the UN prints on every page (job number, page number, barcode ...). */
function isPageMark(text: string): boolean {
  return (
    JOB.test(text) || STAMP.test(text) || BARCODE.test(text) || PAGE_NUMBER.test(text) || RECYCLE.test(text)
  )
}

/** What a line of the extracted text is, as far as the page layout goes. */
type Role = 'text' | 'blank' | 'mark' | 'top'

/**
 * The role of every line: the page marks, and the lines printed at the top of every page after the first (the
 * document symbol and the running title). The first page keeps its symbol and letterhead, which are part of the
 * header. Found from the lines alone, so that text copied out of a PDF viewer, which has no form feeds, reads
 * as `pdftotext` output does: a running title is a line that stands near page marks wherever it occurs, and
 * occurs more than once, or (in a text of two pages) is part of the title above the authoring formula.
 */
function lineRoles(lines: readonly string[]): Role[] {
  const roles: Role[] = lines.map((t) => (t === '' ? 'blank' : isPageMark(t) ? 'mark' : 'text'))
  const symbolAt = lines.findIndex((t, i) => i < 20 && classifyHeaderLine(t) === 'symbol')
  const symbol = symbolAt >= 0 ? lines[symbolAt]! : null
  lines.forEach((t, i) => {
    if (i > symbolAt && t === symbol) roles[i] = 'top'
  })
  const formulaAt = lines.findIndex((t) => formulaOrgan(t) !== null)
  const head = formulaAt > 0 ? lines.slice(0, formulaAt).join(' ') : ''
  const near = (i: number) => {
    for (let j = Math.max(0, i - NEAR); j <= Math.min(lines.length - 1, i + NEAR); j++) {
      if (roles[j] === 'mark' || roles[j] === 'top') return true
    }
    return false
  }
  const places = new Map<string, number[]>()
  lines.forEach((t, i) => {
    // The date and meeting lines that close the text stand near the last page's marks and repeat the header.
    if (
      roles[i] !== 'text' ||
      i <= formulaAt ||
      t.length < TITLE_MIN ||
      isClosingLine(t) ||
      FOOTNOTE_RULE.test(t)
    )
      return
    const list = places.get(t)
    if (list) list.push(i)
    else places.set(t, [i])
  })
  for (const [text, at] of places) {
    if (!at.every(near)) continue
    if (at.length >= 2 || head.includes(text)) for (const i of at) roles[i] = 'top'
  }
  return roles
}

/**
 * The text of a PDF without what the UN prints on every page: the page marks, the document symbol and the short
 * title repeated at the top of every page; the footnote block below each short rule set apart. Form feeds are
 * not needed and not trusted: text copied out of a PDF viewer has none, and the same text must read the same
 * with them or without them, so pages are told from the marks that stand between them. A footnote block runs
 * from its rule to the top of the next page (the symbol or running title after a page mark), the marks among
 * its lines left out. The first page keeps its symbol and letterhead, which are part of the header. Blank lines
 * stay (as empty lines), since they end header groups.
 */
export function readPages(source: string): { lines: PdfLine[]; footnotes: FootnoteBlock[] } {
  const raw = sourceLines(source).map((l) => ({ text: tidy(l.text.replaceAll('\f', ' ')), no: l.no }))
  const roles = lineRoles(raw.map((l) => l.text))
  const lines: PdfLine[] = []
  const footnotes: FootnoteBlock[] = []
  let page = 1
  // Whether the lines since the last text line held a page number or a page top: the next text is a new page.
  let turning = false
  for (let i = 0; i < raw.length; i++) {
    const { text, no } = raw[i]!
    const role = roles[i]!
    if (role === 'mark' || role === 'top') {
      if (role === 'top' || PAGE_NUMBER.test(text)) turning = true
      continue
    }
    if (role === 'blank') {
      lines.push({ text: '', no, page })
      continue
    }
    if (FOOTNOTE_RULE.test(text)) {
      const block: FootnoteBlock = { page, lines: [] }
      let sawMark = false
      let sawTop = false
      let j = i + 1
      for (; j < raw.length; j++) {
        const r = roles[j]!
        if (r === 'mark') sawMark = true
        else if (r === 'top') sawTop = sawTop || sawMark
        else if (r === 'text') {
          if (sawMark && sawTop) break
          if (FOOTNOTE_RULE.test(raw[j]!.text)) continue
          block.lines.push({ ...raw[j]!, page })
        }
      }
      footnotes.push(block)
      if (sawMark) page++
      turning = false
      i = j - 1
      continue
    }
    if (turning) {
      page++
      turning = false
    }
    lines.push({ text, no, page })
  }
  return { lines, footnotes }
}
