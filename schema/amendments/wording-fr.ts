import type { ClausePlace, ClauseRef, WordingLanguage, Words } from './wording-language.ts'

// Sources. No French amendment document (an "amendements au projet de résolution ..." L. document, or the French
// version of A/HRC/S-4/L.3, A/HRC/11/L.19 or A/HRC/19/L.41) could be reached with the search tool: corpora pages,
// docs and code, and exact-string search of public GitHub files, on "amendements au projet de résolution",
// "amendement au projet de résolution A/", "du dispositif, insérer", "du dispositif, remplacer", "alinéa du
// préambule, après les mots", "alinéa du préambule, remplacer", "nouvel alinéa ainsi libellé", "Supprimer le
// paragraphe", "paragraphe 5 du dispositif", old "Distr. LIMITEE ... amendements" headers, and the UN parallel
// corpora (none stored). The instructions ("remplacer ... par ...", "insérer", "supprimer", "ainsi libellé :",
// "déplacer") and the names of the clauses ("le troisième alinéa du préambule", "le paragraphe 3 du dispositif")
// are therefore `unverified`: they follow the wording the project brief gives. What could be checked against real
// UN French texts:
//   - « » with a space inside and a space before ":": sa résolution 70/1 [...], intitulée « Transformer notre
//     monde : le Programme de développement durable à l'horizon 2030 » (A/RES/71/194, fixtures/fr_A-RES-71-194.md);
//     "Président : M. Al-Nasser", "La Présidente par intérim (parle en anglais) :" (A/66/PV.82). French typography
//     makes these spaces no-break spaces;
//   - the typographic apostrophe: "En l’absence du Président", "L’Assemblée générale va maintenant examiner"
//     (A/66/PV.82);
//   - labels "a)", "i)" without an opening parenthesis (UN Editorial Manual, "Paragraphs and subparagraphs":
//     "French and Spanish: a), b), c)");
//   - ordinals: "Soixante et onzième session" (A/RES/71/194), "soixante-sixième session" (A/66/PV.82).

const NBSP = '\u00a0'

const UNITS = [
  '',
  'un',
  'deux',
  'trois',
  'quatre',
  'cinq',
  'six',
  'sept',
  'huit',
  'neuf',
  'dix',
  'onze',
  'douze',
  'treize',
  'quatorze',
  'quinze',
  'seize',
  'dix-sept',
  'dix-huit',
  'dix-neuf',
]
const TENS = [
  '',
  '',
  'vingt',
  'trente',
  'quarante',
  'cinquante',
  'soixante',
  'soixante',
  'quatre-vingt',
  'quatre-vingt',
]

function below100(n: number): string {
  if (n < 20) return UNITS[n]!
  const t = Math.floor(n / 10)
  const u = n % 10
  // 70-79 and 90-99 count on from soixante and quatre-vingt: soixante et onze, quatre-vingt-douze.
  if (t === 7 || t === 9) return `${TENS[t]}${t === 7 && u === 1 ? ' et ' : '-'}${UNITS[10 + u]}`
  if (u === 0) return t === 8 ? 'quatre-vingts' : TENS[t]!
  if (u === 1 && t !== 8) return `${TENS[t]} et un`
  return `${TENS[t]}-${UNITS[u]}`
}

function cardinal(n: number): string {
  if (n < 100) return below100(n)
  const h = Math.floor(n / 100)
  const rest = n % 100
  const hundreds = h === 1 ? 'cent' : `${UNITS[h]} cent${rest ? '' : 's'}`
  return rest ? `${hundreds} ${below100(rest)}` : hundreds
}

/** French ordinal words, 1 to 999: "premier", "troisième", "vingt et unième", "soixante et onzième". */
export function frenchOrdinal(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 999) throw new RangeError(`no French ordinal for ${n}`)
  if (n === 1) return 'premier'
  const words = cardinal(n)
  const cut = Math.max(words.lastIndexOf(' '), words.lastIndexOf('-')) + 1
  let last = words.slice(cut)
  if (last === 'cinq') last = 'cinqu'
  else if (last === 'neuf') last = 'neuv'
  else if (last === 'vingts' || last === 'cents') last = last.slice(0, -1)
  else if (last.endsWith('e')) last = last.slice(0, -1)
  return `${words.slice(0, cut)}${last}ième`
}

// « » with no-break spaces inside: A/RES/71/194.
const q = (text: string) => `«${NBSP}${text}${NBSP}»`
const word = (w: Words) => (w.count > 1 ? `les mots ${q(w.text)}` : `le mot ${q(w.text)}`)

/** A noun phrase without its article, and the article it takes. */
interface Phrase {
  elided: boolean
  body: string
}

function phrase(ref: ClauseRef): Phrase {
  // unverified: "paragraphe 3 du dispositif", "troisième alinéa du préambule" (the brief); "alinéa b) du
  // paragraphe 4", "sous-alinéa ii) de l’alinéa b)" for sub-paragraphs
  let p: Phrase =
    ref.kind === 'operative'
      ? { elided: false, body: `paragraphe ${ref.paragraph} du dispositif` }
      : { elided: false, body: `${frenchOrdinal(ref.paragraph)} alinéa du préambule` }
  ref.sub.forEach((label, i) => {
    const noun = i === 0 ? 'alinéa' : 'sous-alinéa'
    p = { elided: i === 0, body: `${noun} ${label} ${de(p)}` }
  })
  return p
}

// The elided article takes the typographic apostrophe, as in "En l’absence du Président" (A/66/PV.82).
const le = (p: Phrase) => (p.elided ? `l’${p.body}` : `le ${p.body}`)
const de = (p: Phrase) => (p.elided ? `de l’${p.body}` : `du ${p.body}`)
const a = (p: Phrase) => (p.elided ? `à l’${p.body}` : `au ${p.body}`)
const upper = (s: string) => s.charAt(0).toLocaleUpperCase('fr') + s.slice(1)

/** The clause's own noun: "paragraphe", "alinéa", "sous-alinéa", for "au début du paragraphe". */
function own(ref: ClauseRef): Phrase {
  if (ref.sub.length > 1) return { elided: false, body: 'sous-alinéa' }
  if (ref.sub.length === 1 || ref.kind === 'preambular') return { elided: true, body: 'alinéa' }
  return { elided: false, body: 'paragraphe' }
}

function where(p: ClausePlace, after: string, before: string): string {
  if ('after' in p) return `${after} ${le(phrase(p.after))}`
  if ('before' in p) return `${before} ${le(phrase(p.before))}`
  if ('within' in p) return `dans ${le(phrase(p.within))}`
  return p.part === 'operative' ? 'dans le dispositif' : 'dans le préambule'
}

/** Amendment wording in French (the instructions unverified, see the note at the top). */
export const french: WordingLanguage = {
  lang: 'fr',
  comma: ', ',
  ordinal: frenchOrdinal,
  // unverified: "Au paragraphe 5 du dispositif, ..." (the brief)
  inClause: (ref) => upper(a(phrase(ref))),
  // unverified: "après le mot « Rappelant »" (the brief)
  after: (anchor) => `après ${word(anchor)}`,
  // unverified: "remplacer les mots « promouvoir » par les mots « promouvoir et protéger »" (the brief)
  replace: (old, now) => `remplacer ${word(old)} par ${word(now)}`,
  // unverified: "supprimer le mot" (the brief)
  delete: (old) => `supprimer ${word(old)}`,
  insert: (words, at, ref) => {
    // unverified: "à la fin du paragraphe, ajouter", "au début du paragraphe, insérer" (after the English)
    if (at === 'end') return `à la fin ${de(own(ref))}, ajouter ${word(words)}`
    if (at === 'start') return `au début ${de(own(ref))}, insérer ${word(words)}`
    return `insérer ${word(words)}`
  },
  // unverified: changes in one clause joined by "et" (after the English ", and" of A/HRC/S-4/L.3)
  and: (phrases) => phrases.join(' et '),
  insertClause: (kind, p) => {
    // unverified: "Après le paragraphe 3 du dispositif, insérer un nouveau paragraphe ainsi libellé :" (the brief)
    const what =
      kind === 'operative' ? 'un nouveau paragraphe ainsi libellé' : 'un nouvel alinéa ainsi libellé'
    if ('after' in p) return `Après ${le(phrase(p.after))}, insérer ${what}${NBSP}:`
    if ('before' in p) return `Avant ${le(phrase(p.before))}, insérer ${what}${NBSP}:`
    if ('within' in p) return `${upper(a(phrase(p.within)))}, insérer ${what}${NBSP}:`
    return `Insérer ${where(p, '', '')} ${what}${NBSP}:`
  },
  // unverified: "Supprimer le paragraphe 7 du dispositif" (the brief)
  deleteClause: (ref) => `Supprimer ${le(phrase(ref))}`,
  // unverified: no source gives the wording of a move
  moveClause: (ref, p) => `Déplacer ${le(phrase(ref))} ${where(p, 'après', 'avant')}`,
  // unverified: "Égypte : amendements au projet de résolution A/C.3/71/L.23" (the brief); singular for one
  // amendment as in the English A/HRC/19/L.41; the no-break space before ":" as in A/66/PV.82
  title: (delegations, symbol, count) =>
    `${delegations.join(', ')}${NBSP}: ${count === 1 ? 'amendement' : 'amendements'} au projet de résolution${
      symbol ? ` ${symbol}` : ''
    }`,
}
