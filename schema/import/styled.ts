import type { Mark } from 'prosemirror-model'
import type { ParagraphProposal } from '../amendments/proposal.ts'
import { type InlineToken, type ItalicsMeaning, resolveInline } from './markdown-inline.ts'
import type { Run } from './runs.ts'

/**
 * Inline content of a paragraph as a word processor holds it: text with the formatting that carries meaning
 * (italics mark an opening phrase, superscript), footnotes with their content where they are cited, line
 * breaks; each with the proposed changes (insertion and deletion marks) it belongs to.
 */
export type StyledInline =
  | { type: 'text'; text: string; italic: boolean; sup: boolean; changes: readonly Mark[] }
  | { type: 'note'; content: StyledInline[]; changes: readonly Mark[] }
  | { type: 'break'; changes: readonly Mark[] }

/** What a paragraph's style says it is: a heading (a title), quoted text, or nothing in particular. */
export type StyledRole = 'heading' | 'quote' | null

/**
 * A paragraph of a word processor's file, in the order of the file: its content (with the number or label the
 * word processor shows put in front as typed text, so that numbered lists and typed numbers read alike), what
 * its style says, and a proposal on the whole paragraph with the clause id it needs (a moved paragraph's).
 */
export interface StyledParagraph {
  /** Where it is in the file, for warnings (a word processor's paragraph index, from 1). */
  line: number
  content: StyledInline[]
  role: StyledRole
  /** A proposal to insert, delete or move the whole paragraph; its marks are then dropped from the clause. */
  proposal: ParagraphProposal | null
  id: string | null
}

const sameMarks = (a: readonly Mark[], b: readonly Mark[]) =>
  a.length === b.length && a.every((m, i) => m.eq(b[i]!))

const SPACES = /[ \t\n\r\f\v]+/g

/**
 * The content with adjacent texts of the same formatting joined (word processors cut runs anywhere), each run
 * of ASCII white space made one space, and both ends trimmed. Footnote contents are tidied too.
 */
export function tidyStyled(content: readonly StyledInline[]): StyledInline[] {
  const out: StyledInline[] = []
  let space = true
  for (const item of content) {
    if (item.type !== 'text') {
      out.push(item.type === 'note' ? { ...item, content: tidyStyled(item.content) } : item)
      space = item.type === 'break'
      continue
    }
    let text = item.text.replace(SPACES, ' ')
    if (space && text.startsWith(' ')) text = text.slice(1)
    if (!text) continue
    space = text.endsWith(' ')
    const last = out[out.length - 1]
    if (
      last?.type === 'text' &&
      last.italic === item.italic &&
      last.sup === item.sup &&
      sameMarks(last.changes, item.changes)
    )
      out[out.length - 1] = { ...last, text: last.text + text }
    else out.push({ ...item, text })
  }
  for (let i = out.length - 1; i >= 0; i--) {
    const item = out[i]!
    if (item.type === 'break') {
      out.splice(i, 1)
      continue
    }
    if (item.type !== 'text') break
    const text = item.text.trimEnd()
    if (text) {
      out[i] = { ...item, text }
      break
    }
    out.splice(i, 1)
  }
  return out
}

/** The words of the content on one line: breaks as spaces, footnotes as nothing. */
export function styledText(content: readonly StyledInline[]): string {
  let out = ''
  for (const item of content) {
    if (item.type === 'text') out += item.text
    else if (item.type === 'break') out += ' '
  }
  return out
}

/** The content without its first `count` characters of text (a number or label) and the spaces after them. */
export function dropStyled(content: readonly StyledInline[], count: number): StyledInline[] {
  const out: StyledInline[] = []
  let left = count
  let trimming = true
  for (const item of content) {
    if (left > 0) {
      if (item.type === 'break') left--
      if (item.type !== 'text') continue
      if (item.text.length <= left) {
        left -= item.text.length
        continue
      }
      const text = item.text.slice(left)
      left = 0
      out.push({ ...item, text })
      continue
    }
    out.push(item)
  }
  while (trimming && out[0]?.type === 'text') {
    const first = out[0]
    const text = first.text.trimStart()
    if (text) {
      out[0] = { ...first, text }
      trimming = false
    } else out.shift()
  }
  return out
}

/** The content cut at its line breaks: one list per line (header lines share a paragraph in some files). */
export function styledLines(content: readonly StyledInline[]): StyledInline[][] {
  const lines: StyledInline[][] = [[]]
  for (const item of content) {
    if (item.type === 'break') lines.push([])
    else lines[lines.length - 1]!.push(item)
  }
  return lines.map(tidyStyled).filter((l) => l.length > 0)
}

const isChange = (m: Mark) => m.type.name === 'insertion' || m.type.name === 'deletion'

/**
 * The content with every proposed change accepted: deleted words and footnotes dropped, inserted ones kept
 * without their marks. Says whether there was any.
 */
export function acceptStyled(content: readonly StyledInline[]): {
  content: StyledInline[]
  changed: boolean
} {
  let changed = false
  const out: StyledInline[] = []
  for (const item of content) {
    if (item.changes.length === 0) {
      out.push(item.type === 'note' ? { ...item, content: acceptStyled(item.content).content } : item)
      continue
    }
    changed = true
    if (item.changes.some((m) => m.type.name === 'deletion')) continue
    const changes = item.changes.filter((m) => !isChange(m))
    out.push(
      item.type === 'note'
        ? { ...item, changes, content: acceptStyled(item.content).content }
        : {
            ...item,
            changes,
          },
    )
  }
  return { content: tidyStyled(out), changed }
}

/** The content without the marks of one amendment (its proposal is recorded on the whole clause instead). */
export function withoutAmendment(content: readonly StyledInline[], amendment: string): StyledInline[] {
  return content.map((item) => {
    const changes = item.changes.filter((m) => !(isChange(m) && m.attrs.amendment === amendment))
    return changes.length === item.changes.length ? item : { ...item, changes }
  })
}

/** Whether any word of the content is in italics, and whether all of them are. */
function italics(content: readonly StyledInline[]): { some: boolean; all: boolean } {
  let some = false
  let all = true
  for (const item of content) {
    if (item.type !== 'text' || item.text.trim() === '') continue
    if (item.italic) some = true
    else all = false
  }
  return { some, all: some && all }
}

/**
 * The runs of styled content, italics read as `meaning` says (see `ItalicsMeaning`): in a clause, the italics
 * it opens with are its opening phrase (`opened` says whether there were any), unless the whole paragraph is in
 * italics, which says nothing about where its phrase ends. Footnotes keep their italics as emphasis.
 */
export function styledRuns(
  content: readonly StyledInline[],
  meaning: ItalicsMeaning,
  line: number,
): { runs: Run[]; opened: boolean } {
  const notes: Run[] = []
  const tokens: InlineToken[] = []
  const leading = meaning === 'clause' ? italics(content) : { some: false, all: false }
  const openingByItalics = leading.some && !leading.all && content[0]?.type === 'text' && content[0].italic
  content.forEach((item, i) => {
    const changes = item.changes
    if (item.type === 'note') {
      notes.push({
        type: 'footnote',
        content: styledRuns(item.content, 'emphasis', line).runs,
        marks: changes,
      })
      tokens.push({ type: 'marker', key: String(notes.length - 1), italic: false, changes })
    } else if (item.type === 'break') tokens.push({ type: 'break', line: false, italic: false, changes })
    else {
      const italic = meaning === 'clause' && !openingByItalics ? false : item.italic
      const em = meaning === 'clause' && !openingByItalics && item.italic
      // The space that ends an italic opening phrase belongs to the words after it.
      const next = content[i + 1]
      const trailing = italic && next?.type === 'text' && !next.italic ? /\s+$/.exec(item.text) : null
      const text = trailing ? item.text.slice(0, trailing.index) : item.text
      if (text) tokens.push({ type: 'text', text, italic, em, sup: item.sup, changes })
      if (trailing)
        tokens.push({ type: 'text', text: trailing[0], italic: false, em: false, sup: item.sup, changes })
    }
  })
  const runs = resolveInline(tokens, meaning, line).map((run) =>
    run.type === 'marker' ? notes[Number(run.key)]! : run,
  )
  return { runs, opened: openingByItalics }
}
