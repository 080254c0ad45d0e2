import { HEADER_FIELDS, type HeaderField } from '../schema.ts'
import { DocAssembler } from './assembler.ts'
import { openingKind, opensPreambular } from './clause-kind.ts'
import type { ReadContext } from './context.ts'
import { type ClauseDraft, type DocDraft, emptyDocDraft } from './draft.ts'
import { frameText, readFrame } from './frame.ts'
import { matchOperativeNumber, matchSubLabel } from './labels.ts'
import { markerPlace, type PdfFootnote, parseFootnoteBlock, superscriptDigits } from './pdf-footnotes.ts'
import { type PdfLine, readPages } from './pdf-pages.ts'
import { plainRuns, plainText, type Run, textRun } from './runs.ts'
import { withOpening } from './typed-reader.ts'
import { WordRepair } from './word-repair.ts'

const NEW_CLAUSE_AFTER = /[,;:.،؛，；。：][\s"”»’')\]]*$/u
const SUB_AFTER = /(?:[:;,]|\b(?:and|or|et|ou|y|o)|\s(?:и|или))$/u
const UPPER_START = /^[\p{Lu}\p{Lo}]/u
const NUMBER_TOKEN = /^\d{1,3}$/
const HYPHEN_END = /\p{L}-$/u
const SUPERSCRIPT_MARKER = /^(.*?)([⁰¹²³⁴⁵⁶⁷⁸⁹]+)([^⁰¹²³⁴⁵⁶⁷⁸⁹\p{L}\p{N}]*)$/u
const LETTER_START = /^\p{L}/u

/** A paragraph being read: its clause (made when it starts, so that labels can be placed) and its lines. */
interface Unit {
  clause: ClauseDraft
  lines: PdfLine[]
}

/** A word of a paragraph and the page it stands on. */
interface Token {
  text: string
  page: number
}

/**
 * Reads text extracted from the official PDF: pages at form feeds without their running headers and footers,
 * the header on the first page, hard-wrapped lines joined into paragraphs (a preambular paragraph starts on a
 * line that opens with a preambular phrase after a line that ends a clause; an operative one at its number,
 * "1." alone on a line or "10. Deplores" inline), footnote blocks matched with the bare numbers that cite them,
 * and words broken by the extraction repaired where the fix is certain.
 */
export function readPdfText(source: string, ctx: ReadContext): DocDraft {
  const draft = emptyDocDraft()
  const pages = readPages(source)
  const footnotes: PdfFootnote[] = pages.footnotes.flatMap((b) => parseFootnoteBlock(b, ctx))
  const frame = frameText(
    pages.lines,
    (t) => matchOperativeNumber(t) !== null || opensPreambular(t, ctx.lang),
  )
  readFrame(frame, draft, ctx)
  // The first page is laid out in columns (symbol top right, organ top left), so the extraction order of the
  // header lines says nothing: they are put in the order the UN lists them.
  const rank = (name: HeaderField) => HEADER_FIELDS.indexOf(name)
  draft.header = draft.header
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank(a.f.name) - rank(b.f.name) || a.i - b.i)
    .map((x) => x.f)
  const body = frame.body.filter((l) => l.text !== '')

  const { dictionary, lang } = ctx
  const repair = new WordRepair(
    body.flatMap((l) => l.text.split(' ')),
    lang,
    dictionary && ((word) => dictionary(word, lang)),
  )
  // The words of a paragraph's lines. A word cut with a hyphen at the end of a line ("Secretary-" / "General")
  // is joined to its end; the hyphen goes only where the word without it is certain ("humani-" / "tarian").
  const tokens = (lines: PdfLine[]): Token[] => {
    const out: Token[] = []
    for (const l of lines) {
      l.text.split(' ').forEach((text, i) => {
        if (!text) return
        const last = out[out.length - 1]
        if (i === 0 && last && HYPHEN_END.test(last.text) && LETTER_START.test(text)) {
          last.text = repair.unhyphenate(last.text + text)
        } else out.push({ text, page: l.page })
      })
    }
    return out
  }
  const assembler = new DocAssembler(ctx)
  const byNumber = new Map(footnotes.map((f) => [f.number, f]))
  const used = new Set<number>()
  const lastOnPage = new Map<number, ClauseDraft>()
  let expected = 1
  let unit: Unit | null = null
  let nextOperative = 1

  const finish = (u: Unit | null) => {
    if (!u) return
    const runs = paragraphRuns(u.lines)
    const kind = u.clause.kind
    u.clause.para = kind === 'subparagraph' ? runs : withOpening(runs, plainText(runs), kind, ctx.lang)
    for (const l of u.lines) lastOnPage.set(l.page, u.clause)
  }

  const paragraphRuns = (lines: PdfLine[]): Run[] => {
    const words = tokens(lines)
    const runs: Run[] = []
    let stretch: string[] = []
    // Whether the next words attach to the footnote before them without a space ("2000², sa résolution").
    let glue = false
    const flush = () => {
      if (!stretch.length) return
      const text = repair.repair(stretch).join(' ')
      runs.push(textRun(runs.length && !glue ? ` ${text}` : text))
      stretch = []
      glue = false
    }
    const cite = (n: number) => {
      flush()
      runs.push({ type: 'footnote', content: plainRuns(byNumber.get(n)!.text), marks: [] })
      used.add(n)
      expected = Math.max(expected, n + 1)
    }
    words.forEach((w, i) => {
      if (NUMBER_TOKEN.test(w.text)) {
        const n = Number(w.text)
        const note = byNumber.get(n)
        if (
          note &&
          !used.has(n) &&
          n >= expected &&
          n <= expected + 2 &&
          note.page === w.page &&
          markerPlace(words[i - 1]?.text, words[i + 1]?.text)
        ) {
          cite(n)
          return
        }
      }
      // Superscript digits, where the extraction kept them, are a marker wherever they stand.
      const sup = SUPERSCRIPT_MARKER.exec(w.text)
      const n = sup ? Number(superscriptDigits(sup[2]!)) : 0
      if (sup && byNumber.has(n) && !used.has(n)) {
        if (sup[1]) stretch.push(sup[1])
        cite(n)
        if (sup[3]) {
          stretch.push(sup[3])
          glue = true
        }
        return
      }
      stretch.push(w.text)
    })
    flush()
    return runs
  }

  const startTop = (kind: 'preambular' | 'operative', line: PdfLine, rest: string) => {
    finish(unit)
    const clause = assembler.addTop(kind, [], line.no)
    unit = { clause, lines: rest ? [{ ...line, text: rest }] : [] }
  }

  for (const line of body) {
    const text = line.text
    const number = matchOperativeNumber(text)
    if (number && number.value === nextOperative) {
      nextOperative++
      startTop('operative', line, text.slice(number.length))
      continue
    }
    const current = unit as Unit | null
    const previous = current?.lines[current.lines.length - 1]?.text ?? null
    const label = matchSubLabel(text)
    if (label && previous !== null && SUB_AFTER.test(previous) && assembler.peekSub(label.label) !== null) {
      finish(unit)
      const clause = assembler.addSub(label.label, [], line.no)
      const rest = text.slice(label.length)
      unit = { clause, lines: rest ? [{ ...line, text: rest }] : [] }
      continue
    }
    if (!current) {
      startTop(openingKind(text, ctx.lang) === 'operative' ? 'operative' : 'preambular', line, text)
      continue
    }
    if (
      nextOperative === 1 &&
      previous !== null &&
      NEW_CLAUSE_AFTER.test(previous) &&
      UPPER_START.test(text)
    ) {
      if (openingKind(text, ctx.lang) === 'operative') {
        startTop('operative', line, text)
        continue
      }
      if (opensPreambular(text, ctx.lang) && !assembler.operativeSeen) {
        startTop('preambular', line, text)
        continue
      }
    }
    current.lines.push(line)
  }
  finish(unit)

  for (const note of footnotes) {
    if (used.has(note.number)) continue
    const host = lastOnPage.get(note.page) ?? assembler.clauses[assembler.clauses.length - 1]
    ctx.warn(
      note.line,
      `no marker found for footnote ${note.number} on page ${note.page}; kept at the end of the paragraph`,
    )
    host?.para.push({ type: 'footnote', content: plainRuns(note.text), marks: [] })
  }
  draft.clauses = assembler.clauses
  return draft
}
