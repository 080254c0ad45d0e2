import { uiLanguage } from './i18n.ts'
import type { UILang } from './strings.ts'

// Language names and lists of names come from the platform (Intl) in the interface language, so each of the six
// languages gets its own forms (“A, B y C”, «A, B и C», “A、B和C”) without rules written here.

const displayNames = new Map<UILang, Intl.DisplayNames>()
const lists = new Map<UILang, Intl.ListFormat>()

/** The name of a language (a BCP 47 code such as `ru`) in the interface language, capitalised as a label. */
export function languageName(code: string, lang: UILang = uiLanguage()): string {
  let names = displayNames.get(lang)
  if (!names) {
    names = new Intl.DisplayNames(lang, { type: 'language' })
    displayNames.set(lang, names)
  }
  let name: string
  try {
    name = names.of(code) ?? code
  } catch {
    // A malformed code from a stored draft is shown as it is rather than breaking the page.
    return code
  }
  return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1)
}

/** Names joined as the interface language writes a list of them (“France, Ghana and Peru”). */
export function listOf(items: readonly string[], lang: UILang = uiLanguage()): string {
  let format = lists.get(lang)
  if (!format) {
    format = new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' })
    lists.set(lang, format)
  }
  return format.format(items)
}
