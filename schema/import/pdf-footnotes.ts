import type { ReadContext } from './context.ts'
import type { FootnoteBlock } from './pdf-pages.ts'

/** A footnote read from a page's footnote block. */
export interface PdfFootnote {
  number: number
  text: string
  page: number
  line: number
}

const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹'

/** Superscript digits ("¹²") as ASCII digits ("12"); other characters unchanged. */
export function superscriptDigits(text: string): string {
  return text.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/g, (d) => String(SUPERSCRIPTS.indexOf(d)))
}

const BARE_NUMBER = /^\d{1,3}$/
const NUMBERED = /^(\d{1,3})\s+(\S.*)$/
const ENDS_NOTE = /[.)]$/

/**
 * The footnotes of a page's block. PDF extraction often puts the numbers apart from the texts and in another
 * order ("Resolution 2625 (XXV), annex.", "United Nations, Treaty Series ...", "3", "Ibid ...", "1", "2"): the
 * texts keep their order and the numbers are a set, so the texts go to the numbers in ascending order. A text
 * wrapped over several lines continues until a line ends with a full stop.
 */
export function parseFootnoteBlock(block: FootnoteBlock, ctx: ReadContext): PdfFootnote[] {
  const numbers: number[] = []
  const texts: { text: string; line: number }[] = []
  const numbered: PdfFootnote[] = []
  let lastNumbered = false
  for (const line of block.lines) {
    // A footnote number may come as superscript digits ("¹ Resolution 2625 (XXV), annex.").
    const l = { ...line, text: line.text.replace(/^[⁰¹²³⁴⁵⁶⁷⁸⁹]+/, superscriptDigits) }
    if (BARE_NUMBER.test(l.text)) {
      numbers.push(Number(l.text))
      continue
    }
    const m = NUMBERED.exec(l.text)
    if (m && numbers.length === 0) {
      numbered.push({ number: Number(m[1]), text: m[2]!, page: block.page, line: l.no })
      lastNumbered = true
      continue
    }
    if (lastNumbered && numbered.length) {
      numbered[numbered.length - 1]!.text += ` ${l.text}`
      continue
    }
    texts.push({ text: l.text, line: l.no })
  }
  if (numbered.length && numbers.length === 0 && texts.length === 0) return numbered
  const all = [...numbered.map((n) => ({ text: `${n.number} ${n.text}`, line: n.line })), ...texts]
  let groups = all
  if (all.length > numbers.length) {
    groups = []
    for (const t of all) {
      const last = groups[groups.length - 1]
      if (last && !ENDS_NOTE.test(last.text)) last.text += ` ${t.text}`
      else groups.push({ ...t })
    }
  }
  numbers.sort((a, b) => a - b)
  if (groups.length !== numbers.length) {
    const at = block.lines[0]?.no ?? 0
    ctx.warn(
      at,
      `footnotes on page ${block.page}: ${groups.length} texts for ${numbers.length} numbers; paired in order`,
    )
  }
  const out: PdfFootnote[] = []
  const n = Math.min(groups.length, numbers.length)
  for (let i = 0; i < n; i++) {
    out.push({ number: numbers[i]!, text: groups[i]!.text, page: block.page, line: groups[i]!.line })
  }
  if (groups.length > n && out.length) {
    out[out.length - 1]!.text += ` ${groups
      .slice(n)
      .map((g) => g.text)
      .join(' ')}`
  }
  return out
}

// Words after which a number is part of the text, not a footnote marker: "Article 2", "resolution 3", "vol. 75".
const NUMBERING_NOUNS = new Set(
  [
    'article articles art. paragraph paragraphs para. paras. item items vol. volume no. nos. number numbers',
    'resolution resolutions decision decisions session sessions chapter chap. annex annexes section sect.',
    'protocol protocols rule rules part parts page pages p. pp. principle principles meeting meetings goal goals',
    'target targets phase level option step table figure appendix schedule title book clause point points',
    'recommendation recommendations add. rev. corr. amendment amendments sub-item subparagraph and or to',
    'paragraphe paragraphes alinéa résolution décision chapitre annexe protocole règle partie séance objectif',
    'objectifs cible n° et ou à artículo párrafo tema resolución decisión período capítulo anexo sección',
    'protocolo regla parte página sesión objetivo meta y o статья статьи пункт пункта резолюция резолюции',
    'решение сессия глава приложение раздел протокол правило часть страница заседание цель и или',
  ]
    .join(' ')
    .split(' '),
)
const YEAR = /^(?:1[89]|20)\d\d$/
const ENDS_PUNCTUATION = /[,;:.)\]”"’»]$/
const WORD = /^\p{L}[\p{L}\p{M}'’-]*$/u

/**
 * Whether a number token at this place is a footnote marker rather than part of the text: it follows
 * punctuation ("Relations; 1"), a year ("of 1949 2 and"), or a word that does not number things (not
 * "Article", "resolution", "vol."), and no group of three digits follows it ("1 000").
 */
export function markerPlace(previous: string | undefined, next: string | undefined): boolean {
  if (previous === undefined) return false
  if (next !== undefined && /^\d{3}\b/.test(next)) return false
  if (ENDS_PUNCTUATION.test(previous)) return !NUMBERING_NOUNS.has(previous.toLowerCase())
  if (YEAR.test(previous)) return true
  return WORD.test(previous) && !NUMBERING_NOUNS.has(previous.toLowerCase())
}
