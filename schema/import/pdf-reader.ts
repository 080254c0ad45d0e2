import { HEADER_FIELDS, type HeaderField } from '../schema.ts'
import { matchAnnexHeading } from './annex-lines.ts'
import { DocAssembler, Outline } from './assembler.ts'
import { openingKind, opensPreambular } from './clause-kind.ts'
import type { ReadContext } from './context.ts'
import { type AnnexDraft, type DocDraft, emptyDocDraft, type QuoteDraft } from './draft.ts'
import { frameText, readFrame } from './frame.ts'
import { matchOperativeNumber, matchSubLabel } from './labels.ts'
import {
  chooseMarkers,
  type PdfFootnote,
  type PdfWord,
  parseFootnoteBlock,
  superscriptDigits,
} from './pdf-footnotes.ts'
import { type FootnoteBlock, type PdfLine, readPages } from './pdf-pages.ts'
import { plainRuns, plainText, type Run, textRun } from './runs.ts'
import { withOpening } from './typed-reader.ts'
import { WordRepair } from './word-repair.ts'

const NEW_CLAUSE_AFTER = /[,;:.،؛，；。：][\s"”»’')\]]*$/u
const SUB_AFTER = /(?:[:;,.?!]["”»)]?|\b(?:and|or|et|ou|y|o)|\s(?:и|или))$/u
const UPPER_START = /^[\p{Lu}\p{Lo}]/u
const HYPHEN_END = /\p{L}-$/u
const SUPERSCRIPT_MARKER = /^(.*?)([⁰¹²³⁴⁵⁶⁷⁸⁹]+)([^⁰¹²³⁴⁵⁶⁷⁸⁹\p{L}\p{N}]*)$/u
const LETTER_START = /^\p{L}/u
// A footnote marker that ends a line ("... of the Secretary-General, 1"): the line ends where the marker stands.
const TRAILING_MARKER = /\s+\d{1,3}$/u
const OPEN_QUOTE = /^["“«„]/u
// Not the apostrophe, which ends words ("States’") as often as it closes a quotation.
const CLOSE_QUOTE = /["”»][.,;:?!،؛，；。]*$/u
const COLON_END = /[:：][\s"”»’')\]]*$/u
const SENTENCE_END = /[.:;!?。：；]["”»’)]*$/u
// A star note (to the sponsors line "Panama:* draft resolution"), which is no numbered footnote.
const STAR_NOTE = /^\*+\s+\S/u

/** A paragraph being read: where its runs go, and its lines. */
interface Unit {
  lines: PdfLine[]
  /** What the runs are: a paragraph (its opening phrase marked), a sub-paragraph or quoted text, a heading. */
  kind: 'preambular' | 'operative' | 'plain'
  target: { para: Run[] }
}

/** A word of a paragraph, the page it stands on and its key (for the footnote markers). */
interface Token {
  text: string
  page: number
  key: string
}

/** A quotation being read inside a paragraph. */
interface OpenQuote {
  draft: QuoteDraft
  outline: Outline
  owner: number
}

/**
 * Reads text extracted from the official PDF, or copied out of a PDF viewer: pages told apart by the marks the
 * UN prints between them, the header on the first page, hard-wrapped lines joined into paragraphs (a preambular
 * paragraph starts on a line that opens with a preambular phrase after a line that ends a clause; an operative
 * one at its number, "1." alone on a line or "10. Deplores" inline), sub-paragraphs at their labels, quoted text
 * (opened by a quotation mark after a colon) with its own sub-paragraphs, footnote blocks matched with the bare
 * numbers that cite them, words broken by the extraction repaired where the fix is certain, and the annexes
 * after the closing lines, numbered on their own.
 */
export function readPdfText(source: string, ctx: ReadContext): DocDraft {
  const draft = emptyDocDraft()
  const pages = readPages(source)
  const footnotes = pages.footnotes.flatMap((b) => parseFootnoteBlock(withoutStarNotes(b, ctx), ctx))
  const frame = frameText(
    pages.lines,
    (t) => matchOperativeNumber(t) !== null || opensPreambular(t, ctx.lang),
    ctx.lang,
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
  const annexes = frame.annexes.map((lines) => lines.filter((l) => l.text !== ''))
  const reader = new PdfBodyReader(ctx, footnotes, [body, ...annexes].flat())
  const assembler = new DocAssembler(ctx)
  reader.read(body, assembler)
  draft.clauses = assembler.clauses
  for (const lines of annexes) {
    const annex: AnnexDraft = { title: [], items: [], line: lines[0]?.no ?? 0 }
    reader.read(lines.slice(1), new DocAssembler(ctx, annex))
    draft.annexes.push(annex)
  }
  reader.placeLeftovers(assembler)
  return draft
}

/** A footnote block without its star notes, which are reported as left out. */
function withoutStarNotes(block: FootnoteBlock, ctx: ReadContext): FootnoteBlock {
  const lines = block.lines.filter((l) => {
    if (!STAR_NOTE.test(l.text)) return true
    ctx.unplace(l.no, l.text, 'the note of an asterisk in the header')
    return false
  })
  return { ...block, lines }
}

/** Reads the hard-wrapped lines of a body (the resolution's, or an annex's) into paragraphs. */
class PdfBodyReader {
  private readonly repair: WordRepair
  private readonly byNumber: Map<number, PdfFootnote>
  private readonly markers: Map<string, number>
  private readonly used = new Set<number>()
  private readonly lastOnPage = new Map<number, { para: Run[] }>()

  constructor(
    private readonly ctx: ReadContext,
    private readonly footnotes: PdfFootnote[],
    lines: PdfLine[],
  ) {
    const { dictionary, lang } = ctx
    this.repair = new WordRepair(
      lines.flatMap((l) => l.text.split(' ')),
      lang,
      dictionary && ((word) => dictionary(word, lang)),
    )
    this.byNumber = new Map(footnotes.map((f) => [f.number, f]))
    const words: PdfWord[] = lines.flatMap((l) =>
      l.text.split(' ').flatMap((text, i) => (text ? [{ text, key: `${l.no}:${i}`, page: l.page }] : [])),
    )
    this.markers = chooseMarkers(words, this.byNumber)
  }

  /**
   * The words of a paragraph's lines. A word cut with a hyphen at the end of a line ("Secretary-" / "General")
   * is joined to its end; the hyphen goes only where the word without it is certain ("humani-" / "tarian").
   */
  private tokens(lines: PdfLine[]): Token[] {
    const out: Token[] = []
    for (const l of lines) {
      l.text.split(' ').forEach((text, i) => {
        if (!text) return
        const last = out[out.length - 1]
        if (i === 0 && last && HYPHEN_END.test(last.text) && LETTER_START.test(text)) {
          last.text = this.repair.unhyphenate(last.text + text)
        } else out.push({ text, page: l.page, key: `${l.no}:${i}` })
      })
    }
    return out
  }

  private runs(lines: PdfLine[]): Run[] {
    const runs: Run[] = []
    let stretch: string[] = []
    // Whether the next words attach to the footnote before them without a space ("2000², sa résolution").
    let glue = false
    const flush = () => {
      if (!stretch.length) return
      const text = this.repair.repair(stretch).join(' ')
      runs.push(textRun(runs.length && !glue ? ` ${text}` : text))
      stretch = []
      glue = false
    }
    const cite = (n: number) => {
      flush()
      runs.push({ type: 'footnote', content: plainRuns(this.byNumber.get(n)!.text), marks: [] })
      this.used.add(n)
    }
    for (const w of this.tokens(lines)) {
      const marker = this.markers.get(w.key)
      if (marker !== undefined && !this.used.has(marker)) {
        cite(marker)
        continue
      }
      // Superscript digits, where the extraction kept them, are a marker wherever they stand.
      const sup = SUPERSCRIPT_MARKER.exec(w.text)
      const n = sup ? Number(superscriptDigits(sup[2]!)) : 0
      if (sup && this.byNumber.has(n) && !this.used.has(n)) {
        if (sup[1]) stretch.push(sup[1])
        cite(n)
        if (sup[3]) {
          stretch.push(sup[3])
          glue = true
        }
        continue
      }
      stretch.push(w.text)
    }
    flush()
    return runs
  }

  private finish(u: Unit | null): void {
    if (!u?.lines.length) return
    const runs = this.runs(u.lines)
    const para = u.kind === 'plain' ? runs : withOpening(runs, plainText(runs), u.kind, this.ctx.lang)
    u.target.para.length = 0
    u.target.para.push(...para)
    for (const l of u.lines) this.lastOnPage.set(l.page, u.target)
  }

  /** Reads the lines of a body into the assembler (an annex's assembler: the annex's title, headings, paragraphs). */
  read(lines: PdfLine[], assembler: DocAssembler): void {
    const ctx = this.ctx
    const annex = assembler.annex
    let unit: Unit | null = null
    let quote: OpenQuote | null = null
    let nextNumber = 1
    // In an annex, the lines before its first heading or paragraph are its title.
    let inTitle = annex !== null
    const start = (u: Unit) => {
      this.finish(unit)
      unit = u
    }
    const lineUnit = (line: PdfLine, rest: string, kind: Unit['kind'], target: { para: Run[] }): Unit => ({
      lines: rest ? [{ ...line, text: rest }] : [],
      kind,
      target,
    })
    const closeQuote = () => {
      if (!quote) return
      assembler.addQuote(quote.draft, quote.owner)
      quote = null
    }

    for (const line of lines) {
      const text = line.text
      const current = unit as Unit | null
      const last = current?.lines[current.lines.length - 1]?.text ?? null
      const previous = last === null ? null : last.replace(TRAILING_MARKER, '')
      const number = matchOperativeNumber(text)

      if (annex) {
        const heading = matchAnnexHeading(text)
        if (
          heading &&
          (inTitle || previous === null || SENTENCE_END.test(previous) || current?.lines.length === 0)
        ) {
          closeQuote()
          inTitle = false
          const target = assembler.addHeading(heading.level, [], line.no)
          start(lineUnit(line, heading.rest, 'plain', target))
          continue
        }
        if (inTitle && !(number && number.value === 1)) {
          if (!current) start({ lines: [], kind: 'plain', target: { para: annex.title } })
          ;(unit as Unit | null)?.lines.push(line)
          continue
        }
        inTitle = false
      }

      if (number && number.value === nextNumber) {
        closeQuote()
        nextNumber++
        const clause = assembler.addTop('operative', [], line.no)
        start(lineUnit(line, text.slice(number.length), annex ? 'plain' : 'operative', clause))
        continue
      }

      if (quote) {
        const q = quote as OpenQuote
        const mark = OPEN_QUOTE.exec(text)?.[0] ?? ''
        const label = matchSubLabel(text.slice(mark.length))
        if (label && previous !== null && SUB_AFTER.test(previous) && q.outline.peek(label.label) !== null) {
          const clause = q.outline.add(label.label, [], line.no, null)
          start(lineUnit(line, mark + text.slice(mark.length + label.length), 'plain', clause))
        } else current?.lines.push(line)
        if (CLOSE_QUOTE.test(text)) closeQuote()
        continue
      }

      if (
        OPEN_QUOTE.test(text) &&
        previous !== null &&
        COLON_END.test(previous) &&
        assembler.openDepth >= 0
      ) {
        const owner = assembler.openDepth
        const draftQuote: QuoteDraft = { type: 'quotation', items: [] }
        quote = {
          draft: draftQuote,
          outline: new Outline(ctx, owner + 1, (c) => draftQuote.items.push(c)),
          owner,
        }
        const mark = OPEN_QUOTE.exec(text)![0]
        const label = matchSubLabel(text.slice(mark.length))
        if (label) {
          const clause = quote.outline.add(label.label, [], line.no, null)
          start(lineUnit(line, mark + text.slice(mark.length + label.length), 'plain', clause))
        } else {
          const item = { type: 'para' as const, runs: [] as Run[] }
          draftQuote.items.push(item)
          quote.outline.closeBelow(owner)
          start(lineUnit(line, text, 'plain', { para: item.runs }))
        }
        if (CLOSE_QUOTE.test(text)) closeQuote()
        continue
      }

      const label = matchSubLabel(text)
      if (label && previous !== null && SUB_AFTER.test(previous) && assembler.peekSub(label.label) !== null) {
        const clause = assembler.addSub(label.label, [], line.no)
        start(lineUnit(line, text.slice(label.length), 'plain', clause))
        continue
      }
      if (!current) {
        if (annex) {
          const target = assembler.addAnnexPara([], line.no)
          start(lineUnit(line, text, 'plain', target))
        } else {
          const kind = openingKind(text, ctx.lang) === 'operative' ? 'operative' : 'preambular'
          const clause = assembler.addTop(kind, [], line.no)
          start(lineUnit(line, text, kind, clause))
        }
        continue
      }
      if (
        !annex &&
        nextNumber === 1 &&
        previous !== null &&
        NEW_CLAUSE_AFTER.test(previous) &&
        UPPER_START.test(text)
      ) {
        const kind =
          openingKind(text, ctx.lang) === 'operative'
            ? 'operative'
            : opensPreambular(text, ctx.lang)
              ? 'preambular'
              : null
        if (kind === 'operative' || (kind === 'preambular' && !assembler.operativeSeen)) {
          const clause = assembler.addTop(kind, [], line.no)
          start(lineUnit(line, text, kind, clause))
          continue
        }
      }
      current.lines.push(line)
    }
    closeQuote()
    this.finish(unit)
  }

  /** Footnotes no marker cites are kept at the end of the paragraph last read on their page. */
  placeLeftovers(assembler: DocAssembler): void {
    for (const note of this.footnotes) {
      if (this.used.has(note.number)) continue
      const host = this.lastOnPage.get(note.page) ?? assembler.clauses[assembler.clauses.length - 1]
      this.ctx.warn(
        note.line,
        `no marker found for footnote ${note.number} on page ${note.page}; kept at the end of the paragraph`,
      )
      host?.para.push({ type: 'footnote', content: plainRuns(note.text), marks: [] })
    }
  }
}
