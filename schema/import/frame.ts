import type { Organ } from '../lang.ts'
import { isClosingLine, isMeetingLine } from './closing-lines.ts'
import type { ReadContext } from './context.ts'
import type { DocDraft } from './draft.ts'
import { formulaOrgan } from './formula.ts'
import { HeaderReader } from './header-reader.ts'
import { plainRuns } from './runs.ts'
import { isBlank, type SourceLine, tidy } from './source.ts'

/** A plain text cut into its parts: the lines above the formula, the formula, the body, the closing lines. */
export interface Frame<L extends SourceLine> {
  header: L[]
  formula: L | null
  organ: Organ | null
  body: L[]
  closing: L[]
}

/**
 * Cuts a plain text (a typed draft, text from a PDF) into header, formula, body and closing lines. The formula
 * is the first line that is an organ's authoring formula; without one, the body starts at the first line
 * `startsBody` accepts. The closing lines are the meeting and date lines at the end (a meeting line among them).
 */
export function frameText<L extends SourceLine>(lines: L[], startsBody: (text: string) => boolean): Frame<L> {
  let formulaAt = -1
  let organ: Organ | null = null
  for (let i = 0; i < lines.length; i++) {
    organ = formulaOrgan(tidy(lines[i]!.text))
    if (organ) {
      formulaAt = i
      break
    }
  }
  let bodyAt = formulaAt + 1
  if (formulaAt < 0) {
    bodyAt = lines.findIndex((l) => !isBlank(l.text) && startsBody(tidy(l.text)))
    if (bodyAt < 0) bodyAt = lines.length
  }
  let end = lines.length
  while (end > bodyAt && isBlank(lines[end - 1]!.text)) end--
  let closingAt = end
  while (
    closingAt > bodyAt &&
    (isBlank(lines[closingAt - 1]!.text) || isClosingLine(tidy(lines[closingAt - 1]!.text)))
  ) {
    closingAt--
  }
  const closing = lines.slice(closingAt, end).filter((l) => !isBlank(l.text))
  const hasMeeting = closing.some((l) => isMeetingLine(tidy(l.text)))
  return {
    header: lines.slice(0, formulaAt >= 0 ? formulaAt : bodyAt),
    formula: formulaAt >= 0 ? lines[formulaAt]! : null,
    organ,
    body: lines.slice(bodyAt, hasMeeting ? closingAt : end),
    closing: hasMeeting ? closing : [],
  }
}

/** Reads the header lines of a frame into the draft, and its formula and closing lines. */
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
}
