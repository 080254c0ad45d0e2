import type { ClausePlace, ClauseRef, WordingLanguage, Words } from './wording-language.ts'

// Sources. No Spanish amendment document (an "Enmiendas al proyecto de resolución ..." L. document, or the
// Spanish version of A/HRC/S-4/L.3, A/HRC/11/L.19 or A/HRC/19/L.41) could be reached with the search tool: corpora
// pages, docs and code, and exact-string search of public GitHub files, on "Enmiendas al proyecto de resolución",
// "enmienda al proyecto de resolución A/", "Sustitúyase", "Insértese", "Suprímase el párrafo", "insértese un nuevo
// párrafo", "de la parte dispositiva, insértese", "párrafo 5 de la parte dispositiva", "párrafo del preámbulo,
// sustit", old "Distr. LIMITADA ... Enmiendas" headers, and the UN parallel corpora (none stored). The instruction
// verbs ("sustitúyase", "insértese", "suprímase", "que diga:", "trasládese") are therefore `unverified`: they follow
// the wording the project brief gives. What could be checked against real UN Spanish texts:
//   - sub-paragraph references follow the paragraph number: "in paragraph 8 (a) (ii) of resolution 986 (1995)" is
//     "en el párrafo 8 a) ii) de la resolución 986 (1995)", "NO inciso ii) del apartado a) del párrafo 8"; "in
//     subparagraphs (a) (i) and (a) (ii)" is "en los apartados a) i) y a) ii)" (Servicio de Traducción al Español
//     de las Naciones Unidas, Manual, "Capítulos y demás divisiones", onutraduccion.wordpress.com);
//   - labels "a)", "i)" without an opening parenthesis (UN Editorial Manual, "Paragraphs and subparagraphs":
//     "French and Spanish: a), b), c)");
//   - quotation marks “ ”: el tema titulado “Informe del Alto Comisionado de las Naciones Unidas para los
//     Refugiados, ...” (A/57/551, report of the Third Committee);
//   - ordinals: "Trigésimo primer período de sesiones" (A/31/PV.90), "Trigésimo octavo período de sesiones"
//     (A/38/PV.101), "Quincuagésimo séptimo período de sesiones" (A/57/551): two words from 21 on, and
//     "primer"/"tercer" before a masculine noun.

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

// “ ” as in A/57/551.
const q = (text: string) => `“${text}”`
const plural = (w: Words) => w.count > 1
const word = (w: Words) => (plural(w) ? `las palabras ${q(w.text)}` : `la palabra ${q(w.text)}`)
// The verb agrees with the words it acts on: "suprímase la palabra", "suprímanse las palabras".
const verb = (w: Words, one: string, many: string) => (plural(w) ? many : one)

/**
 * "párrafo 5 de la parte dispositiva", "párrafo 4 b) ii) de la parte dispositiva", "tercer párrafo del preámbulo"
 * (without the article): the labels follow the paragraph number, as the UN Spanish Translation Service writes
 * "el párrafo 8 a) ii) de la resolución 986 (1995)".
 */
function phrase(ref: ClauseRef): string {
  const labels = ref.sub.join(' ')
  // unverified: "párrafo ... de la parte dispositiva" (the brief)
  if (ref.kind === 'operative')
    return `párrafo ${[ref.paragraph, ...ref.sub].join(' ')} de la parte dispositiva`
  // unverified: "tercer párrafo del preámbulo" (the brief), and "apartado b) del ..." for its sub-paragraphs
  const top = `${spanishOrdinal(ref.paragraph)} párrafo del preámbulo`
  return ref.sub.length ? `apartado ${labels} del ${top}` : top
}

/** The clause's own noun, for "al final del párrafo": "apartado" at any depth ("los apartados a) i)"). */
const own = (ref: ClauseRef) => (ref.sub.length ? 'apartado' : 'párrafo')

/** "y", or "e" before a word that begins with the sound i ("e insértese"). */
const and = (next: string) => (/^h?i(?![aeiouáéíóú])/i.test(next) ? 'e' : 'y')

function where(p: ClausePlace, after: string, before: string): string {
  if ('after' in p) return `${after} ${phrase(p.after)}`
  if ('before' in p) return `${before} ${phrase(p.before)}`
  if ('within' in p) return `al ${phrase(p.within)}`
  return p.part === 'operative' ? 'a la parte dispositiva' : 'al preámbulo'
}

/** Amendment wording in Spanish (the instructions unverified, see the note at the top). */
export const spanish: WordingLanguage = {
  lang: 'es',
  comma: ', ',
  ordinal: spanishOrdinal,
  // unverified: "En el párrafo 5 de la parte dispositiva, ..." (the brief)
  inClause: (ref) => `En el ${phrase(ref)}`,
  // unverified: "después de la palabra “Recordando”" (the brief)
  after: (anchor) => `después de ${word(anchor)}`,
  // unverified: "sustitúyanse las palabras “...” por “...”" (the brief)
  replace: (old, now) => `${verb(old, 'sustitúyase', 'sustitúyanse')} ${word(old)} por ${q(now.text)}`,
  // unverified: "suprímanse las palabras" (the brief)
  delete: (old) => `${verb(old, 'suprímase', 'suprímanse')} ${word(old)}`,
  insert: (words, at, ref) => {
    // unverified: "al final del párrafo, añádanse", "al comienzo del párrafo, insértense" (after the English)
    if (at === 'end') return `al final del ${own(ref)}, ${verb(words, 'añádase', 'añádanse')} ${word(words)}`
    const insert = `${verb(words, 'insértese', 'insértense')} ${word(words)}`
    return at === 'start' ? `al comienzo del ${own(ref)}, ${insert}` : insert
  },
  // unverified: changes in one clause joined by "y" (after the English ", and" of A/HRC/S-4/L.3)
  and: (phrases) => phrases.reduce((all, next) => `${all} ${and(next)} ${next}`),
  insertClause: (kind, p) => {
    // unverified: "Después del párrafo 3 de la parte dispositiva, insértese un nuevo párrafo que diga:" (the brief)
    const what = kind === 'subparagraph' ? 'un nuevo apartado que diga:' : 'un nuevo párrafo que diga:'
    if ('after' in p) return `Después del ${phrase(p.after)}, insértese ${what}`
    if ('before' in p) return `Antes del ${phrase(p.before)}, insértese ${what}`
    if ('within' in p) return `En el ${phrase(p.within)}, insértese ${what}`
    return `Insértese ${p.part === 'operative' ? 'en la parte dispositiva' : 'en el preámbulo'} ${what}`
  },
  // unverified: "Suprímase el párrafo 7 de la parte dispositiva" (the brief)
  deleteClause: (ref) => `Suprímase el ${phrase(ref)}`,
  // unverified: no source gives the wording of a move
  moveClause: (ref, p) => `Trasládese el ${phrase(ref)} ${where(p, 'a continuación del', 'antes del')}`,
  // unverified: "Egipto: enmiendas al proyecto de resolución A/C.3/71/L.23" (the brief); singular for one
  // amendment as in the English A/HRC/19/L.41
  title: (delegations, symbol, count) =>
    `${delegations.join(', ')}: ${count === 1 ? 'enmienda' : 'enmiendas'} al proyecto de resolución${
      symbol ? ` ${symbol}` : ''
    }`,
}
