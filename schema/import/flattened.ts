import type { Lang } from '../lang.ts'
import { matchOpening } from '../opening.ts'
import { openingKind } from './clause-kind.ts'
import { isClosingLine } from './closing-lines.ts'
import { formulaAtStart, formulaOf } from './formula.ts'
import { parseTitleLine } from './header-lines.ts'
import { matchOperativeNumber, matchSubLabel } from './labels.ts'
import type { SourceLine } from './source.ts'

// A line this long holding several paragraphs is a page flattened onto one line (a blog, a news page).
const LONG = 300
// Punctuation that ends a paragraph or a part of one, then the space a flattened page keeps between them.
const BOUNDARY = /[,，;；:：。.!?]\s+|\s+(?=\S)/gu
const CASED = new Set<Lang>(['en', 'fr', 'es'])
const UPPER_START = /^\p{Lu}/u
// Arabic preambular paragraphs run together on one line: "...، وإذ تشير ..." (while), "...، وقد نظرت ..." (having).
const ARABIC_JOIN = /[،,]\s+(?=و?إذ\s+[تي]|وقد\s+[\u0621-\u064A])/gu
const CELL = /\s*\|\s*/u
const ONLY_CELLS = /^[\s|]*$/u
const CJK_START = /^[\u3400-\u9fff]/u
const LATIN_END = /[A-Za-z0-9][.,;:]?\s*$/u
// Chinese preambular paragraphs run together without a space ("...的作用,审议了秘书长..."): a comma, then a
// preambular phrase of three characters or more.
const ZH_JOIN = /[,，](?=[\u3400-\u9fff])/gu

/** The words up to the first punctuation that ends a part of a sentence. */
const firstPart = (text: string) => text.split(/[,，;；。]|\.(?:\s|$)/u, 1)[0]!.trim()

/** Whether the words after a boundary start a part of a resolution: a number, a label, a phrase, a formula, a date. */
function startsPart(rest: string, lang: Lang, afterPunctuation: boolean): boolean {
  if (!afterPunctuation) {
    // Only the formula and the numbered title follow mere space: "... 合法權利 大會, 回顧 ...",
    // "... 大会决议 54/254.联合国千年首脑会议".
    const formula = /^\S{1,40}?[,，]/u.exec(rest)
    if (formula !== null && formulaOf(formula[0])?.lang === lang) return true
    if (formulaAtStart(rest, lang) > 0) return true
    return /^\d/u.test(rest) && parseTitleLine(rest) !== null
  }
  if (matchOperativeNumber(rest) || matchSubLabel(rest)) return true
  if (formulaOf(/^[^,，]{1,40}[,，]?/u.exec(rest)?.[0] ?? '')?.lang === lang) return true
  if (isClosingLine(firstPart(rest))) return true
  if (CASED.has(lang) && !UPPER_START.test(rest)) return false
  return openingKind(rest, lang) !== null
}

/** The parts of one flattened line: where a paragraph, a number, the formula or a closing line starts. */
function parts(text: string, lang: Lang): string[] {
  const out: string[] = []
  let from = 0
  BOUNDARY.lastIndex = 0
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const end = m.index + m[0].length
    const afterPunctuation = m[0].trim() !== ''
    // A Chinese full stop followed by a space ends a sentence of the page, whatever follows; so does the
    // end of a text in Latin letters followed by Chinese (two language versions on one page).
    const rest = text.slice(end)
    const split =
      (afterPunctuation &&
        ((lang === 'zh' && m[0].startsWith('。')) ||
          (CJK_START.test(rest) && LATIN_END.test(text.slice(from, m.index + 1))))) ||
      startsPart(rest, lang, afterPunctuation)
    if (!split) continue
    const cut = afterPunctuation ? m.index + 1 : m.index
    out.push(text.slice(from, cut).trim())
    from = end
  }
  out.push(text.slice(from).trim())
  return out.filter((p) => p !== '').flatMap((p) => (lang === 'zh' ? chineseRunTogether(p) : [p]))
}

/** A Chinese preambular paragraph cut where another one runs into it after a comma. */
function chineseRunTogether(part: string): string[] {
  if (openingKind(part, 'zh') === null || matchOperativeNumber(part)) return [part]
  const out: string[] = []
  let from = 0
  ZH_JOIN.lastIndex = 0
  for (let m = ZH_JOIN.exec(part); m; m = ZH_JOIN.exec(part)) {
    const phrase = matchOpening(part.slice(m.index + 1), 'zh', 'preambular')
    if (!phrase || phrase.length < 3 || matchOpening(part.slice(m.index + 1), 'zh', 'operative')) continue
    out.push(part.slice(from, m.index + 1))
    from = m.index + 1
  }
  out.push(part.slice(from))
  return out
}

/**
 * The lines of a text with every flattened line (a page whose paragraphs were run onto one line, or table
 * cells separated by "|") cut into its parts, each part a line of its own with a blank line after it, so that
 * a typed-draft reader sees one paragraph per part; and Arabic preambular paragraphs run together on one line
 * ("...، وإذ تشير ...") cut apart. Lines that are neither are left as they are.
 */
export function unflatten<L extends SourceLine>(lines: readonly L[], lang: Lang): L[] {
  const out: L[] = []
  for (const line of lines) {
    let pieces: string[] | null = null
    // Table cells of a page: "|" alone or around the text.
    if (line.text.includes('|')) {
      if (ONLY_CELLS.test(line.text)) {
        out.push({ ...line, text: '' })
        continue
      }
      if (line.text.length <= LONG) pieces = line.text.split(CELL).filter((c) => c.trim() !== '')
    }
    if (line.text.length > LONG) {
      const cells = line.text.split(CELL).filter((c) => c.trim() !== '')
      pieces = cells.flatMap((cell) => (cell.length > LONG / 3 ? parts(cell, lang) : [cell.trim()]))
    }
    if (lang === 'ar') {
      ARABIC_JOIN.lastIndex = 0
      const source = pieces ?? [line.text]
      const split = source.flatMap((p) => p.replace(ARABIC_JOIN, (m) => `${m[0]}\n`).split('\n'))
      if (split.length > source.length) pieces = split
    }
    if (!pieces || pieces.length < 2) {
      out.push(pieces?.length === 1 ? { ...line, text: pieces[0]! } : line)
      continue
    }
    for (const piece of pieces) out.push({ ...line, text: piece.trim() }, { ...line, text: '' })
  }
  return out
}
