import { delegationName } from '../directory/index.ts'
import type { Lang } from '../lang.ts'

/** A delegation as a sponsor line names it: its key (see `delegationKey`) and its name in the line's language. */
export interface NamedSponsor {
  key: string
  name: string
}

// Arabic lists are ordered as Arabic dictionaries order words: the article "ال" of the first word is not
// counted ("الأرجنتين" stands under ر... after "أذربيجان"), and alif carries no weight for its hamza.
const arabicKey = (name: string) => name.replace(/^ال/u, '').replace(/[أإآ]/gu, 'ا')

/**
 * How the UN orders the names of a sponsor line in a language: alphabetically, by the names as that language
 * writes them (so "Argentine, Brésil, Canada" in French, "Alemania" before "Francia" in Spanish), as in the
 * L documents of the General Assembly (A/77/L.3 lists its 88 sponsors so, its main sponsor among them in its
 * place). Chinese, which has no alphabet, keeps the English order, as Chinese UN documents list Member States.
 */
export function sponsorOrder(lang: Lang): (a: NamedSponsor, b: NamedSponsor) => number {
  if (lang === 'zh') {
    const en = new Intl.Collator('en')
    return (a, b) => en.compare(delegationName(a.key, 'en'), delegationName(b.key, 'en'))
  }
  if (lang === 'ar') {
    const ar = new Intl.Collator('ar')
    return (a, b) => ar.compare(arabicKey(a.name), arabicKey(b.name)) || ar.compare(a.name, b.name)
  }
  const collator = new Intl.Collator(lang)
  return (a, b) => collator.compare(a.name, b.name)
}
