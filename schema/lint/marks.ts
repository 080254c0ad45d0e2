import type { Lang } from '../lang.ts'
import { blockFix, blockProblem, type LintRule, shown } from './context.ts'
import { fixMessage, lintMessage } from './messages.ts'
import type { TextBlock } from './text.ts'
import type { LintProblem } from './types.ts'

// The marks of the language. Chinese texts of the UN set full-width punctuation (，；：？！) and Arabic texts
// the Arabic comma, semicolon and question mark (، ؛ ؟): a half-width or Latin mark in their text, as a draft
// typed on a Latin keyboard or copied from a web page has them ("大会, 回顾"), is a warning, fixed by the
// language's mark (in Chinese without the space a half-width mark is followed by). A mark counts as the
// language's when the nearest letter on either side is of its script; between two digits it is part of a
// number ("1,000", "10:30"), and before "/" part of an address. The mark that ends a paragraph is the ending
// rule's, which names what the paragraph must end with.

const HALF_WIDTH = /[,;:?!]/gu
const SPACES = /\s/
const DIGIT = /\p{Nd}/u

interface LangMarks {
  /** Each mark of other scripts and the language's own. */
  right: Readonly<Record<string, string>>
  /** A character of the language's script, or of its own punctuation. */
  own: RegExp
  /** Whether the fix takes the spaces after the mark with it. */
  dropSpace: boolean
}

const MARKS: Partial<Record<Lang, LangMarks>> = {
  zh: {
    right: { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！' },
    own: /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”《》]/u,
    dropSpace: true,
  },
  ar: {
    right: { ',': '،', ';': '؛', '?': '؟' },
    own: /\p{Script=Arabic}/u,
    dropSpace: false,
  },
}

/** The nearest character that is not a space, looking from `i` in direction `step`, or ''. */
function nearest(text: string, i: number, step: 1 | -1): string {
  for (let j = i; j >= 0 && j < text.length; j += step) if (!SPACES.test(text[j]!)) return text[j]!
  return ''
}

function scan(block: TextBlock, lang: Lang, marks: LangMarks, out: LintProblem[]) {
  const { text } = block
  HALF_WIDTH.lastIndex = 0
  for (let m = HALF_WIDTH.exec(text); m; m = HALF_WIDTH.exec(text)) {
    const at = m.index
    const mark = m[0]
    const right = marks.right[mark]
    if (!right) continue
    if (block.region === 'clause' && at === block.textEnd - 1) continue
    const before = nearest(text, at - 1, -1)
    const after = nearest(text, at + 1, 1)
    if (!marks.own.test(before) && !marks.own.test(after)) continue
    if ((DIGIT.test(text[at - 1] ?? '') && DIGIT.test(text[at + 1] ?? '')) || text[at + 1] === '/') continue
    let end = at + 1
    if (marks.dropSpace) while (end < block.textEnd && SPACES.test(text[end]!)) end++
    const from = text.slice(at, end)
    const fix = blockFix(block, at, end, right, fixMessage('replace', { from: shown(from), to: right }))
    const message = lintMessage('wrong-mark', { mark, right, language: lang })
    out.push(blockProblem(block, 'punctuation', 'warning', at, at + 1, message, fix))
  }
}

/** Half-width and Latin punctuation in Chinese and Arabic text. */
export const marksRule: LintRule = (ctx, out) => {
  const marks = MARKS[ctx.lang]
  if (!marks) return
  for (const block of ctx.blocks) {
    if (block.region === 'clause' || block.region === 'title') scan(block, ctx.lang, marks, out)
  }
}
