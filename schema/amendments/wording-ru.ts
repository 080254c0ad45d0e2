import type { ClausePlace, ClauseRef, WordingLanguage, Words } from './wording-language.ts'

// unverified: no Russian amendment document could be found with the search tool. The templates follow the
// English ones in the usage of Russian United Nations texts ("пункт 5 постановляющей части", "третий пункт
// преамбулы", «» quotation marks); every template here is unverified.

const UNITS = [
  '',
  'первый',
  'второй',
  'третий',
  'четвертый',
  'пятый',
  'шестой',
  'седьмой',
  'восьмой',
  'девятый',
]
const TEENS = [
  'десятый',
  'одиннадцатый',
  'двенадцатый',
  'тринадцатый',
  'четырнадцатый',
  'пятнадцатый',
  'шестнадцатый',
  'семнадцатый',
  'восемнадцатый',
  'девятнадцатый',
]
const TENS_ORDINAL = [
  '',
  '',
  'двадцатый',
  'тридцатый',
  'сороковой',
  'пятидесятый',
  'шестидесятый',
  'семидесятый',
  'восьмидесятый',
  'девяностый',
]
const TENS = [
  '',
  '',
  'двадцать',
  'тридцать',
  'сорок',
  'пятьдесят',
  'шестьдесят',
  'семьдесят',
  'восемьдесят',
  'девяносто',
]

/** Russian ordinal words in the masculine nominative, 1 to 99: "третий", "двадцать первый". */
export function russianOrdinal(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`no Russian ordinal for ${n}`)
  if (n < 10) return UNITS[n]!
  if (n < 20) return TEENS[n - 10]!
  const t = Math.floor(n / 10)
  return n % 10 ? `${TENS[t]} ${UNITS[n % 10]}` : TENS_ORDINAL[t]!
}

type Case = 'nom' | 'gen' | 'prep' | 'ins'

/** Declines the last word of a masculine ordinal: третий → третьего, первый → первого, второй → второго. */
function decline(ordinal: string, c: Case): string {
  if (c === 'nom') return ordinal
  const ending = { gen: 'ого', prep: 'ом', ins: 'ым' }[c]
  if (ordinal.endsWith('третий')) return ordinal.slice(0, -2) + { gen: 'ьего', prep: 'ьем', ins: 'ьим' }[c]
  return ordinal.slice(0, -2) + ending
}

const PUNKT: Record<Case, string> = { nom: 'пункт', gen: 'пункта', prep: 'пункте', ins: 'пунктом' }
const SUB: Record<Case, string> = { nom: 'подпункт', gen: 'подпункта', prep: 'подпункте', ins: 'подпунктом' }

/** The clause in a case: "пункте 5 постановляющей части", "третьего пункта преамбулы". */
function name(ref: ClauseRef, c: Case): string {
  const top = (k: Case) =>
    ref.kind === 'operative'
      ? `${PUNKT[k]} ${ref.paragraph} постановляющей части`
      : `${decline(russianOrdinal(ref.paragraph), k)} ${PUNKT[k]} преамбулы`
  if (ref.sub.length === 0) return top(c)
  let inner = top('gen')
  for (let i = 0; i < ref.sub.length - 1; i++) inner = `${SUB.gen} ${ref.sub[i]} ${inner}`
  return `${SUB[c]} ${ref.sub[ref.sub.length - 1]} ${inner}`
}

const q = (text: string) => `«${text}»`
const many = (w: Words) => w.count > 1

function where(p: ClausePlace): string {
  if ('after' in p) return `после ${name(p.after, 'gen')}`
  if ('before' in p) return `перед ${name(p.before, 'ins')}`
  if ('within' in p) return `в ${name(p.within, 'nom')}`
  return p.part === 'operative' ? 'в постановляющую часть' : 'в преамбулу'
}

/** Amendment wording in Russian (unverified). */
export const russian: WordingLanguage = {
  lang: 'ru',
  // Russian sets no comma between the clause, the anchor and the verb: "В пункте 5 ... заменить ...".
  comma: ' ',
  ordinal: russianOrdinal,
  inClause: (ref) => `В ${name(ref, 'prep')}`,
  after: (anchor) => `после ${many(anchor) ? 'слов' : 'слова'} ${q(anchor.text)}`,
  replace: (old, now) =>
    `заменить ${many(old) ? 'слова' : 'слово'} ${q(old.text)} ${many(now) ? 'словами' : 'словом'} ${q(now.text)}`,
  delete: (old) => `исключить ${many(old) ? 'слова' : 'слово'} ${q(old.text)}`,
  insert: (words, at, ref) => {
    const what = `${many(words) ? 'слова' : 'слово'} ${q(words.text)}`
    const own = ref.sub.length ? 'подпункта' : 'пункта'
    if (at === 'end') return `в конце ${own} добавить ${what}`
    if (at === 'start') return `в начале ${own} включить ${what}`
    return `включить ${what}`
  },
  and: (phrases) => phrases.join(' и '),
  insertClause: (kind, p) => {
    const what = `включить новый ${kind === 'subparagraph' ? 'подпункт' : 'пункт'} следующего содержания:`
    if ('after' in p) return `После ${name(p.after, 'gen')} ${what}`
    if ('before' in p) return `Перед ${name(p.before, 'ins')} ${what}`
    if ('within' in p) return `В ${name(p.within, 'prep')} ${what}`
    return `${p.part === 'operative' ? 'В постановляющую часть' : 'В преамбулу'} ${what}`
  },
  deleteClause: (ref) => `Исключить ${name(ref, 'nom')}`,
  moveClause: (ref, p) => `Перенести ${name(ref, 'nom')} ${where(p)}`,
  title: (delegations, symbol, count) =>
    `${delegations.join(', ')}: ${count === 1 ? 'поправка' : 'поправки'} к проекту резолюции${symbol ? ` ${symbol}` : ''}`,
}
