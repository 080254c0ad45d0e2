import type { Lang } from '../lang.ts'

// Words as a reader of the draft's language counts them, found with `Intl.Segmenter` (ICU's word boundaries, by
// dictionary for Chinese, which sets no spaces between words) rather than by splitting at spaces: in a Chinese
// paragraph a run without spaces is many words, and "after the words …" must point at one of them. Segments
// that hold letters or digits and touch through a joiner (a hyphen, a slash, a full stop or an apostrophe, with
// no space) count as one word, as a drafter quotes them: "70/1", "well-being", "A/RES/71/194" are one word
// each, not three or seven. Amendment wording, the words an amendment refers to and the comparison of two
// versions all find words here, so that they agree on where a word starts and ends.

/** One word of a text and where it stands in it: `text` is `source.slice(start, end)`. */
export interface WordSpan {
  text: string
  start: number
  end: number
}

const segmenters = new Map<Lang, Intl.Segmenter>()

/** One word segmenter per language, kept: making one costs as much as cutting a paragraph. */
function segmenter(lang: Lang): Intl.Segmenter {
  let s = segmenters.get(lang)
  if (!s) {
    s = new Intl.Segmenter(lang, { granularity: 'word' })
    segmenters.set(lang, s)
  }
  return s
}

const WORDISH = /[\p{L}\p{N}]/u
// What joins two word segments into one word when it stands between them with no space.
const JOINER = /^[-‐‑/.’'·]$/u

/**
 * The words of a text in a language, in order, with their offsets. Spaces and punctuation are not words; a
 * Chinese run is cut where ICU's dictionary cuts it ("促进和保护人权" is 促进, 和, 保护, 人权).
 */
export function words(text: string, lang: Lang): WordSpan[] {
  const out: WordSpan[] = []
  // A joiner seen right after the last word, which joins it to the next word segment if one follows at once.
  let joiner = false
  for (const s of segmenter(lang).segment(text)) {
    const word = s.isWordLike ?? WORDISH.test(s.segment)
    const last = out[out.length - 1]
    if (word) {
      if (last && joiner && last.end + 1 === s.index) {
        last.end = s.index + s.segment.length
        last.text = text.slice(last.start, last.end)
      } else out.push({ text: s.segment, start: s.index, end: s.index + s.segment.length })
      joiner = false
    } else joiner = last !== undefined && last.end === s.index && JOINER.test(s.segment)
  }
  return out
}

// How far around a place the words before and after it are looked for: enough for any word, and it keeps a
// long paragraph from being cut whole for one word.
const WINDOW = 64

/**
 * The word that ends at or before `at` (or runs across it), as offsets in `text`: the last word that starts
 * before `at`. Null when none does.
 */
export function wordBefore(text: string, at: number, lang: Lang): WordSpan | null {
  for (let from = Math.max(0, at - WINDOW); ; from = Math.max(0, from - WINDOW)) {
    const found = words(text.slice(from, Math.min(text.length, at + WINDOW)), lang)
      .filter((w) => w.start + from < at)
      .pop()
    // A word that starts at the window's edge may have been cut there: look further back.
    if (found && (found.start > 0 || from === 0)) return shift(found, from, text)
    if (from === 0) return null
  }
}

/** The word that starts at or after `at` (or runs across it): the first word that ends after `at`, or null. */
export function wordAfter(text: string, at: number, lang: Lang): WordSpan | null {
  for (let to = Math.min(text.length, at + WINDOW); ; to = Math.min(text.length, to + WINDOW)) {
    const from = Math.max(0, at - WINDOW)
    const found = words(text.slice(from, to), lang).find((w) => w.end + from > at)
    if (found && (found.end < to - from || to === text.length)) return shift(found, from, text)
    if (to === text.length) return null
  }
}

const shift = (w: WordSpan, by: number, text: string): WordSpan => ({
  text: text.slice(w.start + by, w.end + by),
  start: w.start + by,
  end: w.end + by,
})
