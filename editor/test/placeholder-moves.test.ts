import assert from 'node:assert/strict'
import { test } from 'node:test'
import fc from 'fast-check'
import { EditorState } from 'prosemirror-state'
import type { DecorationSet } from 'prosemirror-view'
import { schema } from '../../schema/index.ts'
import { placeholderDecorations, placeholderKey, placeholderPlugin } from '../src/index.ts'
import { draft, op, pre, sub, textblocks } from './draft-fixture.ts'

/** Every hint of a set: where it is and what it says. */
const hints = (set: DecorationSet) =>
  set
    .find()
    .map((d) => ({ from: d.from, to: d.to, attrs: (d as unknown as { type: { attrs: object } }).type.attrs }))

test('after any edit of the text or its marks, the hints are those of the empty lines, and of those alone', () => {
  const doc = draft([pre('Recalling'), op(''), op('Urges all States:', sub(''), sub('in law;'))])
  const editArb = fc.record({
    block: fc.nat(),
    at: fc.nat(),
    clear: fc.boolean(),
    mark: fc.boolean(),
    text: fc.string({ maxLength: 3 }),
  })
  fc.assert(
    fc.property(
      fc.array(fc.array(editArb, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 8 }),
      (batches) => {
        let state = EditorState.create({ doc, plugins: [placeholderPlugin()] })
        for (const batch of batches) {
          const tr = state.tr
          for (const edit of batch) {
            const blocks = textblocks(tr.doc)
            const [start, end] = blocks[edit.block % blocks.length]!
            // Italics over a line and into the next ones, clearing a line's text, or typing into it (an empty
            // string types nothing).
            if (edit.mark)
              tr.addMark(start, Math.min(tr.doc.content.size, end + 30), schema.marks.em!.create())
            else if (edit.clear && end > start) tr.delete(start, end)
            else if (edit.text) tr.insertText(edit.text, start + (edit.at % (end - start + 1)))
          }
          state = state.apply(tr)
          assert.deepEqual(hints(placeholderKey.getState(state)!), hints(placeholderDecorations(state.doc)))
        }
      },
    ),
    { numRuns: 300 },
  )
})
