import { ar } from './strings-ar.ts'
import { en, type PluralKey, type StringKey, type UIStrings } from './strings-en.ts'
import { es } from './strings-es.ts'
import { fr } from './strings-fr.ts'
import { ru } from './strings-ru.ts'
import { zh } from './strings-zh.ts'

// Every word the interface shows, in one table per interface language (`strings-en.ts`, `strings-fr.ts`, …). To
// add a language, add a table with the same keys (the type checker lists any that are missing) and name it in
// UI_LANGUAGES; no other code changes. Placeholders in braces ({name}) are filled by `t()`, which also picks a
// plural key's form by the language's plural rules (see `strings-en.ts`).

export type { PluralKey, StringKey, UIStrings }

/** The interface languages, each with its name in itself (shown in the language switch). */
export const UI_LANGUAGES = {
  en: { name: 'English', strings: en },
  fr: { name: 'Français', strings: fr },
  es: { name: 'Español', strings: es },
  ru: { name: 'Русский', strings: ru },
  ar: { name: 'العربية', strings: ar },
  zh: { name: '中文', strings: zh },
} as const satisfies Record<string, { name: string; strings: UIStrings }>

/** One of the interface languages. */
export type UILang = keyof typeof UI_LANGUAGES
