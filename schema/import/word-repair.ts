import type { Lang } from '../lang.ts'
import { LEXICONS } from '../lexicon/lexicons.ts'
import { entryForms } from '../lexicon/types.ts'

const LETTERS = /^\p{L}+$/u
const CORE = /^([("“‘«[]*)(\p{L}+)([^\p{L}]*)$/u
const LOWER_START = /^\p{Ll}/u
const HYPHEN_TAIL = /^-\p{L}/u
const HYPHEN_END = /\p{L}-$/u

// One-letter words, which word lists leave out.
const SHORT_WORDS: Partial<Record<Lang, ReadonlySet<string>>> = {
  en: new Set(['a', 'i']),
  fr: new Set(['a', 'à', 'y']),
  es: new Set(['a', 'y', 'o', 'e', 'u']),
  ru: new Set(['и', 'в', 'с', 'к', 'о', 'у', 'я', 'а']),
}
// Words so frequent that a split next to them is certain ("ofthe" → "of the").
const FUNCTION_WORDS: Partial<Record<Lang, ReadonlySet<string>>> = {
  en: new Set('of the and to in on for by with at its their from that as an or'.split(' ')),
  fr: new Set('de la le les des du et à au aux en par pour sur dans que'.split(' ')),
  es: new Set('de la el los las del y en por para con que al'.split(' ')),
  ru: new Set('и в на по с о для от к'.split(' ')),
}

const lexiconWords = new Map<Lang, Set<string>>()
function wordsOfLexicon(lang: Lang): Set<string> {
  let set = lexiconWords.get(lang)
  if (!set) {
    set = new Set()
    for (const kind of ['preambular', 'operative'] as const) {
      for (const entry of LEXICONS[lang][kind]) {
        for (const form of entryForms(entry)) for (const w of form.text.toLowerCase().split(/\s+/)) set.add(w)
      }
    }
    lexiconWords.set(lang, set)
  }
  return set
}

/**
 * Repairs words that PDF extraction broke ("Genev a", "humani tarian", "de -escalation") or joined ("ofthe"),
 * only where the fix is certain: two pieces are joined when the whole is a word (of the document itself, of
 * the opening-phrase lexicon, or of the dictionary) and at least one piece is not; a piece is a word of the
 * document when it stands elsewhere in it too. A token is split only into two words of which one is a
 * function word, and only when one such split exists.
 */
export class WordRepair {
  private readonly counts = new Map<string, number>()
  private readonly lexicon: Set<string>
  private readonly short: ReadonlySet<string>
  private readonly functionWords: ReadonlySet<string>

  constructor(
    tokens: Iterable<string>,
    lang: Lang,
    private readonly dictionary: ((word: string) => boolean) | undefined,
  ) {
    for (const t of tokens) {
      const m = CORE.exec(t)
      if (!m) continue
      const w = m[2]!.toLowerCase()
      this.counts.set(w, (this.counts.get(w) ?? 0) + 1)
    }
    this.lexicon = wordsOfLexicon(lang)
    this.short = SHORT_WORDS[lang] ?? new Set()
    this.functionWords = FUNCTION_WORDS[lang] ?? new Set()
  }

  /** Whether a word is known; `elsewhere` is how often it must occur in the document to count. */
  private known(word: string, elsewhere: number): boolean {
    const w = word.toLowerCase()
    return (
      (this.counts.get(w) ?? 0) >= elsewhere ||
      this.lexicon.has(w) ||
      this.short.has(w) ||
      this.dictionary?.(w) === true
    )
  }

  /** The tokens of a stretch of text (split at spaces, no footnote markers among them) with the repairs made. */
  repair(tokens: readonly string[]): string[] {
    const out: string[] = []
    tokens.forEach((token, i) => {
      const prev = out[out.length - 1]
      if (prev !== undefined) {
        const joined = this.join(prev, token)
        if (joined !== null) {
          out[out.length - 1] = joined
          return
        }
      }
      // A piece that joins the next token is not split: "междуна родного" is "международного", not
      // "между на родного".
      const next = tokens[i + 1]
      if (next !== undefined && this.join(token, next) !== null) out.push(token)
      else out.push(...this.split(token))
    })
    return out
  }

  /** A word joined across a line end with its hyphen ("humani-tarian"), without it where that is certain. */
  unhyphenate(word: string): string {
    const at = word.lastIndexOf('-')
    const a = CORE.exec(word.slice(0, at))
    const b = CORE.exec(word.slice(at + 1))
    if (!a || !b || a[3] || b[1]) return word
    return this.known(a[2]! + b[2]!, 1) && !this.known(`${a[2]}-${b[2]}`, 1)
      ? a[1]! + a[2]! + b[2]! + b[3]!
      : word
  }

  private join(a: string, b: string): string | null {
    if (HYPHEN_TAIL.test(b) && /\p{L}$/u.test(a)) return a + b
    if (HYPHEN_END.test(a) && LOWER_START.test(b)) {
      const stem = a.slice(0, -1)
      const ma = CORE.exec(stem)
      const mb = CORE.exec(b)
      if (
        ma &&
        mb &&
        !ma[3] &&
        !mb[1] &&
        this.known(ma[2]! + mb[2]!, 1) &&
        !this.known(`${ma[2]}-${mb[2]}`, 1)
      ) {
        return stem + b
      }
      return null
    }
    const ma = CORE.exec(a)
    const mb = CORE.exec(b)
    if (!ma || !mb || ma[3] || mb[1] || !LOWER_START.test(mb[2]!)) return null
    const whole = ma[2]! + mb[2]!
    if (!this.known(whole, 1)) return null
    if (this.known(ma[2]!, 2) && this.known(mb[2]!, 2)) return null
    return ma[1]! + whole + mb[3]!
  }

  private split(token: string): string[] {
    if (token.length < 5 || !LETTERS.test(token) || token !== token.toLowerCase() || this.known(token, 2)) {
      return [token]
    }
    let found: [string, string] | null = null
    for (let i = 2; i <= token.length - 2; i++) {
      const x = token.slice(0, i)
      const y = token.slice(i)
      if (!(this.functionWords.has(x) || this.functionWords.has(y))) continue
      if (!this.known(x, 2) || !this.known(y, 2)) continue
      if (found) return [token]
      found = [x, y]
    }
    return found ?? [token]
  }
}
