import { isUILang, preferredUILanguage, storeUILanguage, type UILang } from './languages.ts'
import { en, type PluralKey, type StringKey } from './strings-en.ts'
import { addTable, loadTable, tableOf } from './tables.ts'

export { isUILang, preferredUILanguage }

addTable('en', en)

let current: UILang = preferredUILanguage()
/** The language last switched to, whose strings may still be loading. */
let wanted: UILang = current
const listeners = new Set<(lang: UILang) => void>()

/** The interface language in use. */
export const uiLanguage = (): UILang => current

/**
 * Loads the strings of the interface language in use (or of `lang`): a page awaits it before it draws its
 * words; until then `t()` answers in English. At once for English and for a language already loaded.
 */
export const loadUILanguage = (lang: UILang = current): Promise<unknown> => loadTable(lang)

/**
 * Switches the interface language, remembers the choice, and tells every part of the page that shows words;
 * a language whose strings are not loaded yet is switched to once they are (the promise settles then).
 */
export async function setUILanguage(lang: UILang): Promise<void> {
  storeUILanguage(lang)
  wanted = lang
  if (!tableOf(lang)) await loadTable(lang)
  // A later switch, made while these strings loaded, wins.
  if (wanted !== lang) return
  current = lang
  if (globalThis.document) globalThis.document.documentElement.lang = lang
  for (const listener of listeners) listener(lang)
}

/** Calls `listener` whenever the interface language changes; returns a function that stops it. */
export function onUILanguage(listener: (lang: UILang) => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** What `t()` fills placeholders from; `count` also chooses the form of a plural key. */
export type TextVars = Record<string, string | number>

/** Whether a key names a plural key's forms (`x` for `x.one` and `x.other` in the English table). */
export const isPluralKey = (key: string): key is PluralKey =>
  Object.hasOwn(en, `${key}.one`) && Object.hasOwn(en, `${key}.other`)

const pluralRules = new Map<UILang, Intl.PluralRules>()

/** The plural category (`one`, `few`, `many`, `other`…) a count takes in an interface language. */
export function pluralCategory(count: number, lang: UILang = current): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang)
  if (!rules) {
    rules = new Intl.PluralRules(lang)
    pluralRules.set(lang, rules)
  }
  return rules.select(count)
}

/**
 * The interface string for a key in the current language, with `{name}` placeholders filled from `vars`. For a
 * plural key the form is the one the language's plural rules give for `vars.count` (a missing form falls back to
 * the language's `other`, then to English).
 */
export function t(key: StringKey | PluralKey, vars: TextVars = {}, lang: UILang = current): string {
  const text = isPluralKey(key)
    ? pluralText(key, Number(vars.count ?? 0), lang)
    : (textOf(lang, key) ?? textOf('en', key) ?? key)
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole))
}

const textOf = (lang: UILang, key: string): string | undefined =>
  (tableOf(lang) as Partial<Record<string, string>> | undefined)?.[key]

function pluralText(key: PluralKey, count: number, lang: UILang): string {
  return (
    textOf(lang, `${key}.${pluralCategory(count, lang)}`) ??
    textOf(lang, `${key}.other`) ??
    textOf('en', `${key}.${pluralCategory(count, 'en')}`) ??
    en[`${key}.other`]
  )
}
