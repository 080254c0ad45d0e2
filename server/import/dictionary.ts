import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import nspell from 'nspell'
import type { Lang } from '../../schema/index.ts'

// The Hunspell dictionaries of the packages dictionary-en, -es and -ru, checked with nspell. Building a
// checker expands every affix of the language: seconds for English and Spanish, tens of seconds and some
// 300 MB for Russian. French is left out: its dictionary took two minutes and 650 MB to build (nspell expands
// every affix up front), too much for one upload; a French text's broken words stay as extracted.
// So a checker is built only for the language being imported, once, on first use, and
// never on the event loop of a server serving rooms (see server/formats/upload/). The packages are ES modules that
// read their files with a top-level await; their files are read here directly, synchronously, so that the
// importer (synchronous) can ask for a dictionary when it learns the language of the text.

/** The languages with a spelling dictionary: Arabic and Chinese have none in a package nspell reads. */
export const DICTIONARY_LANGUAGES: readonly Lang[] = ['en', 'es', 'ru']

const require = createRequire(import.meta.url)
const checkers = new Map<Lang, (word: string) => boolean>()

/** The .aff and .dic files of a language's dictionary package, as nspell reads them. */
export function dictionaryFiles(lang: Lang): { aff: Buffer; dic: Buffer } {
  if (!DICTIONARY_LANGUAGES.includes(lang)) throw new RangeError(`no spelling dictionary for '${lang}'`)
  const dir = dirname(require.resolve(`dictionary-${lang}`))
  return { aff: readFileSync(join(dir, 'index.aff')), dic: readFileSync(join(dir, 'index.dic')) }
}

/**
 * Whether a word (given in lower case by the repair) is spelled right in a language: as written, or with a
 * capital, since dictionaries list names ("Geneva", "Genève") capitalised. Undefined for a language without a
 * dictionary. The dictionary is loaded the first time a language is asked for, and kept.
 */
export function spellingDictionary(lang: Lang): ((word: string) => boolean) | undefined {
  if (!DICTIONARY_LANGUAGES.includes(lang)) return undefined
  let check = checkers.get(lang)
  if (!check) {
    const speller = nspell(dictionaryFiles(lang))
    check = (word) =>
      speller.correct(word) || speller.correct(word.charAt(0).toLocaleUpperCase(lang) + word.slice(1))
    checkers.set(lang, check)
  }
  return check
}

/** The importer's `dictionary` option: each language's dictionary, loaded only when that language is read. */
export function spellingDictionaries(word: string, lang: Lang): boolean {
  return spellingDictionary(lang)?.(word) === true
}
