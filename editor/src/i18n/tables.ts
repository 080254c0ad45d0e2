import type { UILang } from './languages.ts'
import type { UIStrings } from './strings-en.ts'

// The strings of each interface language other than English are a chunk of their own, loaded when the page needs
// them (the language it opens in, or one switched to): a page carries one language's strings, not six. English is
// loaded with the code that reads it (`i18n.ts`), as the fallback of every other.

/** The tables loaded so far (or handed over by `strings.ts`, which imports them all). */
const loaded: Partial<Record<UILang, UIStrings>> = {}
const loading = new Map<UILang, Promise<UIStrings>>()

/** An interface language's strings if they are loaded, else undefined. */
export const tableOf = (lang: UILang): UIStrings | undefined => loaded[lang]

/** Adds a language's strings to the loaded ones (English, and every table where all are imported at once). */
export function addTable(lang: UILang, strings: UIStrings): void {
  loaded[lang] = strings
}

const importers: Record<Exclude<UILang, 'en'>, () => Promise<UIStrings>> = {
  fr: () => import('./strings-fr.ts').then((m) => m.fr),
  es: () => import('./strings-es.ts').then((m) => m.es),
  ru: () => import('./strings-ru.ts').then((m) => m.ru),
  ar: () => import('./strings-ar.ts').then((m) => m.ar),
  zh: () => import('./strings-zh.ts').then((m) => m.zh),
}

/** Loads an interface language's strings (once; at once if they are already there). */
export function loadTable(lang: UILang): Promise<UIStrings> {
  const table = loaded[lang]
  if (table) return Promise.resolve(table)
  let pending = loading.get(lang)
  if (!pending) {
    pending = importers[lang as Exclude<UILang, 'en'>]().then((strings) => {
      addTable(lang, strings)
      return strings
    })
    // A failed load (the network down) may be tried again.
    pending.catch(() => loading.delete(lang))
    loading.set(lang, pending)
  }
  return pending
}

/** Starts loading the strings of an interface language other than English, which the page will show. */
export function preloadTable(lang: UILang): void {
  if (lang !== 'en') loadTable(lang).catch(() => {})
}

/**
 * Loads every interface language's strings once the browser is idle (after the page has drawn itself), so that
 * the language switch changes the words at once; then calls `then` (the page tells the service worker to keep
 * them for offline use). A failed load is left to the switch to try again.
 */
export function loadAllTablesWhenIdle(then: () => void = () => {}): void {
  const load = () => {
    const langs = Object.keys(importers) as UILang[]
    void Promise.all(langs.map((lang) => loadTable(lang).catch(() => {}))).then(then)
  }
  if (typeof requestIdleCallback === 'function') requestIdleCallback(load, { timeout: IDLE_TIMEOUT_MS })
  else setTimeout(load, 0)
}

/** How long the idle load of the other languages may wait for an idle moment (ms). */
const IDLE_TIMEOUT_MS = 2000
