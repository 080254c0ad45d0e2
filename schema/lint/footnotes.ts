import { blockProblem, type LintRule, placeProblem } from './context.ts'
import { lintMessage } from './messages.ts'

// Footnote markers without notes: a footnote node with no text, and a superscript number typed or pasted as
// text (not a footnote node) when the document has no footnote of that number, which is how a marker copied
// out of a PDF or a Word file arrives. A superscript number that matches a real footnote is left alone: it
// may cite that note a second time.

const NUMBER = /\d+/gu

/** Footnotes without text and superscript numbers that no footnote answers. */
export const footnoteRule: LintRule = (ctx, out) => {
  const count = ctx.numbering.footnotes.length
  for (const block of ctx.blocks) {
    for (const cited of block.footnotes) {
      if (cited.node.textContent.trim() !== '') continue
      const number = ctx.footnoteNumbers.get(cited.pos)!
      const { from, to } = block.range(cited.index, cited.index + 1)
      const message = lintMessage('footnote-empty', { number, block: block.place })
      const place = { kind: 'footnote', number } as const
      out.push(placeProblem(place, cited.node.attrs.id, 'footnote', 'error', from, to, message))
    }
    for (const [start, end] of block.superscripts) {
      const run = block.text.slice(start, end)
      NUMBER.lastIndex = 0
      for (let m = NUMBER.exec(run); m; m = NUMBER.exec(run)) {
        const n = Number(m[0])
        if (n >= 1 && n <= count) continue
        const message = lintMessage('footnote-superscript', { text: m[0], number: n })
        out.push(
          blockProblem(block, 'footnote', 'error', start + m.index, start + m.index + m[0].length, message),
        )
      }
    }
  }
}
