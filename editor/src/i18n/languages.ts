// The interface languages by name, without their strings: what the language switch lists and what a page needs
// to know which table of strings to load (`tables.ts`) before it draws anything.

/** The interface languages, each with its name in itself (shown in the language switch). */
export const UI_LANGUAGE_NAMES = {
  en: 'English',
  fr: 'Français',
  es: 'Español',
  ru: 'Русский',
  ar: 'العربية',
  zh: '中文',
} as const

/** One of the interface languages. */
export type UILang = keyof typeof UI_LANGUAGE_NAMES

const STORAGE_KEY = 'penholder.uiLanguage'

/** Whether a value names one of the interface languages. */
export const isUILang = (value: unknown): value is UILang =>
  typeof value === 'string' && Object.hasOwn(UI_LANGUAGE_NAMES, value)

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

/** Keeps the interface language chosen in this browser, for the next page. */
export function storeUILanguage(lang: UILang): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, lang)
  } catch {
    // Private browsing may forbid storage; the switch still holds for this page.
  }
}

function readStored(): string | null {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) ?? null
  } catch {
    return null
  }
}
