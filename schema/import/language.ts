import type { Lang } from '../lang.ts'

// Frequent words that only one of the three Latin-script languages uses (words shared by two, such as "de",
// "la", "que", "en", are left out because they tell nothing).
const WORDS: Record<'en' | 'fr' | 'es', ReadonlySet<string>> = {
  en: new Set(
    'the of and to in that its with for on by all as at be is are which from their this has have'.split(' '),
  ),
  fr: new Set(
    'le les des du et à aux une dans pour sur qui par est sont leur leurs ses cette ces au'.split(' '),
  ),
  es: new Set('el los las del y una para por con su sus al como sobre entre es son'.split(' ')),
}

const WORD = /[a-zà-ÿ]+/gi
// Enough text to tell the language; reading a whole long resolution would only cost time.
const SAMPLE = 8000

/**
 * The language of a text: Arabic, Chinese or Russian by their scripts; French, Spanish or English by the
 * frequent words that only one of them uses. English when nothing tells.
 */
export function detectLanguage(text: string): Lang {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text
  let arabic = 0
  let cjk = 0
  let cyrillic = 0
  let latin = 0
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i)
    if (c < 0x80) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++
    } else if (c >= 0x0600 && c <= 0x06ff) arabic++
    else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) cjk += 2
    else if (c >= 0x0400 && c <= 0x04ff) cyrillic++
    else if (c >= 0xc0 && c <= 0x24f) latin++
  }
  const top = Math.max(arabic, cjk, cyrillic, latin)
  if (top === 0) return 'en'
  if (top === arabic) return 'ar'
  if (top === cjk) return 'zh'
  if (top === cyrillic) return 'ru'
  const score = { en: 0, fr: 0, es: 0 }
  WORD.lastIndex = 0
  for (let match = WORD.exec(sample); match; match = WORD.exec(sample)) {
    const word = match[0].toLowerCase()
    if (WORDS.en.has(word)) score.en++
    else if (WORDS.fr.has(word)) score.fr++
    else if (WORDS.es.has(word)) score.es++
  }
  if (score.fr > score.en && score.fr >= score.es) return 'fr'
  if (score.es > score.en && score.es > score.fr) return 'es'
  return 'en'
}
