import { onUILanguage, uiLanguage } from './i18n.ts'
import type { UILang } from './strings.ts'

// The interface's direction is the interface language's, not the draft's: an English draft in an Arabic
// interface is a left-to-right document (its own `dir`, set by the editor from the draft's language) inside a
// right-to-left frame. The platform knows each language's direction (Intl.Locale's text info: a getter in
// older engines, a method in newer ones); an engine without it (Firefox) is asked for the language's likely
// script instead, and the right-to-left scripts are known.

const RIGHT_TO_LEFT_SCRIPTS: ReadonlySet<string> = new Set([
  'Arab',
  'Hebr',
  'Syrc',
  'Thaa',
  'Nkoo',
  'Adlm',
  'Rohg',
])

interface TextInfoLocale {
  getTextInfo?: () => { direction?: string }
  textInfo?: { direction?: string }
}

/** The writing direction of an interface language, as the `dir` attribute takes it. */
export function uiDirection(lang: UILang): 'rtl' | 'ltr' {
  const locale = new Intl.Locale(lang) as unknown as TextInfoLocale
  const direction = (locale.getTextInfo?.() ?? locale.textInfo)?.direction
  if (direction) return direction === 'rtl' ? 'rtl' : 'ltr'
  return RIGHT_TO_LEFT_SCRIPTS.has(new Intl.Locale(lang).maximize().script ?? '') ? 'rtl' : 'ltr'
}

/** Gives the page's root element the `lang` and `dir` of an interface language. */
export function applyUILanguage(lang: UILang, root: HTMLElement = document.documentElement): void {
  root.lang = lang
  root.dir = uiDirection(lang)
}

/**
 * Sets the page's `lang` and `dir` from the interface language now (the one kept in this browser may not be the
 * served page's English) and again whenever it changes; returns a function that stops following it.
 */
export function followUILanguage(root: HTMLElement = document.documentElement): () => void {
  applyUILanguage(uiLanguage(), root)
  return onUILanguage((lang) => applyUILanguage(lang, root))
}
