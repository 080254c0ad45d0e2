import { type PluralKey, type StringKey, UI_LANGUAGES, type UILang } from './strings.ts'

const STORAGE_KEY = 'penholder.uiLanguage'

/** Whether a value names one of the interface languages. */
export const isUILang = (value: unknown): value is UILang =>
  typeof value === 'string' && Object.hasOwn(UI_LANGUAGES, value)

/**
 * The interface language to start with: the one chosen earlier in this browser, else the first of the
 * browser's preferred languages we have, else English.
 */
export function preferredUILanguage(
  stored: string | null = readStored(),
  browser: readonly string[] = globalThis.navigator?.languages ?? [],
): UILang {
  if (isUILang(stored)) return stored
  for (const tag of browser) {
    const base = tag.toLowerCase().split('-')[0]
    if (isUILang(base)) return base
  }
  return 'en'
}

function readStored(): string | null {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) ?? null
  } catch {
    return null
  }
}

let current: UILang = preferredUILanguage()
const listeners = new Set<(lang: UILang) => void>()

/** The interface language in use. */
export const uiLanguage = (): UILang => current

/** Switches the interface language, remembers the choice, and tells every part of the page that shows words. */
export function setUILanguage(lang: UILang): void {
  current = lang
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, lang)
  } catch {
    // Private browsing may forbid storage; the switch still holds for this page.
  }
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
  Object.hasOwn(UI_LANGUAGES.en.strings, `${key}.one`) &&
  Object.hasOwn(UI_LANGUAGES.en.strings, `${key}.other`)

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
  (UI_LANGUAGES[lang].strings as Partial<Record<string, string>>)[key]

function pluralText(key: PluralKey, count: number, lang: UILang): string {
  return (
    textOf(lang, `${key}.${pluralCategory(count, lang)}`) ??
    textOf(lang, `${key}.other`) ??
    textOf('en', `${key}.${pluralCategory(count, 'en')}`) ??
    UI_LANGUAGES.en.strings[`${key}.other`]
  )
}
