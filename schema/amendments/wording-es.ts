import type { ClausePlace, ClauseRef, WordingLanguage, Words } from './wording-language.ts'

// Sources. No Spanish amendment document could be found with the search tool (corpora pages, docs, code;
// queries on "sustitúyanse las palabras", "insértese un nuevo párrafo", "parte dispositiva"). Every template
// below is therefore `unverified` against a document: it follows the wording the project brief gives ("En el
// párrafo 5 de la parte dispositiva, sustitúyanse las palabras “...” por “...”", "Después del párrafo 3 de la
// parte dispositiva, insértese un nuevo párrafo que diga:", "Suprímase el párrafo 7 de la parte dispositiva",
// "el tercer párrafo del preámbulo", "Egipto: enmiendas al proyecto de resolución ..."). The ordinals follow
// the Spanish texts of the General Assembly found with the search tool: "Trigésimo primer período de
// sesiones" (A/31/PV.90), "Trigésimo octavo período de sesiones" (A/38/PV.101), "Quincuagésimo séptimo período
// de sesiones" (A/57/551): two words from 21 on, and "primer"/"tercer" before a masculine noun.

const UNITS = ['', 'primer', 'segundo', 'tercer', 'cuarto', 'quinto', 'sexto', 'séptimo', 'octavo', 'noveno']
const TEENS = [
  'décimo',
  'undécimo',
  'duodécimo',
  'decimotercer',
  'decimocuarto',
  'decimoquinto',
  'decimosexto',
  'decimoséptimo',
  'decimoctavo',
  'decimonoveno',
]
const TENS = [
  '',
  'décimo',
  'vigésimo',
  'trigésimo',
  'cuadragésimo',
  'quincuagésimo',
  'sexagésimo',
  'septuagésimo',
  'octogésimo',
  'nonagésimo',
]
const HUNDREDS = [
  '',
  'centésimo',
  'ducentésimo',
  'tricentésimo',
  'cuadringentésimo',
  'quingentésimo',
  'sexcentésimo',
  'septingentésimo',
  'octingentésimo',
  'noningentésimo',
]

function below100(n: number): string {
  if (n < 10) return UNITS[n]!
  if (n < 20) return TEENS[n - 10]!
  return TENS[Math.floor(n / 10)]! + (n % 10 ? ` ${UNITS[n % 10]}` : '')
}

/**
 * Spanish ordinal words, 1 to 999, in the form that stands before a masculine noun ("el tercer párrafo",
 * "el vigésimo primer párrafo").
 */
export function spanishOrdinal(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 999) throw new RangeError(`no Spanish ordinal for ${n}`)
  const h = Math.floor(n / 100)
  const rest = n % 100
  return [h ? HUNDREDS[h] : '', rest ? below100(rest) : ''].filter(Boolean).join(' ')
}

const q = (text: string) => `“${text}”`
const plural = (w: Words) => w.count > 1
const word = (w: Words) => (plural(w) ? `las palabras ${q(w.text)}` : `la palabra ${q(w.text)}`)
// The verb agrees with the words it acts on: "suprímase la palabra", "suprímanse las palabras".
const verb = (w: Words, one: string, many: string) => (plural(w) ? many : one)

/** "párrafo 5 de la parte dispositiva", "apartado b) del párrafo 4 de la parte dispositiva" (with "el"). */
function phrase(ref: ClauseRef): string {
  let p =
    ref.kind === 'operative'
      ? `párrafo ${ref.paragraph} de la parte dispositiva`
      : `${spanishOrdinal(ref.paragraph)} párrafo del preámbulo`
  ref.sub.forEach((label, i) => {
    p = `${i === 0 ? 'apartado' : 'inciso'} ${label} del ${p}`
  })
  return p
}

/** The clause's own noun, for "al final del párrafo". */
const own = (ref: ClauseRef) => (ref.sub.length > 1 ? 'inciso' : ref.sub.length ? 'apartado' : 'párrafo')

/** "y", or "e" before a word that begins with the sound i ("e insértese"). */
const and = (next: string) => (/^h?i(?![aeiouáéíóú])/i.test(next) ? 'e' : 'y')

function where(p: ClausePlace, after: string, before: string): string {
  if ('after' in p) return `${after} ${phrase(p.after)}`
  if ('before' in p) return `${before} ${phrase(p.before)}`
  if ('within' in p) return `al ${phrase(p.within)}`
  return p.part === 'operative' ? 'a la parte dispositiva' : 'al preámbulo'
}

/** Amendment wording in Spanish (every template unverified, see the note at the top). */
export const spanish: WordingLanguage = {
  lang: 'es',
  comma: ', ',
  ordinal: spanishOrdinal,
  inClause: (ref) => `En el ${phrase(ref)}`,
  after: (anchor) => `después de ${word(anchor)}`,
  replace: (old, now) => `${verb(old, 'sustitúyase', 'sustitúyanse')} ${word(old)} por ${q(now.text)}`,
  delete: (old) => `${verb(old, 'suprímase', 'suprímanse')} ${word(old)}`,
  insert: (words, at, ref) => {
    if (at === 'end') return `al final del ${own(ref)}, ${verb(words, 'añádase', 'añádanse')} ${word(words)}`
    const insert = `${verb(words, 'insértese', 'insértense')} ${word(words)}`
    return at === 'start' ? `al comienzo del ${own(ref)}, ${insert}` : insert
  },
  and: (phrases) => phrases.reduce((all, next) => `${all} ${and(next)} ${next}`),
  insertClause: (kind, p) => {
    const what = kind === 'subparagraph' ? 'un nuevo apartado que diga:' : 'un nuevo párrafo que diga:'
    if ('after' in p) return `Después del ${phrase(p.after)}, insértese ${what}`
    if ('before' in p) return `Antes del ${phrase(p.before)}, insértese ${what}`
    if ('within' in p) return `En el ${phrase(p.within)}, insértese ${what}`
    return `Insértese ${p.part === 'operative' ? 'en la parte dispositiva' : 'en el preámbulo'} ${what}`
  },
  deleteClause: (ref) => `Suprímase el ${phrase(ref)}`,
  moveClause: (ref, p) => `Trasládese el ${phrase(ref)} ${where(p, 'a continuación del', 'antes del')}`,
  title: (delegations, symbol, count) =>
    `${delegations.join(', ')}: ${count === 1 ? 'enmienda' : 'enmiendas'} al proyecto de resolución${
      symbol ? ` ${symbol}` : ''
    }`,
}
