import type { Mark } from 'prosemirror-model'
import { schema } from '../schema.ts'
import { type Run, textRun } from './runs.ts'

/** What inline Markdown holds at one point: text with the markup around it, or a citation, reference, break. */
export type InlineToken = { italic: boolean; changes: readonly Mark[] } & (
  | { type: 'text'; text: string; em: boolean; sup: boolean }
  | { type: 'marker'; key: string }
  | { type: 'xref'; target: string }
  | { type: 'break'; line: boolean }
)

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/
const PLAIN = /[^\\\n*<&[\]]+/y
const SUP_MARKER = /<sup>(\d+)<\/sup>/y
const TAG = /<(\/?)(sup|em|i|br)[ \t]*\/?>/iy
const CHANGE_OPEN = /<(ins|del) data-amendment="([^"]*)" data-delegation="([^"]*)">/y
const CHANGE_CLOSE = /<\/(ins|del)>/y
const COMMENT = /<!--[\s\S]*?-->/y
// What an export writes for the eye only, which an annotation states: a paragraph's square brackets, "[Alt 1]".
const SHOWN_ONLY = /<span class="(?:bracketed|alt)">[^<]*<\/span>/y
const BRACKET_OPEN = /<span data-bracket="([^"]*)" data-by="([^"]*)">\[/y
const BRACKET_CLOSE = /\]<\/span>/y
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|(amp|lt|gt|quot|apos|nbsp));/y
const GFM_MARKER = /\[\^([^\]\s]+)\]/y
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }

/** The character an entity stands for, or null for a code point that does not exist. */
function entityChar(m: RegExpExecArray): string | null {
  if (m[3]) return NAMED[m[3]]!
  const cp = m[1] ? Number(m[1]) : Number.parseInt(m[2]!, 16)
  return cp > 0 && cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff) ? String.fromCodePoint(cp) : null
}

/** Decodes the entities of an attribute value. */
function decodeAttribute(value: string): string {
  return value.replace(
    /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|(amp|lt|gt|quot|apos|nbsp));/g,
    (all, d, h, n) => {
      if (n) return NAMED[n]!
      const cp = d ? Number(d) : Number.parseInt(h, 16)
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : all
    },
  )
}

/**
 * Where the link that opens at `at` ("[text](href)") closes its text and ends, or null if it is no link (a
 * bracket that opens again before the text closes leaves this one literal, as links do not nest).
 */
function findLink(raw: string, at: number): { close: number; end: number; href: string } | null {
  for (let j = at + 1; j < raw.length; j++) {
    const c = raw[j]
    if (c === '\\') j++
    else if (c === '[') return null
    else if (c === ']') {
      if (raw[j + 1] !== '(') return null
      const end = raw.indexOf(')', j + 2)
      if (end === -1) return null
      return { close: j, end, href: raw.slice(j + 2, end) }
    }
  }
  return null
}

/**
 * Reads inline Markdown as we write it and as the UN's Markdown renditions have it: backslash escapes, `*`
 * italics (`**` bold is read as plain text), `<sup>`, `<em>`/`<i>`, `<br>`, footnote citations `<sup>1</sup>` and
 * `[^1]`, links (their text is kept; `#ref:` links are cross-references), `<ins>`/`<del>` proposals, words in
 * square brackets (`<span data-bracket data-by>[...]</span>`), character references, and "\n" for a hard line break. Comments are skipped.
 */
export function parseInline(raw: string): InlineToken[] {
  const out: InlineToken[] = []
  let italic = false
  let em = false
  let sup = false
  let changes: Mark[] = []
  let buffer = ''
  let linkClose = -1
  let linkEnd = -1
  const flush = () => {
    if (buffer) out.push({ type: 'text', text: buffer, italic, em, sup, changes })
    buffer = ''
  }
  const tryAt = (re: RegExp, i: number) => {
    re.lastIndex = i
    return re.exec(raw)
  }
  // Reads the tag at `at` (a citation, <sup>, <em>, <br>, <ins>, <del>, a comment); where it ends, or `at`.
  const readTag = (at: number): number => {
    const marker = tryAt(SUP_MARKER, at)
    if (marker) {
      flush()
      out.push({ type: 'marker', key: marker[1]!, italic, changes })
      return at + marker[0].length
    }
    const tag = tryAt(TAG, at)
    if (tag) {
      flush()
      const closing = tag[1] === '/'
      const name = tag[2]!.toLowerCase()
      if (name === 'sup') sup = !closing
      else if (name === 'br') out.push({ type: 'break', line: false, italic, changes })
      else em = !closing
      return at + tag[0].length
    }
    const open = tryAt(CHANGE_OPEN, at)
    if (open) {
      flush()
      const type = open[1] === 'ins' ? schema.marks.insertion : schema.marks.deletion
      changes = [
        ...changes,
        type.create({ amendment: decodeAttribute(open[2]!), delegation: decodeAttribute(open[3]!) }),
      ]
      return at + open[0].length
    }
    const close = tryAt(CHANGE_CLOSE, at)
    if (close) {
      flush()
      const name = close[1] === 'ins' ? 'insertion' : 'deletion'
      let k = changes.length - 1
      while (k >= 0 && changes[k]!.type.name !== name) k--
      if (k >= 0) changes = [...changes.slice(0, k), ...changes.slice(k + 1)]
      return at + close[0].length
    }
    const bracket = tryAt(BRACKET_OPEN, at)
    if (bracket) {
      flush()
      const mark = schema.marks.bracket.create({
        id: decodeAttribute(bracket[1]!),
        by: decodeAttribute(bracket[2]!),
      })
      changes = [...changes, mark]
      return at + bracket[0].length
    }
    const comment = tryAt(COMMENT, at) ?? tryAt(SHOWN_ONLY, at)
    return comment ? at + comment[0].length : at
  }
  let i = 0
  while (i < raw.length) {
    const c = raw[i]!
    if (i === linkClose) {
      i = linkEnd + 1
      linkClose = -1
      continue
    }
    if (c === '\\' && i + 1 < raw.length && ASCII_PUNCTUATION.test(raw[i + 1]!)) {
      buffer += raw[i + 1]
      i += 2
    } else if (c === '\n') {
      flush()
      out.push({ type: 'break', line: true, italic, changes })
      i++
    } else if (c === '*') {
      let n = 1
      while (raw[i + n] === '*') n++
      if (n % 2 === 1) {
        flush()
        italic = !italic
      }
      i += n
    } else if (c === '<') {
      const next = readTag(i)
      if (next > i) i = next
      else {
        buffer += c
        i++
      }
    } else if (c === '&') {
      const m = tryAt(ENTITY, i)
      const ch = m ? entityChar(m) : null
      buffer += ch ?? c
      i += m && ch !== null ? m[0].length : 1
    } else if (c === ']' && changes.some((m) => m.type.name === 'bracket') && tryAt(BRACKET_CLOSE, i)) {
      flush()
      const k = changes.findLastIndex((m) => m.type.name === 'bracket')
      changes = [...changes.slice(0, k), ...changes.slice(k + 1)]
      i += BRACKET_CLOSE.lastIndex - i
    } else if (c === '[') {
      const gfm = tryAt(GFM_MARKER, i)
      const link = gfm ? null : findLink(raw, i)
      if (gfm) {
        flush()
        out.push({ type: 'marker', key: `^${gfm[1]}`, italic, changes })
        i += gfm[0].length
      } else if (link?.href.startsWith('#ref:')) {
        flush()
        let target = link.href.slice(5)
        try {
          target = decodeURIComponent(target)
        } catch {
          // A target that is not percent-encoded is kept as written.
        }
        out.push({ type: 'xref', target, italic, changes })
        i = link.end + 1
      } else if (link) {
        linkClose = link.close
        linkEnd = link.end
        i++
      } else {
        buffer += c
        i++
      }
    } else {
      // Plain text up to the next character that may be markup, in one piece.
      PLAIN.lastIndex = i
      const plain = PLAIN.exec(raw)
      const end = plain ? i + plain[0].length : i + 1
      const stop = linkClose > i && linkClose < end ? linkClose : end
      buffer += raw.slice(i, stop)
      i = stop
    }
  }
  flush()
  return out
}

/**
 * How italics are read where inline content lands: in the first paragraph of a clause, the italics it opens
 * with are its opening phrase and later ones are emphasis; in the formula and the closing lines, italics are
 * the way they are printed and carry no meaning; elsewhere, italics are emphasis.
 */
export type ItalicsMeaning = 'clause' | 'emphasis' | 'print'

/** The runs of inline tokens, with italics read as `meaning` says. */
export function resolveInline(tokens: readonly InlineToken[], meaning: ItalicsMeaning, line = 0): Run[] {
  const { opening, em, sup } = schema.marks
  let openingEnd = 0
  if (meaning === 'clause') while (openingEnd < tokens.length && tokens[openingEnd]!.italic) openingEnd++
  const out: Run[] = []
  tokens.forEach((token, index) => {
    if (token.type === 'text') {
      let marks: readonly Mark[] = token.changes
      if (token.italic && meaning !== 'print') {
        marks = (meaning === 'clause' && index < openingEnd ? opening : em).create().addToSet(marks)
      }
      if (token.em) marks = em.create().addToSet(marks)
      if (token.sup) marks = sup.create().addToSet(marks)
      out.push(textRun(token.text, marks))
    } else if (token.type === 'marker')
      out.push({ type: 'marker', key: token.key, line, marks: token.changes })
    else if (token.type === 'xref') out.push({ type: 'xref', target: token.target, marks: token.changes })
    else out.push({ type: 'break', marks: token.changes })
  })
  return out
}

/** The tokens split at hard line breaks ("  \n"), not at `<br>`: one list per line. */
export function splitLines(tokens: readonly InlineToken[]): InlineToken[][] {
  const lines: InlineToken[][] = [[]]
  for (const token of tokens) {
    if (token.type === 'break' && token.line) lines.push([])
    else lines[lines.length - 1]!.push(token)
  }
  return lines
}

/** Whether every word of the tokens is in `*` italics (an authoring formula or closing lines as printed). */
export function allItalic(tokens: readonly InlineToken[]): boolean {
  let text = false
  for (const t of tokens) {
    if (t.type === 'text') {
      if (!t.italic) return false
      text = true
    }
  }
  return text
}
