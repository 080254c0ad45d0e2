import { blockProblem, type LintRule } from './context.ts'
import { type LintMessage, lintMessage } from './messages.ts'
import type { TextBlock } from './text.ts'
import type { LintProblem } from './types.ts'

// Empty clauses and an empty title. A clause whose text is only spaces or footnote markers counts as empty.
// The title is required except in Security Council resolutions, which have none (UN editorial manual,
// "Security Council resolutions do not bear a title").

/** An empty block, underlined from before it to after it so that the editor has something to show. */
function empty(block: TextBlock, message: LintMessage): LintProblem {
  const problem = blockProblem(block, 'empty', 'error', 0, 0, message)
  problem.from = block.pos
  problem.to = block.pos + block.node.nodeSize
  return problem
}

/** Clauses and quoted paragraphs without text, and a missing title. */
export const emptyRule: LintRule = (ctx, out) => {
  for (const paragraph of ctx.paragraphs) {
    for (const block of paragraph.blocks) {
      if (!block.isEmpty) continue
      const code = block.quoted
        ? 'empty-quoted'
        : block.place === paragraph.place
          ? 'empty-paragraph'
          : 'empty-subparagraph'
      out.push(empty(block, lintMessage(code, {})))
    }
  }
  if (ctx.title?.isEmpty && ctx.organ !== 'sc') out.push(empty(ctx.title, lintMessage('empty-title', {})))
}
