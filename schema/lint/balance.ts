import type { Lang } from '../lang.ts'
import { blockProblem, type LintRule } from './context.ts'
import { lintMessage } from './messages.ts'
import type { TextBlock } from './text.ts'
import type { LintProblem } from './types.ts'

// Brackets and quotation marks must pair up within a preambular or operative paragraph, counted over the
// paragraph with its sub-paragraphs and quotations, since a quotation may run across several of them.
// Pairs: () [] «» “” and the full-width （） 【】 《》 of Chinese; a straight double quote closes the one
// before it. Single quotation marks are not counted: ’ is also the apostrophe. French, Spanish and Russian
// refer to sub-paragraphs with a closing parenthesis alone ("l'alinéa a) du paragraphe 3", "apartado b)"),
// which is not counted either.

const OPEN = '([«“（【《'
const CLOSE = ')]»”）】》'
const BRACKETS = /[()[\]«»“”（）【】《》"]/gu
const LABEL_BEFORE = /(?:^|[\s(])(?:[a-z]{1,2}|[ivx]{1,5}|[а-я])$/u
const LABEL_LANGS: ReadonlySet<Lang> = new Set(['fr', 'es', 'ru'])

interface Open {
  mark: string
  block: TextBlock
  index: number
}

function scan(blocks: readonly TextBlock[], labels: boolean, out: LintProblem[]) {
  const stack: Open[] = []
  const unclosed = (o: Open) =>
    blockProblem(o.block, 'balance', 'error', o.index, o.index + 1, lintMessage('unclosed', { mark: o.mark }))
  for (const block of blocks) {
    const { text } = block
    BRACKETS.lastIndex = 0
    for (let m = BRACKETS.exec(text); m; m = BRACKETS.exec(text)) {
      const mark = m[0]
      const i = m.index
      if (mark === '"') {
        if (stack.length && stack[stack.length - 1]!.mark === '"') stack.pop()
        else stack.push({ mark, block, index: i })
        continue
      }
      const opening = OPEN.indexOf(mark)
      if (opening >= 0) {
        stack.push({ mark, block, index: i })
        continue
      }
      const wanted = OPEN[CLOSE.indexOf(mark)]!
      let depth = stack.length - 1
      while (depth >= 0 && stack[depth]!.mark !== wanted) depth--
      if (depth < 0) {
        if (labels && mark === ')' && LABEL_BEFORE.test(text.slice(Math.max(0, i - 6), i))) continue
        const message = lintMessage('unopened', { mark, opening: wanted })
        out.push(blockProblem(block, 'balance', 'error', i, i + 1, message))
        continue
      }
      // Whatever was opened inside the pair and not closed is reported; the pair itself is closed.
      for (const inner of stack.splice(depth).slice(1)) out.push(unclosed(inner))
    }
  }
  for (const o of stack) out.push(unclosed(o))
}

/** Unbalanced brackets and quotation marks in a paragraph or the title. */
export const balanceRule: LintRule = (ctx, out) => {
  const labels = LABEL_LANGS.has(ctx.lang)
  for (const paragraph of ctx.paragraphs) scan(paragraph.blocks, labels, out)
  if (ctx.title) scan([ctx.title], labels, out)
}
