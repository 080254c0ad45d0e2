import { UI_LANGUAGE_NAMES, type UILang } from './languages.ts'
import { ar } from './strings-ar.ts'
import { en, type PluralKey, type StringKey, type UIStrings } from './strings-en.ts'
import { es } from './strings-es.ts'
import { fr } from './strings-fr.ts'
import { ru } from './strings-ru.ts'
import { zh } from './strings-zh.ts'
import { addTable } from './tables.ts'

// Every word the interface shows, in one table per interface language (`strings-en.ts`, `strings-fr.ts`, …). To
// add a language, add a table with the same keys (the type checker lists any that are missing), name it in
// UI_LANGUAGE_NAMES (`languages.ts`) and here, and give `tables.ts` its import. Placeholders in braces ({name})
// are filled by `t()`, which also picks a plural key's form by the language's plural rules (see
// `strings-en.ts`). The pages do not import this module: they load the one table they show (`tables.ts`); what
// imports it (the tests, the library's index) has every table loaded at once.

export type { PluralKey, StringKey, UILang, UIStrings }

/** The interface languages, each with its name in itself and its strings. */
export const UI_LANGUAGES = {
  en: { name: UI_LANGUAGE_NAMES.en, strings: en },
  fr: { name: UI_LANGUAGE_NAMES.fr, strings: fr },
  es: { name: UI_LANGUAGE_NAMES.es, strings: es },
  ru: { name: UI_LANGUAGE_NAMES.ru, strings: ru },
  ar: { name: UI_LANGUAGE_NAMES.ar, strings: ar },
  zh: { name: UI_LANGUAGE_NAMES.zh, strings: zh },
} as const satisfies Record<UILang, { name: string; strings: UIStrings }>

for (const [lang, { strings }] of Object.entries(UI_LANGUAGES)) addTable(lang as UILang, strings)
