import type { Lang, Organ } from '../lang.ts'
import { isAnnexLabel } from './annex-lines.ts'
import { isClosingLine, isMeetingLine } from './closing-lines.ts'
import type { ReadContext } from './context.ts'
import type { DocDraft } from './draft.ts'
import { formulaAtEnd, formulaOf } from './formula.ts'
import { HeaderReader } from './header-reader.ts'
import { plainRuns } from './runs.ts'
import { isBlank, type SourceLine, tidy } from './source.ts'

/**
 * A plain text cut into its parts: the lines above the formula, the formula, the body, the closing lines, the
 * annexes (each from its label line), and the lines after the resolution that are none of these.
 */
export interface Frame<L extends SourceLine> {
  header: L[]
  formula: L | null
  organ: Organ | null
  body: L[]
  closing: L[]
  annexes: L[][]
  /** Lines after the resolution that are not part of it (a web page's footer): reported, never read. */
  after: L[]
}

/** Where the formula stands, and the line it is (a line with other words before it is cut in two). */
interface FormulaFound<L> {
  at: number
  line: L
  /** The words before the formula on its line, kept as a header line. */
  before: L | null
  organ: Organ
}

const nextText = <L extends SourceLine>(lines: L[], from: number) => {
  for (let i = from; i < lines.length; i++) if (!isBlank(lines[i]!.text)) return tidy(lines[i]!.text)
  return null
}

/**
 * The authoring formula: the first line that is one in the text's language ("La Asamblea General,"), or the
 * organ's name alone right above a paragraph ("安全理事会", "إن مجلس الأمن"), or a formula at the end of a line
 * with other words before it; failing those, the first line that is a formula in any language.
 */
function findFormula<L extends SourceLine>(
  lines: L[],
  lang: Lang,
  startsBody: (text: string) => boolean,
): FormulaFound<L> | null {
  let other: FormulaFound<L> | null = null
  for (let i = 0; i < lines.length; i++) {
    const text = tidy(lines[i]!.text)
    if (!text) continue
    const named = formulaOf(text)
    if (named?.lang === lang) return { at: i, line: lines[i]!, before: null, organ: named.organ }
    if (named && !other) other = { at: i, line: lines[i]!, before: null, organ: named.organ }
    const bare = formulaOf(text, true)
    if (bare?.lang === lang) {
      const next = nextText(lines, i + 1)
      if (next !== null && startsBody(next))
        return { at: i, line: lines[i]!, before: null, organ: bare.organ }
    }
    const end = formulaAtEnd(text, lang)
    if (end > 0) {
      const organ = formulaOf(text.slice(end))?.organ
      if (organ) {
        return {
          at: i,
          line: { ...lines[i]!, text: text.slice(end) },
          before: { ...lines[i]!, text: text.slice(0, end).trim() },
          organ,
        }
      }
    }
  }
  return other
}

/**
 * Cuts a plain text (a typed draft, text from a PDF, a web page) into header, formula, body, closing lines,
 * annexes and what follows the resolution. The formula is found by {@link findFormula}; without one, the body
 * starts at the first line `startsBody` accepts. The resolution ends at its closing lines (the meeting line and
 * the dates around it) or at an annex label; after the closing lines come its annexes, or else lines that are
 * not part of it.
 */
export function frameText<L extends SourceLine>(
  lines: L[],
  startsBody: (text: string) => boolean,
  lang: Lang,
): Frame<L> {
  const found = findFormula(lines, lang, startsBody)
  let bodyAt = found ? found.at + 1 : -1
  if (!found) {
    bodyAt = lines.findIndex((l) => !isBlank(l.text) && startsBody(tidy(l.text)))
    if (bodyAt < 0) bodyAt = lines.length
  }
  let end = lines.length
  while (end > bodyAt && isBlank(lines[end - 1]!.text)) end--
  const header = lines.slice(0, found ? found.at : bodyAt)
  if (found?.before) header.push(found.before)
  const frame: Frame<L> = {
    header,
    formula: found?.line ?? null,
    organ: found?.organ ?? null,
    body: [],
    closing: [],
    annexes: [],
    after: [],
  }
  let seen = false
  for (let i = bodyAt; i < end; i++) {
    const text = tidy(lines[i]!.text)
    if (!text) continue
    if (seen && isMeetingLine(text)) {
      let from = i
      while (from > bodyAt && (isBlank(lines[from - 1]!.text) || isClosingLine(tidy(lines[from - 1]!.text))))
        from--
      let to = i + 1
      while (to < end && (isBlank(lines[to]!.text) || isClosingLine(tidy(lines[to]!.text)))) to++
      frame.body = lines.slice(bodyAt, from)
      frame.closing = lines.slice(from, to).filter((l) => !isBlank(l.text))
      const next = nextText(lines, to)
      if (next !== null && isAnnexLabel(next)) frame.annexes = splitAnnexes(lines.slice(to, end))
      else frame.after = lines.slice(to, end).filter((l) => !isBlank(l.text))
      return frame
    }
    if (seen && isAnnexLabel(text)) {
      frame.body = lines.slice(bodyAt, i)
      frame.annexes = splitAnnexes(lines.slice(i, end))
      return frame
    }
    seen = true
  }
  frame.body = lines.slice(bodyAt, end)
  return frame
}

/** The lines after the resolution cut into annexes, each from its label line. */
function splitAnnexes<L extends SourceLine>(lines: L[]): L[][] {
  const annexes: L[][] = []
  for (const line of lines) {
    if (isAnnexLabel(tidy(line.text))) annexes.push([line])
    else if (annexes.length) annexes[annexes.length - 1]!.push(line)
  }
  return annexes
}

/** Reads the header lines of a frame into the draft, its formula and closing lines, and reports what follows. */
export function readFrame<L extends SourceLine>(frame: Frame<L>, draft: DocDraft, ctx: ReadContext): void {
  const header = new HeaderReader(ctx)
  let blank = true
  for (const line of frame.header) {
    if (isBlank(line.text)) {
      blank = true
      continue
    }
    header.line(plainRuns(tidy(line.text)), line.no, blank)
    blank = false
  }
  const { fields, title } = header.finish(true)
  draft.header = fields
  draft.title = { number: title.number, runs: title.runs }
  if (frame.formula) draft.formula = plainRuns(tidy(frame.formula.text))
  else {
    const at = frame.body[0]?.no ?? 1
    ctx.warn(at, 'no authoring formula ("The General Assembly,") before the first paragraph')
  }
  draft.organ = frame.organ
  draft.closing = frame.closing.map((l) => plainRuns(tidy(l.text)))
  for (const line of frame.after) ctx.unplace(line.no, tidy(line.text), 'after the closing lines')
}
