/** One line of the source text with its 1-based line number, so that warnings can say where. */
export interface SourceLine {
  text: string
  no: number
}

const NEWLINES = /\r\n?|[\v\u2028\u2029]/g

/**
 * The text with a byte-order mark removed and every line end written "\n". Word's manual line break (a vertical
 * tab in its plain-text output) and the Unicode line and paragraph separators count as line ends.
 */
export function normalizeSource(text: string): string {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  return body.replace(NEWLINES, '\n')
}

/** The lines of a normalised text, numbered from 1. */
export function sourceLines(text: string): SourceLine[] {
  const out: SourceLine[] = []
  let start = 0
  let no = 1
  for (;;) {
    const end = text.indexOf('\n', start)
    if (end === -1) {
      out.push({ text: text.slice(start), no })
      return out
    }
    out.push({ text: text.slice(start, end), no })
    start = end + 1
    no++
  }
}

// ASCII white space only: the no-break spaces French puts before ";" and ":" are part of the text.
const SPACES = /[ \t\n\r\f\v]+/g
const BLANK = /^[ \t\f\r\v]*$/

const UNTIDY = /[\t\n\r\f\v]| {2}/

/** The text with each run of ASCII white space made one space and both ends trimmed. */
export function tidy(text: string): string {
  // Most lines have single spaces only: no need to build a new string for them.
  const collapsed = UNTIDY.test(text) ? text.replace(SPACES, ' ') : text
  const from = collapsed.charCodeAt(0) === 32 ? 1 : 0
  const to = collapsed.length > from && collapsed.charCodeAt(collapsed.length - 1) === 32 ? -1 : undefined
  return from === 0 && to === undefined ? collapsed : collapsed.slice(from, to)
}

/** Whether a line holds nothing but white space (form feeds included). */
export function isBlank(text: string): boolean {
  return BLANK.test(text)
}
