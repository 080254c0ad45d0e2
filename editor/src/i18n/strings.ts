import { ar } from './strings-ar.ts'
import { en, type StringKey } from './strings-en.ts'
import { fr } from './strings-fr.ts'
import { zh } from './strings-zh.ts'

// Every word the interface shows, in one table per interface language (`strings-en.ts`, `strings-fr.ts`). To add
// a language, add a table with the same keys (the type checker lists any that are missing) and name it in
// UI_LANGUAGES; no other code changes. Placeholders in braces ({name}) are filled by `t()`.

export type { StringKey }

/** The interface languages, each with its name in itself (shown in the language switch). */
export const UI_LANGUAGES = {
  en: { name: 'English', strings: en },
  fr: { name: 'Français', strings: fr },
  ar: { name: 'العربية', strings: ar },
  zh: { name: '中文', strings: zh },
} as const satisfies Record<string, { name: string; strings: Record<StringKey, string> }>

/** One of the interface languages. */
export type UILang = keyof typeof UI_LANGUAGES
