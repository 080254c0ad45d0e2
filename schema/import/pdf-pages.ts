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

/** Whether a line is one of the marks the UN prints on every page (job number, page number, barcode ...). */
function isPageMark(text: string): boolean {
  return (
    JOB.test(text) || STAMP.test(text) || BARCODE.test(text) || PAGE_NUMBER.test(text) || RECYCLE.test(text)
  )
}

/**
 * The text of a PDF without what the UN prints on every page: pages split at form feeds; from each page's top
 * and foot, the page marks, the document symbol and the short title repeated on every page; the footnote
 * block below the short rule set apart. The first page keeps its symbol and letterhead, which are part of the
 * header. Blank lines stay (as empty lines), since they end header groups.
 */
export function readPages(source: string): { lines: PdfLine[]; footnotes: FootnoteBlock[] } {
  const pages: PdfLine[][] = [[]]
  for (const line of sourceLines(source)) {
    const parts = line.text.split('\f')
    parts.forEach((part, i) => {
      if (i > 0) pages.push([])
      pages[pages.length - 1]!.push({ text: tidy(part), no: line.no, page: pages.length })
    })
  }
  // The short title at the top of every page after the first: a line found at the top of two pages, or, in a
  // text of two pages, a line of the first page.
  const counts = new Map<string, number>()
  for (const page of pages.slice(1)) {
    const seen = new Set<string>()
    for (const l of page) {
      if (seen.size >= 3) break
      if (!l.text || isPageMark(l.text)) continue
      seen.add(l.text)
    }
    for (const t of seen) counts.set(t, (counts.get(t) ?? 0) + 1)
  }
  const firstPage = new Set(pages[0]!.map((l) => l.text))
  const repeated = (text: string) =>
    (counts.get(text) ?? 0) >= (pages.length > 2 ? 2 : 1) && (pages.length > 2 || firstPage.has(text))
  const running = (text: string, first: boolean) =>
    text === '' || isPageMark(text) || (!first && (classifyHeaderLine(text) === 'symbol' || repeated(text)))

  const lines: PdfLine[] = []
  const footnotes: FootnoteBlock[] = []
  pages.forEach((page, p) => {
    let top = 0
    let end = page.length
    while (top < end && running(page[top]!.text, p === 0)) top++
    while (end > top && running(page[end - 1]!.text, p === 0)) end--
    let body = page.slice(top, end)
    const rule = body.findIndex((l) => FOOTNOTE_RULE.test(l.text))
    if (rule >= 0) {
      footnotes.push({ page: p + 1, lines: body.slice(rule + 1).filter((l) => l.text !== '') })
      body = body.slice(0, rule)
    }
    lines.push(...body)
  })
  return { lines, footnotes }
}
