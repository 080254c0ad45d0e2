import type { Lang } from '../lang.ts'
import { blockFix, blockProblem, type LintRule } from './context.ts'
import { fixMessage, lintMessage } from './messages.ts'
import type { TextBlock } from './text.ts'
import type { LintProblem } from './types.ts'

// Spacing around punctuation, by language. French puts a space (a no-break space is best: U+00A0, or the narrow
// U+202F; an ordinary space is accepted, as in the official texts) before ";", ":", "?" and "!", after "«" and
// before "»"; the fix inserts a no-break space, so that the mark never starts a line. English, Spanish and
// Russian put none before any of ",;:.?!"; French none before "," and ".". Arabic puts none before its own
// marks "،" "؛" "؟" nor before ":" "." "!"; Chinese none before or after its full-width marks "，；：。？！、"
// and brackets (a half-width mark in their text is the `punctuation` rule's). A colon between digits (a time, a
// ratio) or before "/" (an address) is not a punctuation mark in this sense, nor is a full stop in an ellipsis.
// Warnings: the Secretariat's editors fix spacing without asking the delegations.

const SPACE = /\s/
const DIGIT = /\d/
const FRENCH_HIGH = /[;:!?«»]/gu
const SPACE_BEFORE = /\s+([,.;:!?])/gu
const SPACE_BEFORE_FR = /\s+([,.])/gu
const SPACE_BEFORE_AR = /\s+([،؛؟:.!])/gu
const SPACE_BEFORE_ZH = /\s+([，；：。？！、）》」』】])/gu
const SPACE_AFTER_ZH = /([，；：。？！、（《「『【])\s+/gu
const NBSP = '\u00a0'

function french(block: TextBlock, out: LintProblem[]) {
  const { text } = block
  FRENCH_HIGH.lastIndex = 0
  for (let m = FRENCH_HIGH.exec(text); m; m = FRENCH_HIGH.exec(text)) {
    const i = m.index
    const mark = m[0]
    const prev = text[i - 1]
    const next = text[i + 1]
    if (mark === '«') {
      if (next === undefined || SPACE.test(next)) continue
      const fix = blockFix(block, i + 1, i + 1, NBSP, fixMessage('insert-nbsp-after', { mark }))
      const message = lintMessage('space-after', { mark, language: 'fr' })
      out.push(blockProblem(block, 'spacing', 'warning', i, i + 1, message, fix))
      continue
    }
    if (prev === undefined || SPACE.test(prev)) continue
    // "?!" takes one space, before the first mark.
    if (mark !== '»' && /[;:!?]/.test(prev)) continue
    if (mark === ':' && (next === '/' || (DIGIT.test(prev) && next !== undefined && DIGIT.test(next))))
      continue
    const fix = blockFix(block, i, i, NBSP, fixMessage('insert-nbsp-before', { mark }))
    const message = lintMessage('space-before', { mark, language: 'fr' })
    out.push(blockProblem(block, 'spacing', 'warning', i, i + 1, message, fix))
  }
}

function noSpaceBefore(block: TextBlock, pattern: RegExp, language: Lang, out: LintProblem[]) {
  const { text } = block
  pattern.lastIndex = 0
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const start = m.index
    const at = start + m[0].length - 1
    const mark = m[1]!
    if (start === 0) continue
    // An ellipsis (" ...") and a decimal written with a leading point (" .5") are not punctuation here.
    if (mark === '.' && (text[at + 1] === '.' || DIGIT.test(text[at + 1] ?? ''))) continue
    if (mark === ':' && DIGIT.test(text[at + 1] ?? '') && DIGIT.test(text[start - 1] ?? '')) continue
    const fix = blockFix(block, start, at, '', fixMessage('remove-space-before', { mark }))
    const message = lintMessage('no-space-before', { mark, language })
    out.push(blockProblem(block, 'spacing', 'warning', start, at + 1, message, fix))
  }
}

function noSpaceAfter(block: TextBlock, pattern: RegExp, language: Lang, out: LintProblem[]) {
  const { text } = block
  pattern.lastIndex = 0
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const at = m.index
    const mark = m[1]!
    const end = at + m[0].length
    // Spaces at the very end of the block are no one's concern.
    if (end >= block.textEnd) continue
    const fix = blockFix(block, at + 1, end, '', fixMessage('remove-space-after', { mark }))
    const message = lintMessage('no-space-after', { mark, language })
    out.push(blockProblem(block, 'spacing', 'warning', at, end, message, fix))
  }
}

/** Spaces before and after punctuation marks, as each language sets them. */
export const spacingRule: LintRule = (ctx, out) => {
  for (const block of ctx.blocks) {
    if (block.region !== 'clause' && block.region !== 'title') continue
    switch (ctx.lang) {
      case 'fr':
        french(block, out)
        noSpaceBefore(block, SPACE_BEFORE_FR, ctx.lang, out)
        break
      case 'ar':
        noSpaceBefore(block, SPACE_BEFORE_AR, ctx.lang, out)
        break
      case 'zh':
        noSpaceBefore(block, SPACE_BEFORE_ZH, ctx.lang, out)
        noSpaceAfter(block, SPACE_AFTER_ZH, ctx.lang, out)
        break
      default:
        noSpaceBefore(block, SPACE_BEFORE, ctx.lang, out)
    }
  }
}
