import type { Lang } from '../lang.ts'
import { matchOpening } from '../opening.ts'
import { schema } from '../schema.ts'
import { matchAnnexHeading } from './annex-lines.ts'
import { DocAssembler, Outline } from './assembler.ts'
import { continuesPrevious, kindByWords, openingKind, opensPreambular } from './clause-kind.ts'
import type { ReadContext } from './context.ts'
import { type AnnexDraft, type DocDraft, emptyDocDraft, type QuoteDraft } from './draft.ts'
import { unflatten } from './flattened.ts'
import { frameText, readFrame } from './frame.ts'
import { matchOperativeNumber, matchSubLabel } from './labels.ts'
import { appendRuns, markPrefix, plainRuns, plainText, type Run } from './runs.ts'
import { isBlank, type SourceLine, sourceLines, tidy } from './source.ts'

const CLAUSE_END = /[,;.:،؛，；。：][\s"”»’')\]]*$/u
const OPEN_QUOTE = /^["“«„‘]/u
const CLOSE_QUOTE = /["”»’][.,;:،؛，；。]*$/u
const COLON_END = /[:：][\s"”»’')\]]*$/u
const CJK_END = /[\u3000-\u9fff\uff00-\uffef]$/u
const CJK_START = /^[\u3000-\u9fff\uff00-\uffef]/u

/** A paragraph of a typed draft: its text and the line where it starts. */
interface Unit {
  text: string
  line: number
  /** Its lines as the source has them, to report each one when it is left out. */
  lines: { text: string; no: number }[]
}

/** Lines joined into one paragraph: by a space, or by nothing between two Chinese characters. */
function joinLines(lines: readonly string[]): string {
  let out = ''
  for (const line of lines) {
    if (out && !(CJK_END.test(out) && CJK_START.test(line))) out += ' '
    out += line
  }
  return out
}

const startsUnit = (text: string) =>
  matchOperativeNumber(text) !== null || matchSubLabel(text) !== null || matchAnnexHeading(text) !== null
const INDENT = /^(?: {2,}|\t)\S/

/**
 * The paragraphs of a block of lines: one per line where every line ends a clause (a text pasted from a word
 * processor), else one per block, split where a line starts with a number, a sub-paragraph label, an annex's
 * section heading, or (in fixed-width text whose paragraphs indent their first line) an indent.
 */
function blockUnits(lines: readonly SourceLine[]): Unit[] {
  const texts = lines.map((l) => tidy(l.text))
  if (texts.length > 1 && texts.every((t, i) => CLAUSE_END.test(t) || startsUnit(texts[i + 1] ?? ''))) {
    return texts.map((text, i) => ({ text, line: lines[i]!.no, lines: [{ text, no: lines[i]!.no }] }))
  }
  const indented = lines.map((l) => INDENT.test(l.text))
  const byIndent = indented.some(Boolean) && indented.some((x) => !x)
  const units: Unit[] = []
  let current: { text: string; no: number }[] = []
  const flush = () => {
    if (!current.length) return
    units.push({ text: joinLines(current.map((c) => c.text)), line: current[0]!.no, lines: current })
    current = []
  }
  texts.forEach((text, i) => {
    if (current.length && (startsUnit(text) || (byIndent && indented[i]))) flush()
    current.push({ text, no: lines[i]!.no })
  })
  flush()
  return units
}

/**
 * Whether a line starts the body of a draft that has no authoring formula: a paragraph number, or an opening
 * phrase or the grammar of one (punctuation alone would take any sentence for a paragraph).
 */
function startsBody(text: string, ctx: ReadContext): boolean {
  return (
    matchOperativeNumber(text) !== null ||
    openingKind(text, ctx.lang) !== null ||
    opensPreambular(text, ctx.lang)
  )
}

/**
 * Reads a typed draft: header lines, the formula, then one paragraph per block of lines separated by blank
 * lines (or per line, where each line ends a clause), numbered or not, in any of the six languages. The kind of
 * an unnumbered paragraph comes from its opening phrase (the lexicon), its grammar and its punctuation, and
 * else from its place; quoted text opens with a quotation mark after a colon and ends with the closing mark.
 */
export function readTyped(source: string, ctx: ReadContext): DocDraft {
  const draft = emptyDocDraft()
  const frame = frameText(unflatten(sourceLines(source), ctx.lang), (t) => startsBody(t, ctx), ctx.lang)
  readFrame(frame, draft, ctx)
  const assembler = new DocAssembler(ctx)
  readUnits(unitsOf(frame.body), assembler, ctx)
  draft.clauses = assembler.clauses
  for (const lines of frame.annexes) {
    const annex: AnnexDraft = { title: [], items: [], line: lines[0]?.no ?? 0 }
    const units = unitsOf(lines.slice(1))
    // The annex's title: its first paragraph, unless a heading or a numbered paragraph comes first.
    const first = units[0]
    if (first && !matchAnnexHeading(first.text) && !matchOperativeNumber(first.text)) {
      annex.title = plainRuns(first.text)
      units.shift()
    }
    readUnits(units, new DocAssembler(ctx, annex), ctx)
    draft.annexes.push(annex)
  }
  return draft
}

/** The paragraphs of lines, blocks separated by blank lines. */
function unitsOf(lines: readonly SourceLine[]): Unit[] {
  const units: Unit[] = []
  let block: SourceLine[] = []
  for (const line of [...lines, { text: '', no: 0 }]) {
    if (!isBlank(line.text)) block.push(line)
    else if (block.length) {
      units.push(...blockUnits(block))
      block = []
    }
  }
  return units
}

const FULL_STOP = /[.。!?][\s"”»’')\]]*$/u

/**
 * Whether a paragraph is past the end of the resolution: the last operative paragraph ends with a full stop (the
 * UN's rule), and what follows it is no next paragraph (numbered, or opening with an operative phrase), no
 * sub-paragraph of an open list and no quotation: a web page's voting note, dates and links after the text.
 */
function endsResolution(
  text: string,
  previous: string | null,
  numbered: number,
  assembler: DocAssembler,
  ctx: ReadContext,
): boolean {
  if (!assembler.operativeSeen || previous === null || !FULL_STOP.test(previous)) return false
  const number = matchOperativeNumber(text)
  if (number && (numbered === 0 || number.value === numbered + 1)) return false
  const label = matchSubLabel(text)
  if (label && assembler.peekSub(label.label) !== null) return false
  if (OPEN_QUOTE.test(text)) return false
  const opening = openingKind(text, ctx.lang)
  return opening !== 'operative' && opening !== 'both'
}

/** Reads paragraphs into the assembler (an annex's assembler: its headings, numbered and other paragraphs). */
function readUnits(units: readonly Unit[], assembler: DocAssembler, ctx: ReadContext): void {
  const annex = assembler.annex
  let quote: { draft: QuoteDraft; outline: Outline; owner: number; line: number } | null = null
  let previousText: string | null = null
  let numbered = 0
  for (const [i, unit] of units.entries()) {
    const text = unit.text
    if (!annex && !quote && endsResolution(text, previousText, numbered, assembler, ctx)) {
      for (const rest of units.slice(i)) {
        for (const l of rest.lines) ctx.unplace(l.no, l.text, 'after the last operative paragraph')
      }
      break
    }
    if (!quote && OPEN_QUOTE.test(text) && previousText !== null && COLON_END.test(previousText)) {
      const owner = assembler.openDepth
      if (owner >= 0) {
        const draftQuote: QuoteDraft = { type: 'quotation', items: [] }
        quote = {
          draft: draftQuote,
          outline: new Outline(ctx, owner + 1, (c) => draftQuote.items.push(c)),
          owner,
          line: unit.line,
        }
      }
    }
    if (quote) {
      // The quotation marks stay in the text, as printed; a label after the opening mark is still a label.
      const mark = OPEN_QUOTE.exec(text)?.[0] ?? ''
      const close = CLOSE_QUOTE.test(text)
      const label = matchSubLabel(text.slice(mark.length))
      if (label) {
        const rest = mark + text.slice(mark.length + label.length)
        quote.outline.add(label.label, plainRuns(rest), unit.line, null)
      } else {
        quote.draft.items.push({ type: 'para', runs: plainRuns(text) })
        quote.outline.closeBelow(quote.owner)
      }
      if (close) {
        assembler.addQuote(quote.draft, quote.owner)
        quote = null
      }
      previousText = unit.text
      continue
    }
    previousText = text
    const heading = annex ? matchAnnexHeading(text) : null
    if (heading) {
      assembler.addHeading(heading.level, plainRuns(heading.rest), unit.line)
      continue
    }
    const number = matchOperativeNumber(text)
    if (number) {
      numbered = number.value
      const rest = text.slice(number.length)
      const runs = annex ? plainRuns(rest) : withOpening(plainRuns(rest), rest, 'operative', ctx.lang)
      assembler.addTop('operative', runs, unit.line)
      continue
    }
    const label = matchSubLabel(text)
    if (label && assembler.openDepth >= 0) {
      assembler.addSub(label.label, plainRuns(text.slice(label.length)), unit.line)
      continue
    }
    if (annex) {
      const last = assembler.previous ? plainText(assembler.previous.para) : null
      // A heading's words on the line after its number ("I." / "Our shared commitment").
      const items = annex.items
      const lastItem = items[items.length - 1]
      if (lastItem?.type === 'heading' && lastItem.runs.length === 0)
        appendRuns(lastItem.runs, plainRuns(text))
      else if (continuesPrevious(text, last)) assembler.continueWith(plainRuns(text), unit.line)
      else assembler.addAnnexPara(plainRuns(text), unit.line)
      continue
    }
    const previous = assembler.previous ? plainText(assembler.previous.para) : null
    if (continuesPrevious(text, previous)) {
      assembler.continueWith(plainRuns(text), unit.line)
      continue
    }
    let kind = kindByWords(text, ctx.lang)
    if (!kind) {
      kind = assembler.operativeSeen ? 'operative' : 'preambular'
      if (!openingKind(text, ctx.lang)) {
        ctx.warn(
          unit.line,
          `paragraph with no opening phrase and no clause punctuation: read as ${kind} by its place`,
        )
      }
    } else if (kind === 'preambular' && assembler.operativeSeen && !opensPreambular(text, ctx.lang)) {
      kind = 'operative'
    }
    assembler.addTop(kind, withOpening(plainRuns(text), text, kind, ctx.lang), unit.line)
  }
  if (quote) {
    ctx.warn(quote.line, 'a quotation that opens here is never closed: it runs to the end of the text')
    assembler.addQuote(quote.draft, quote.owner)
  }
}

/** The runs of a paragraph with its opening phrase (found with the lexicon) marked. */
export function withOpening(runs: Run[], text: string, kind: 'preambular' | 'operative', lang: Lang): Run[] {
  const match = matchOpening(text, lang, kind)
  return match ? markPrefix(runs, match.length, schema.marks.opening.create()) : runs
}
