import type { Lang } from '../lang.ts'
import { openingKind, opensPreambular } from './clause-kind.ts'
import type { ReadContext } from './context.ts'
import type { FieldDraft } from './draft.ts'
import { formulaOrgan } from './formula.ts'
import { classifyHeaderLine, parseTitleLine } from './header-lines.ts'
import { HeaderReader } from './header-reader.ts'
import { matchOperativeNumber } from './labels.ts'
import { appendRuns, type Run } from './runs.ts'
import {
  acceptStyled,
  dropStyled,
  type StyledInline,
  type StyledParagraph,
  styledLines,
  styledRuns,
  styledText,
} from './styled.ts'

/** A paragraph as the styled reader sees it: tidied, with its words on one line. */
export interface StyledPara extends StyledParagraph {
  text: string
}

const COMMA_END = /[,،，]$/u

/** Whether a paragraph is short, all in italics and ends with a comma, and opens with no clause's phrase. */
function italicFormula(p: StyledPara, lang: Lang): boolean {
  const words = p.content.filter((c) => c.type === 'text' && c.text.trim() !== '')
  return (
    p.text.length <= 80 &&
    COMMA_END.test(p.text) &&
    words.length > 0 &&
    words.every((c) => c.type === 'text' && c.italic) &&
    openingKind(p.text, lang) === null
  )
}

/** Whether a paragraph reads as a clause: numbered, or opening with italics or an opening phrase. */
function startsBody(p: StyledPara, lang: Lang): boolean {
  const first = p.content[0]
  return (
    matchOperativeNumber(p.text) !== null ||
    (first?.type === 'text' && first.italic && classifyHeaderLine(p.text) === null) ||
    openingKind(p.text, lang) !== null ||
    opensPreambular(p.text, lang)
  )
}

/**
 * Where the formula is (the first paragraph that is an organ's authoring formula, or an italic one like it,
 * before any numbered paragraph; -1 for none), and where the body starts: after the formula, or without one at
 * the first paragraph that reads as a clause. Headings are never either.
 */
export function frameStyled(paras: readonly StyledPara[], lang: Lang): { formulaAt: number; bodyAt: number } {
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i]!
    if (p.role === 'heading' || p.text === '') continue
    if (matchOperativeNumber(p.text)) break
    if (formulaOrgan(p.text) || italicFormula(p, lang)) return { formulaAt: i, bodyAt: i + 1 }
  }
  const bodyAt = paras.findIndex((p) => p.role !== 'heading' && p.text !== '' && startsBody(p, lang))
  return { formulaAt: -1, bodyAt: bodyAt < 0 ? paras.length : bodyAt }
}

/** A paragraph's content with its proposals accepted, for the parts that take none (said in a warning). */
export function acceptedContent(p: StyledPara, ctx: ReadContext): StyledInline[] {
  const accepted = acceptStyled(p.content)
  if (accepted.changed) {
    ctx.warn(
      p.line,
      'tracked changes outside the paragraphs (header, title, formula, closing lines) are accepted',
    )
  }
  return accepted.content
}

/**
 * The paragraphs above the formula, line by line (a paragraph may hold several, cut by line breaks): header
 * fields as the text importer reads them, and the title: a heading that is no header field (with its resolution
 * number, if it starts with one), else the last lines no pattern recognises.
 */
export function readStyledHeader(
  paras: readonly StyledPara[],
  ctx: ReadContext,
): { fields: FieldDraft[]; title: { number: string | null; runs: Run[] } } {
  const reader = new HeaderReader(ctx)
  let blank = true
  let titleOpen = false
  let titleSet = false
  for (const p of paras) {
    if (p.text === '') {
      blank = true
      titleOpen = false
      continue
    }
    for (const line of styledLines(acceptedContent(p, ctx))) {
      const text = styledText(line)
      const runs = styledRuns(line, 'emphasis', p.line).runs
      const field = p.role === 'heading' ? classifyHeaderLine(text) : null
      if (p.role !== 'heading' || field) {
        if (field) reader.field(field, runs, p.line)
        else reader.line(runs, p.line, blank)
        titleOpen = false
      } else if (titleOpen && reader.title) appendRuns(reader.title.runs, runs)
      else {
        const numbered = parseTitleLine(text)
        const rest = numbered ? dropStyled(line, text.length - numbered.rest.length) : line
        reader.setTitle(numbered?.number ?? null, styledRuns(rest, 'emphasis', p.line).runs, p.line)
        titleOpen = true
        titleSet = true
      }
      blank = false
    }
  }
  const { fields, title } = reader.finish(!titleSet)
  return { fields, title: { number: title.number, runs: title.runs } }
}
