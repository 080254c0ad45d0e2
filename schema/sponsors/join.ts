import type { Lang } from '../lang.ts'

// Spanish writes "e" for "y" before a word that starts with the sound [i] ("Francia e Italia"), but not before
// "hie"/"hia", where the sound is [j] ("y Hierro").
const spanishAnd = (next: string) => (/^(?:i|hi)(?![aeé])/iu.test(next) || /^[íÍ]/u.test(next) ? 'e' : 'y')

/**
 * Names joined as a list in UN documents of a language: "A, B and C" (no comma before "and" in UN English),
 * "A, B et C", "A, B y C" ("e" before "I"), "А, Б и В", "甲、乙和丙", and in Arabic each name after the first
 * taking "و": "أ، وب، وج". `Intl.ListFormat` is not used: its English puts a comma before "and", and its
 * output may change with the browser's data.
 */
export function joinNames(names: readonly string[], lang: Lang): string {
  if (names.length <= 1) return names[0] ?? ''
  const last = names[names.length - 1]!
  const head = names.slice(0, -1)
  switch (lang) {
    case 'en':
      return `${head.join(', ')} and ${last}`
    case 'fr':
      return `${head.join(', ')} et ${last}`
    case 'es':
      return `${head.join(', ')} ${spanishAnd(last)} ${last}`
    case 'ru':
      return `${head.join(', ')} и ${last}`
    case 'zh':
      return `${head.join('、')}和${last}`
    case 'ar':
      return names.length === 2
        ? `${names[0]} و${last}`
        : names.map((name, i) => (i === 0 ? name : `و${name}`)).join('، ')
  }
}
