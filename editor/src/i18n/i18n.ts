import { type StringKey, UI_LANGUAGES, type UILang } from './strings.ts'

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

/** The interface string for a key in the current language, with `{name}` placeholders filled from `vars`. */
export function t(
  key: StringKey,
  vars: Record<string, string | number> = {},
  lang: UILang = current,
): string {
  const text = UI_LANGUAGES[lang].strings[key] ?? UI_LANGUAGES.en.strings[key]
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole))
}
