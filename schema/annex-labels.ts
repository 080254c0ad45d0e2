import type { Lang } from './lang.ts'
import { roman } from './roman.ts'

// The word each language prints above an annex, alone when the resolution has one annex, with the annex's
// number when it has several ("Annex II", "Annexe II", "Anexo II", "Приложение II", "المرفق الثاني", "附件二").
const ANNEX_WORD: Record<Lang, string> = {
  ar: 'المرفق',
  en: 'Annex',
  es: 'Anexo',
  fr: 'Annexe',
  ru: 'Приложение',
  zh: '附件',
}

// Arabic numbers annexes and first-level sections with ordinal words: "المرفق الأول", "أولا -".
const AR_ORDINALS = [
  'الأول',
  'الثاني',
  'الثالث',
  'الرابع',
  'الخامس',
  'السادس',
  'السابع',
  'الثامن',
  'التاسع',
  'العاشر',
]
const AR_ADVERBS = ['أولا', 'ثانيا', 'ثالثا', 'رابعا', 'خامسا', 'سادسا', 'سابعا', 'ثامنا', 'تاسعا', 'عاشرا']
// Arabic second-level sections take the names of the letters: "ألف -", "باء -", "جيم -".
const AR_LETTER_NAMES = ['ألف', 'باء', 'جيم', 'دال', 'هاء', 'واو', 'زاي', 'حاء', 'طاء', 'ياء', 'كاف', 'لام']
const ZH_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九']

/** A number from 1 to 99 in Chinese numerals ("十二"), as Chinese texts number annexes and sections. */
export function chineseNumber(n: number): string {
  if (n < 10) return ZH_DIGITS[n] ?? String(n)
  if (n >= 100) return String(n)
  const tens = Math.floor(n / 10)
  return `${tens > 1 ? ZH_DIGITS[tens] : ''}十${ZH_DIGITS[n % 10]}`
}

/** The word that heads an annex in a language ("Annex", "Annexe", "المرفق", "附件"). */
export function annexWord(lang: Lang): string {
  return ANNEX_WORD[lang]
}

/** The label above the n-th of `total` annexes: "Annex" when it is the only one, else "Annex II". */
export function annexLabel(lang: Lang, n: number, total: number): string {
  const word = ANNEX_WORD[lang]
  if (total <= 1) return word
  if (lang === 'zh') return `${word}${chineseNumber(n)}`
  if (lang === 'ar') return `${word} ${AR_ORDINALS[n - 1] ?? String(n)}`
  return `${word} ${roman(n).toUpperCase()}`
}

/**
 * The number of the n-th section heading of a level in an annex: level 1 "I." (Arabic "أولا -", Chinese
 * "一."), level 2 "A." (Arabic "ألف -").
 */
export function annexHeadingLabel(lang: Lang, level: 1 | 2, n: number): string {
  if (level === 1) {
    if (lang === 'ar') return `${AR_ADVERBS[n - 1] ?? String(n)} -`
    if (lang === 'zh') return `${chineseNumber(n)}.`
    return `${roman(n).toUpperCase()}.`
  }
  if (lang === 'ar') return `${AR_LETTER_NAMES[n - 1] ?? String(n)} -`
  return `${String.fromCharCode(64 + (((n - 1) % 26) + 1))}.`
}

/** The words the label and heading numbers are made of, for the importer to recognise them. */
export const ANNEX_NUMBER_WORDS = {
  annex: ANNEX_WORD,
  arOrdinals: AR_ORDINALS,
  arAdverbs: AR_ADVERBS,
  arLetterNames: AR_LETTER_NAMES,
}
