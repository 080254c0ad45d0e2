import { wordsOf } from './amendment-words.ts'

/** Past this many words on either side the diff does not look for common words: all go, all come. */
const MAX_WORDS = 3000

/**
 * The words taken out of `before` and put into `after`, by the longest common run of words (a paragraph's
 * worth, so the quadratic table is small): what an oral revision changed, as the comparison counts words.
 */
export function wordDiff(before: string, after: string): { inserted: string[]; deleted: string[] } {
  const a = wordsOf(before)
  const b = wordsOf(after)
  if (a.length > MAX_WORDS || b.length > MAX_WORDS) return { inserted: b, deleted: a }
  // lcs[i][j]: the longest common subsequence of a[i..] and b[j..], in one flat array.
  const width = b.length + 1
  const lcs = new Uint32Array((a.length + 1) * width)
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * width + j] =
        a[i] === b[j]
          ? lcs[(i + 1) * width + j + 1]! + 1
          : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!)
    }
  }
  const inserted: string[] = []
  const deleted: string[] = []
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++
      j++
    } else if (lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!) deleted.push(a[i++]!)
    else inserted.push(b[j++]!)
  }
  deleted.push(...a.slice(i))
  inserted.push(...b.slice(j))
  return { inserted, deleted }
}
