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

const UPPER_START = /^\p{Lu}/u

/**
 * Whether a number token could still be a footnote marker where {@link markerPlace} says no: after a capitalised
 * noun that numbers things, the end of a name ("the Kyoto Protocol 15 and"), and not before a bracket or more
 * digits ("Article 2 (4)"). Taken only for a footnote that has no marker anywhere else in its place.
 */
function weakMarkerPlace(previous: string | undefined, next: string | undefined): boolean {
  if (previous === undefined || !UPPER_START.test(previous)) return false
  if (next !== undefined && /^[\d(]/.test(next)) return false
  return NUMBERING_NOUNS.has(previous.replace(/[,;:]$/, '').toLowerCase())
}

/** A word of the body and where it stands: `key` names its line and its place among the line's words. */
export interface PdfWord {
  text: string
  key: string
  page: number
}

const NUMBER_WORD = /^\d{1,3}$/
const SUPERSCRIPT_TAIL = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+/u

/**
 * The number tokens of the body that cite footnotes, by the key of their word: markers come in the order of
 * their numbers, on the page of their footnote, in a place where a marker stands ({@link markerPlace}). A
 * footnote left without one takes a weaker place ({@link weakMarkerPlace}) between the markers of the notes
 * before and after it.
 */
export function chooseMarkers(
  words: readonly PdfWord[],
  notes: ReadonlyMap<number, PdfFootnote>,
): Map<string, number> {
  const chosen = new Map<string, number>()
  const at = new Map<number, number>()
  const weak = new Map<number, number[]>()
  let expected = 1
  words.forEach((w, i) => {
    const sup = SUPERSCRIPT_TAIL.exec(w.text)
    if (sup) {
      const n = Number(superscriptDigits(sup[0]))
      if (notes.has(n) && !at.has(n)) {
        at.set(n, i)
        expected = Math.max(expected, n + 1)
      }
      return
    }
    if (!NUMBER_WORD.test(w.text)) return
    const n = Number(w.text)
    const note = notes.get(n)
    if (!note || at.has(n) || n < expected || n > expected + 2 || note.page !== w.page) return
    const previous = words[i - 1]?.text
    const next = words[i + 1]?.text
    if (markerPlace(previous, next)) {
      chosen.set(w.key, n)
      at.set(n, i)
      expected = n + 1
    } else if (weakMarkerPlace(previous, next)) {
      const list = weak.get(n) ?? []
      list.push(i)
      weak.set(n, list)
    }
  })
  for (const [n, candidates] of weak) {
    if (at.has(n)) continue
    const after = at.get(n - 1) ?? -1
    const before = at.get(n + 1) ?? words.length
    const i = candidates.find((c) => c > after && c < before)
    if (i === undefined) continue
    chosen.set(words[i]!.key, n)
    at.set(n, i)
  }
  return chosen
}
