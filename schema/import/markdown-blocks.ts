import { type Annotation, parseAnnotation } from './annotations.ts'
import { matchOperativeNumber, matchSubLabel } from './labels.ts'
import { isBlank, type SourceLine, tidy } from './source.ts'

/** A block of Markdown: lines between blank lines, with the annotation comment written above it. */
export interface MdBlock {
  lines: SourceLine[]
  annotation: Annotation | null
  /** Line of the annotation or of the first line. */
  line: number
  blankBefore: boolean
}

/** An ATX heading: its level and its text. */
export const HEADING = /^(#{1,6})(?:[ \t]+([\s\S]*?))?[ \t]*$/
/** A thematic break (`---`), which the UN's Markdown uses for page breaks. */
export const RULE = /^(?:-[ \t]*){3,}$|^(?:\*[ \t]*){3,}$|^(?:_[ \t]*){3,}$/
/** A quotation line. */
export const QUOTE = /^[ \t]{0,3}>/
/** A footnote definition: `<sup>1</sup> text` as in the UN's Markdown, or `[^1]: text`. */
export const DEFINITION = /^(?:<sup>(\d+)<\/sup>|\[\^([^\]\s]+)\]:)[ \t]*/

const HEADER_WORDS = new Set([
  'organ',
  'distribution',
  'date',
  'symbol',
  'original',
  'session',
  'agenda',
  'agendaTitle',
  'sponsors',
  'adoption',
  'basis',
])

/** Whether an annotation applies to the block below it (a header field annotation ends its own line). */
function isBlockAnnotation(a: Annotation): boolean {
  for (const k of a.keys()) if (HEADER_WORDS.has(k) && a.get(k) === '') return false
  return true
}

const startsUnit = (text: string) =>
  DEFINITION.test(text) || matchOperativeNumber(text) !== null || matchSubLabel(text) !== null

/**
 * Splits Markdown into blocks: at blank lines, around headings and thematic breaks, where quotation lines
 * begin or end, and before a line that starts a footnote definition, a numbered paragraph or a labelled
 * sub-paragraph (Markdown lists need no blank line between items) unless a hard line break ends the line
 * before it.
 */
export function markdownBlocks(lines: readonly SourceLine[]): MdBlock[] {
  const blocks: MdBlock[] = []
  let current: MdBlock | null = null
  let blank = true
  const close = () => {
    if (current) blocks.push(current)
    current = null
  }
  for (const line of lines) {
    if (isBlank(line.text)) {
      close()
      blank = true
      continue
    }
    const text = tidy(line.text)
    const annotation = text.startsWith('<!--') ? parseAnnotation(text) : null
    if (annotation && isBlockAnnotation(annotation)) {
      close()
      current = { lines: [], annotation, line: line.no, blankBefore: blank }
      blank = false
      continue
    }
    const cur = current as MdBlock | null
    const standalone = HEADING.test(text) || RULE.test(text)
    const quote = QUOTE.test(line.text)
    if (cur && cur.lines.length > 0) {
      const curQuote = QUOTE.test(cur.lines[0]!.text)
      // A line after a hard line break (two spaces) continues its block whatever it starts with.
      const broken = /[ \t]{2,}$/.test(cur.lines[cur.lines.length - 1]!.text)
      if (standalone || quote !== curQuote || (!quote && !broken && startsUnit(text))) close()
    }
    if (!current) current = { lines: [], annotation: null, line: line.no, blankBefore: blank }
    current.lines.push(line)
    if (standalone) close()
    blank = false
  }
  close()
  return blocks
}

/**
 * The text of a block's lines as one string for the inline reader: each line tidied, lines joined by a space,
 * or by "\n" where a line ends with two spaces (a hard line break).
 */
export function blockRaw(lines: readonly SourceLine[]): string {
  let out = ''
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text
    if (i > 0) out += /[ \t]{2,}$/.test(lines[i - 1]!.text) ? '\n' : ' '
    out += tidy(text)
  }
  return out
}
