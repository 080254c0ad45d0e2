import { readFileSync } from 'node:fs'
import wordListPath from 'word-list'

let words: Set<string> | null = null

/**
 * An English word list (the npm package `word-list`, 274,000 words), loaded once, as the importer's
 * `dictionary` option: it makes the repair of words broken by PDF extraction certain ("Genev a" → "Geneva").
 * Words are compared in lower case; the list has no one-letter words.
 */
export function englishDictionary(): (word: string) => boolean {
  if (!words) words = new Set(readFileSync(wordListPath, 'utf8').split('\n'))
  const set = words
  return (word) => set.has(word.toLowerCase())
}
