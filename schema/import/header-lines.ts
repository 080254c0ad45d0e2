import { LANGUAGES, type Lang, ORGAN_FACTS, ORGANS } from '../lang.ts'
import type { HeaderField } from '../schema.ts'
import { isDateLine } from './dates.ts'

const fold = (text: string) => text.trim().replace(/[’`]/g, "'").toLowerCase()

const ORGAN_NAME_LIST = ORGANS.flatMap((organ) =>
  LANGUAGES.map((lang) => fold(ORGAN_FACTS[organ].name[lang])),
)
const ORGAN_NAMES = new Set(ORGAN_NAME_LIST)

// The letterhead above the organ's name on the first page: not a header field of the resolution.
const LETTERHEADS = new Set(
  [
    'United Nations',
    'Nations Unies',
    'Naciones Unidas',
    'Организация Объединенных Наций',
    '联合国',
    'الأمم المتحدة',
  ].map(fold),
)

// One pattern per field, covering the six languages; a line is tried against them in this order.
const FIELD_PATTERNS: [HeaderField, RegExp][] = [
  ['distribution', /^distr(?:\.|ibution\b)/iu],
  ['symbol', /^(?:A|S|E|UNEP|TD|DP)(?:\/[A-Za-z0-9.-]+)+(?: \(\d{4}\))?\*?$/u],
  ['original', /^(?:original|язык оригинала|原文|الأصل)\s*[:：]/iu],
  [
    'agenda',
    /^(?:(?:provisional )?agenda items? \d|points? \d.*ordre du jour|temas? \d.*(?:del programa|orden del día)|пункты? \d.*повестки дня|(?:临时)?议程项目\s*\d|(?:البند|البنود) [0-9٠-٩].*جدول الأعمال)/iu,
  ],
  [
    'sponsors',
    /[:：]\**\s*(?:(?:revised )?draft resolution|projet de résolution(?: révisé)?|proyecto de resolución(?: revisado)?|(?:пересмотренный )?проект резолюции|(?:订正)?决议草案|مشروع قرار(?: منقح)?)\s*\*?$/iu,
  ],
  [
    'adoption',
    /^(?:resolution adopted by\b|adopted by the\b|résolution adoptée par\b|adoptée par\b|resolución aprobada por\b|aprobada por\b|резолюция,? принятая(?=\s)|принята(?:я)?(?=\s)|قرار اتخذ|اتخذ(?:ه|ته)(?=\s)|.*通过的决议$|.*次会议通过$)/iu,
  ],
  ['basis', /^\[.*\]$/su],
  [
    'session',
    /^(?:\p{Lu}|第).*(?:\bsession|\bpériode de sessions|período de sesiones|сессия|届会(?:议)?)$|^الدورة /u,
  ],
]

/**
 * The header field a line is, judged by the line alone: "Distr.: General" is the distribution, "A/C.3/71/L.23"
 * the symbol, "Agenda item 68 (b)" the agenda item, "Australia, Brazil: draft resolution" the sponsors, an
 * organ's name the organ; null for anything else.
 */
export function classifyHeaderLine(text: string): HeaderField | null {
  const line = text.trim()
  if (!line) return null
  if (ORGAN_NAMES.has(fold(line))) return 'organ'
  if (isDateLine(line)) return 'date'
  for (const [name, pattern] of FIELD_PATTERNS) if (pattern.test(line)) return name
  return null
}

/**
 * A line that holds two header fields side by side (a Word header's table row, "General Assembly\tA/RES/78/1"):
 * the organ's name first and another field after it; null for any other line.
 */
export function splitHeaderLine(text: string): [string, string] | null {
  const line = text.trim()
  for (const name of ORGAN_NAME_LIST) {
    if (line.length <= name.length || fold(line.slice(0, name.length)) !== name) continue
    const rest = line.slice(name.length)
    if (!/^\s/u.test(rest)) continue
    if (classifyHeaderLine(rest.trim()) !== null) return [line.slice(0, name.length), rest.trim()]
  }
  return null
}

/** Whether a line is the "United Nations" letterhead, printed above the organ's name. */
function isLetterhead(text: string): boolean {
  return LETTERHEADS.has(fold(text))
}

// "71/194.", "ES-11/1.", and the numbers of the first thirty sessions, "2758 (XXVI).".
const GA_NUMBER =
  /^((?:[A-Z]{1,3}-)?\d{1,4}\/\d{1,4}(?: ?[A-Z])?|\d{1,4} ?(?:[A-Z] )?\((?:[IVXL]{1,6}|S-[IVXL]{1,4}|ES-[IVXL]{1,4})\))\.(?:[ \t]*([\s\S]*))?$/u
// "Resolution 2623 (2022)" in the six languages, or "2623 (2022)." as `titleLine` writes a number without a title.
const SC_NUMBER =
  /^(?:resolution|résolution|resolución|резолюция|القرار) ([0-9]+ \([0-9]{4}\)),?$|^第([0-9]+ ?\([0-9]{4}\))号决议$|^([0-9]+ \([0-9]{4}\))\.$/iu

/** A title line that carries the resolution's number: "71/194. Title", "ES-11/1.", "Resolution 2623 (2022)". */
export interface NumberedTitle {
  number: string
  /** The title after the number, as written (empty for a Security Council resolution). */
  rest: string
}

// A Chinese page's number in Chinese numerals: "二七五八 (二十六). 恢复...".
const ZH_NUMBER = /^([〇零一二三四五六七八九十]+ ?[(（][一二三四五六七八九十]+[)）])[.．]\s*(.*)$/u

/** The number and title of a title line that starts with a resolution number, or null. */
export function parseTitleLine(text: string): NumberedTitle | null {
  const ga = GA_NUMBER.exec(text) ?? ZH_NUMBER.exec(text)
  if (ga) return { number: ga[1]!, rest: ga[2] ?? '' }
  const sc = SC_NUMBER.exec(text.trim())
  if (sc) return { number: (sc[1] ?? sc[2] ?? sc[3])!, rest: '' }
  return null
}

const SC_FORM = /^[0-9]+ ?\([0-9]{4}\)$/
const RESOLUTION_WORD: Record<Lang, string> = {
  ar: 'القرار',
  en: 'Resolution',
  es: 'Resolución',
  fr: 'Résolution',
  ru: 'Резолюция',
  zh: '',
}

/**
 * How a title line with a number is written: "71/194. Title" for the General Assembly and the councils that
 * number by session, "Resolution 2623 (2022)" (in the text's language) for a Security Council number without
 * a title.
 */
export function titleLineFor(number: string, rest: string, lang: Lang): string {
  if (rest === '' && SC_FORM.test(number)) {
    return lang === 'zh' ? `第${number}号决议` : `${RESOLUTION_WORD[lang]} ${number}`
  }
  return rest === '' ? `${number}.` : `${number}. ${rest}`
}

/** How a header line is read in its place: as a field, as the continuation of the previous one, or otherwise. */
export type HeaderReading =
  | { kind: 'field'; name: HeaderField }
  | { kind: 'join' }
  | { kind: 'letterhead' }
  | { kind: 'title'; number: string; rest: string }
  | { kind: 'unknown' }

/** The previous header line, as {@link readHeaderLine} needs it. */
export interface PreviousField {
  name: HeaderField
  text: string
}

/**
 * How a header line is read after the previous one: a line that is no field continues an agenda item (its
 * title, over several lines in a PDF), an adoption line wrapped before "on 2 March 2022", or a basis in square
 * brackets not yet closed; a blank line between them ends that.
 */
export function readHeaderLine(
  text: string,
  prev: PreviousField | null,
  blankBefore: boolean,
): HeaderReading {
  if (prev && !blankBefore && prev.name === 'basis' && !prev.text.includes(']')) return { kind: 'join' }
  if (isLetterhead(text)) return { kind: 'letterhead' }
  const name = classifyHeaderLine(text)
  if (name) return { kind: 'field', name }
  const title = parseTitleLine(text)
  if (title) return { kind: 'title', ...title }
  if (text.trim().startsWith('[') && !text.includes(']')) return { kind: 'field', name: 'basis' }
  if (prev && !blankBefore) {
    if (prev.name === 'agenda') return { kind: 'field', name: 'agendaTitle' }
    if (prev.name === 'agendaTitle' || prev.name === 'adoption') return { kind: 'join' }
  }
  return { kind: 'unknown' }
}
