import type { ClausePlace, ClauseRef, WordingLanguage, Words } from './wording-language.ts'

// unverified: no Arabic amendment document could be found with the search tool. The templates follow the
// English ones in the usage of Arabic United Nations texts ("الفقرة 5 من المنطوق", "الفقرة الثالثة من
// الديباجة"); every template here is unverified.

const UNITS = [
  '',
  'الأولى',
  'الثانية',
  'الثالثة',
  'الرابعة',
  'الخامسة',
  'السادسة',
  'السابعة',
  'الثامنة',
  'التاسعة',
]
const TENS = [
  '',
  'العاشرة',
  'العشرون',
  'الثلاثون',
  'الأربعون',
  'الخمسون',
  'الستون',
  'السبعون',
  'الثمانون',
  'التسعون',
]

/** Arabic ordinal words agreeing with "الفقرة" (feminine), 1 to 99: "الثالثة", "الحادية والعشرون". */
export function arabicOrdinal(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`no Arabic ordinal for ${n}`)
  const t = Math.floor(n / 10)
  const u = n % 10
  if (t === 0) return UNITS[u]!
  if (u === 0) return TENS[t]!
  const unit = u === 1 ? 'الحادية' : UNITS[u]!
  return t === 1 ? `${unit} عشرة` : `${unit} و${TENS[t]}`
}

function name(ref: ClauseRef): string {
  let p =
    ref.kind === 'operative'
      ? `الفقرة ${ref.paragraph} من المنطوق`
      : `الفقرة ${arabicOrdinal(ref.paragraph)} من الديباجة`
  for (const label of ref.sub) p = `الفقرة الفرعية ${label} من ${p}`
  return p
}

const q = (text: string) => `“${text}”`
const word = (w: Words) => `${w.count > 1 ? 'عبارة' : 'كلمة'} ${q(w.text)}`

function where(p: ClausePlace): string {
  if ('after' in p) return `لتلي ${name(p.after)}`
  if ('before' in p) return `لتسبق ${name(p.before)}`
  if ('within' in p) return `إلى ${name(p.within)}`
  return p.part === 'operative' ? 'إلى المنطوق' : 'إلى الديباجة'
}

/** Amendment wording in Arabic (unverified). */
export const arabic: WordingLanguage = {
  lang: 'ar',
  comma: '، ',
  ordinal: arabicOrdinal,
  inClause: (ref) => `في ${name(ref)}`,
  after: (anchor) => `بعد ${word(anchor)}`,
  replace: (old, now) => `يستعاض عن ${word(old)} ب${word(now)}`,
  delete: (old) => `تحذف ${word(old)}`,
  insert: (words, at, ref) => {
    const own = ref.sub.length ? 'الفقرة الفرعية' : 'الفقرة'
    if (at === 'end') return `في نهاية ${own}، تضاف ${word(words)}`
    if (at === 'start') return `في بداية ${own}، تدرج ${word(words)}`
    return `تدرج ${word(words)}`
  },
  and: (phrases) => phrases.join('، و'),
  insertClause: (kind, p) => {
    const what = `تدرج ${kind === 'subparagraph' ? 'فقرة فرعية جديدة' : 'فقرة جديدة'} نصها كما يلي:`
    if ('after' in p) return `بعد ${name(p.after)}، ${what}`
    if ('before' in p) return `قبل ${name(p.before)}، ${what}`
    if ('within' in p) return `في ${name(p.within)}، ${what}`
    return `${p.part === 'operative' ? 'في المنطوق' : 'في الديباجة'}، ${what}`
  },
  deleteClause: (ref) => `تحذف ${name(ref)}`,
  moveClause: (ref, p) => `تنقل ${name(ref)} ${where(p)}`,
  title: (delegations, symbol, count) =>
    `${delegations.join('، ')}: ${count === 1 ? 'تعديل' : 'تعديلات'} على مشروع القرار${symbol ? ` ${symbol}` : ''}`,
}
