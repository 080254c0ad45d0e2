import type { ClausePlace, ClauseRef, WordingLanguage, Words } from './wording-language.ts'

// Sources. Real amendment documents found with the search tool (right-docs.org copies of the originals):
//   A/HRC/S-4/L.3  "Algeria (on behalf on the African Group): amendments to draft resolution A/HRC/S-4/L.1"
//                  "In the second preambular paragraph, after the word “Council” delete the words “to continue and”;"
//                  "In paragraph 1, before the word “concern” delete the word “grave”, and after the word “Darfur” ..."
//                  "At the end of the second paragraph insert the following: “...”"
//                  "After paragraph 2, insert the following paragraph:" (the new paragraph follows, unquoted)
//   A/HRC/11/L.19  "Austria*, Belgium*, ..., United States of America*: amendments to draft resolution L.17"
//                  "After the third preambular paragraph insert a new preambular paragraph,"
//   A/HRC/19/L.41  "China: amendment to draft resolution A/HRC/19/L.11" (one amendment: singular)
// Templates marked `unverified` follow the wording the project brief gives for General Assembly committee
// documents (A/C.3/.../L.xx); no such document in English was found in the search corpus.

const UNITS = [
  '',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
]
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']
const IRREGULAR: Record<string, string> = {
  one: 'first',
  two: 'second',
  three: 'third',
  five: 'fifth',
  eight: 'eighth',
  nine: 'ninth',
  twelve: 'twelfth',
}

function cardinal(n: number): string {
  if (n < 20) return UNITS[n]!
  if (n < 100) return TENS[Math.floor(n / 10)]! + (n % 10 ? `-${UNITS[n % 10]}` : '')
  const rest = n % 100
  return `${UNITS[Math.floor(n / 100)]} hundred${rest ? ` and ${cardinal(rest)}` : ''}`
}

/** English ordinal words, 1 to 999: "third", "twenty-first", "one hundred and second". */
export function englishOrdinal(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 999) throw new RangeError(`no English ordinal for ${n}`)
  const words = cardinal(n)
  const cut = Math.max(words.lastIndexOf(' '), words.lastIndexOf('-')) + 1
  const last = words.slice(cut)
  const ord = IRREGULAR[last] ?? (last.endsWith('y') ? `${last.slice(0, -1)}ieth` : `${last}th`)
  return words.slice(0, cut) + ord
}

// “ ” as in A/HRC/S-4/L.3.
const q = (text: string) => `“${text}”`
const word = (w: Words) => (w.count > 1 ? `the words ${q(w.text)}` : `the word ${q(w.text)}`)

/** "the third preambular paragraph", "operative paragraph 4 (b) (ii)". */
function name(ref: ClauseRef): string {
  if (ref.kind === 'operative') {
    // "operative paragraph 4 (b)": the brief's form; unverified.
    return `operative paragraph ${[ref.paragraph, ...ref.sub].join(' ')}`
  }
  const top = `the ${englishOrdinal(ref.paragraph)} preambular paragraph` // A/HRC/S-4/L.3, A/HRC/11/L.19
  // unverified: sub-paragraphs of preambular paragraphs
  return ref.sub.length ? `subparagraph ${ref.sub.join(' ')} of ${top}` : top
}

const noun = (ref: ClauseRef) => (ref.sub.length ? 'subparagraph' : 'paragraph')

function place(p: ClausePlace, follow: string, precede: string): string {
  if ('after' in p) return `${follow} ${name(p.after)}`
  if ('before' in p) return `${precede} ${name(p.before)}`
  if ('within' in p) return `into ${name(p.within)}`
  return p.part === 'operative' ? 'into the operative part' : 'into the preamble'
}

/** Amendment wording in English. */
export const english: WordingLanguage = {
  lang: 'en',
  comma: ', ',
  ordinal: englishOrdinal,
  // "In the second preambular paragraph, ..." A/HRC/S-4/L.3 (the comma after the clause: the brief)
  inClause: (ref) => `In ${name(ref)}`,
  // "after the word “Council”" A/HRC/S-4/L.3
  after: (anchor) => `after ${word(anchor)}`,
  // unverified: "replace the words “promote” with the words “promote and protect”" (the brief)
  replace: (old, now) => `replace ${word(old)} with ${word(now)}`,
  // "delete the words “to continue and”", "delete the word “grave”" A/HRC/S-4/L.3
  delete: (old) => `delete ${word(old)}`,
  insert: (words, at, ref) => {
    // "At the end of the second paragraph insert ..." A/HRC/S-4/L.3; "add" at the end and "insert the word": the brief
    if (at === 'end') return `at the end of the ${noun(ref)}, add ${word(words)}`
    if (at === 'start') return `at the beginning of the ${noun(ref)}, insert ${word(words)}` // unverified
    return `insert ${word(words)}`
  },
  // "... delete the word “grave”, and after the word “Darfur” replace ..." A/HRC/S-4/L.3
  and: (phrases) => phrases.join(', and '),
  insertClause: (kind, p) => {
    const what = kind === 'subparagraph' ? 'subparagraph' : 'paragraph'
    // "After the third preambular paragraph insert a new preambular paragraph" A/HRC/11/L.19; the comma and
    // "reading:" follow the brief ("After operative paragraph 3, insert a new paragraph reading:").
    if ('after' in p) return `After ${name(p.after)}, insert a new ${what} reading:`
    if ('before' in p) return `Before ${name(p.before)}, insert a new ${what} reading:` // unverified
    if ('within' in p) return `In ${name(p.within)}, insert a new subparagraph reading:` // unverified
    return `Insert a new ${p.part} paragraph reading:` // unverified
  },
  // "Delete operative paragraph 7" (the brief); the 1948 amendments A/789 write "Delete paragraph 3."
  deleteClause: (ref) => `Delete ${name(ref)}`,
  // unverified: "Move operative paragraph 9 to follow operative paragraph 2" (the brief)
  moveClause: (ref, p) => `Move ${name(ref)} ${place(p, 'to follow', 'to precede')}`,
  title: (delegations, symbol, count) =>
    // A/HRC/19/L.41 (singular), A/HRC/S-4/L.3 (plural); sponsors joined by commas only: A/HRC/11/L.19
    `${delegations.join(', ')}: ${count === 1 ? 'amendment' : 'amendments'} to ${
      symbol ? `draft resolution ${symbol}` : 'the draft resolution'
    }`,
}
