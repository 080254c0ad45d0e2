import type { Lang } from '../lang.ts'
import { matchOpening } from '../opening.ts'
import { schema } from '../schema.ts'
import { DocAssembler, Outline } from './assembler.ts'
import { continuesPrevious, kindByWords, openingKind, opensPreambular } from './clause-kind.ts'
import type { ReadContext } from './context.ts'
import { type DocDraft, emptyDocDraft, type QuoteDraft } from './draft.ts'
import { frameText, readFrame } from './frame.ts'
import { matchOperativeNumber, matchSubLabel } from './labels.ts'
import { markPrefix, plainRuns, plainText, type Run } from './runs.ts'
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

const startsUnit = (text: string) => matchOperativeNumber(text) !== null || matchSubLabel(text) !== null

/**
 * The paragraphs of a block of lines: one per line where every line ends a clause (a text pasted from a word
 * processor), else one per block, split where a line starts with a number or a sub-paragraph label.
 */
function blockUnits(lines: readonly SourceLine[]): Unit[] {
  const texts = lines.map((l) => tidy(l.text))
  if (texts.length > 1 && texts.every((t, i) => CLAUSE_END.test(t) || startsUnit(texts[i + 1] ?? ''))) {
    return texts.map((text, i) => ({ text, line: lines[i]!.no }))
  }
  const units: Unit[] = []
  let current: string[] = []
  let at = 0
  texts.forEach((text, i) => {
    if (current.length && startsUnit(text)) {
      units.push({ text: joinLines(current), line: at })
      current = []
    }
    if (!current.length) at = lines[i]!.no
    current.push(text)
  })
  if (current.length) units.push({ text: joinLines(current), line: at })
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
  const frame = frameText(sourceLines(source), (t) => startsBody(t, ctx), ctx.lang)
  readFrame(frame, draft, ctx)
  const units: Unit[] = []
  let block: SourceLine[] = []
  for (const line of [...frame.body, { text: '', no: 0 }]) {
    if (!isBlank(line.text)) block.push(line)
    else if (block.length) {
      units.push(...blockUnits(block))
      block = []
    }
  }
  const assembler = new DocAssembler(ctx)
  let quote: { draft: QuoteDraft; outline: Outline; owner: number; line: number } | null = null
  let previousText: string | null = null
  for (const unit of units) {
    const text = unit.text
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
    const number = matchOperativeNumber(text)
    if (number) {
      const rest = text.slice(number.length)
      assembler.addTop('operative', withOpening(plainRuns(rest), rest, 'operative', ctx.lang), unit.line)
      continue
    }
    const label = matchSubLabel(text)
    if (label && assembler.openDepth >= 0) {
      assembler.addSub(label.label, plainRuns(text.slice(label.length)), unit.line)
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
  draft.clauses = assembler.clauses
  return draft
}

/** The runs of a paragraph with its opening phrase (found with the lexicon) marked. */
export function withOpening(runs: Run[], text: string, kind: 'preambular' | 'operative', lang: Lang): Run[] {
  const match = matchOpening(text, lang, kind)
  return match ? markPrefix(runs, match.length, schema.marks.opening.create()) : runs
}
