import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { chainCommands, deleteSelection, joinBackward, joinForward } from 'prosemirror-commands'
import { Fragment, type Node, Slice } from 'prosemirror-model'
import { type Command, type EditorState, TextSelection, type Transaction } from 'prosemirror-state'
import {
  type AmendmentRecord,
  amendmentsIn,
  cleanDoc,
  parseAmendmentRecord,
  proposalOf,
  rejectAmendment,
  schema,
} from '../../schema/index.ts'
import {
  applyRecordChanges,
  mapStore,
  proposeDeleteClause,
  proposeMove,
  type SuggestionContext,
  suggestionMetaOf,
  suggestTransaction,
} from '../src/suggestion/index.ts'
import { delegation, sample, stateOf } from './suggestion-fixture.ts'

const KINDS = ['type', 'backspace', 'delete', 'replace', 'erase', 'enter', 'paste', 'move', 'drop'] as const

interface Edit {
  kind: (typeof KINDS)[number]
  who: number
  a: number
  b: number
  text: string
}

/** Every position where a cursor can stand in text: inside each textblock, footnotes excluded. */
function textPositions(doc: Node): number[] {
  const out: number[] = []
  doc.descendants((node, pos) => {
    if (node.type.name === 'footnote') return false
    if (!node.isTextblock) return true
    for (let p = pos + 1; p <= pos + 1 + node.content.size; p++) out.push(p)
    return false
  })
  return out
}

/** Clause positions, for moves and deletions of whole paragraphs. */
function clausePositions(doc: Node): number[] {
  const out: number[] = []
  doc.descendants((node, pos) => {
    if (['preambular', 'operative', 'subparagraph'].includes(node.type.name)) out.push(pos)
    return !node.isTextblock
  })
  return out
}

const run = (command: Command, state: EditorState): Transaction | null => {
  let made: Transaction | null = null
  command(state, (tr) => {
    made = tr
  })
  return made
}

const backspace = chainCommands(deleteSelection, joinBackward)
const del = chainCommands(deleteSelection, joinForward)

/** Enter as the editor makes it: a new clause after the one the cursor is in at its end, else a split. */
function enter(state: EditorState): Transaction | null {
  const { $from } = state.selection
  const clauseDepth = $from.depth - 1
  if (clauseDepth < 1 || $from.index(clauseDepth) !== 0) return null
  const clause = $from.node(clauseDepth)
  if (!['preambular', 'operative', 'subparagraph'].includes(clause.type.name)) return null
  if ($from.parentOffset === $from.parent.content.size) {
    const at = $from.after(clauseDepth)
    const tr = state.tr.insert(at, clause.type.create({ id: null }, schema.nodes.para.create()))
    return tr.setSelection(TextSelection.create(tr.doc, at + 2))
  }
  return state.tr.split($from.pos, 2, [{ type: clause.type, attrs: { id: null } }])
}

/** What the editor's move commands make: the clause deleted and inserted past its neighbour. */
function moveDown(state: EditorState, pos: number): Transaction | null {
  const node = state.doc.nodeAt(pos)!
  const $pos = state.doc.resolve(pos)
  if ($pos.index() + 1 >= $pos.parent.childCount) return null
  const next = $pos.parent.child($pos.index() + 1)
  if (next.type !== node.type) return null
  return state.tr.delete(pos, pos + node.nodeSize).insert(pos + next.nodeSize, node)
}

/**
 * Whether a delegation may type at a position: inside a clause, and not inside another delegation's proposed
 * paragraph or a moved copy.
 */
function mayType(state: EditorState, pos: number, who: string): boolean {
  const $pos = state.doc.resolve(pos)
  let inClause = false
  for (let d = 1; d <= $pos.depth; d++) {
    const node = $pos.node(d)
    if (!['preambular', 'operative', 'subparagraph'].includes(node.type.name)) continue
    inClause = true
    const proposal = proposalOf(node)
    if (proposal?.from !== undefined) return false
    if (proposal?.kind === 'insert') return proposal.delegation === who
  }
  return inClause && $pos.parent.type.name === 'para'
}

/** The user transaction for an edit, on the current state; null where the editor would do nothing. */
function userEdit(state: EditorState, edit: Edit, ctx: SuggestionContext): Transaction | null {
  const positions = textPositions(state.doc)
  const p = positions[edit.a % positions.length]!
  const q = positions[edit.b % positions.length]!
  const [from, to] = p <= q ? [p, q] : [q, p]
  const at = (a: number, b = a) => state.apply(state.tr.setSelection(TextSelection.create(state.doc, a, b)))
  const clauses = clausePositions(state.doc)
  const clause = clauses[edit.a % clauses.length]!
  switch (edit.kind) {
    case 'type':
      return at(p).tr.insertText(edit.text || 'x')
    // Inside a paragraph the browser deletes a character itself and the view reads the change back.
    case 'backspace':
      return state.doc.resolve(p).parentOffset > 0 ? state.tr.delete(p - 1, p) : run(backspace, at(p))
    case 'delete': {
      const $p = state.doc.resolve(p)
      return $p.parentOffset < $p.parent.content.size ? at(p).tr.delete(p, p + 1) : run(del, at(p))
    }
    case 'replace':
      return at(from, to).tr.insertText(edit.text || 'y')
    case 'erase':
      return from === to ? null : run(backspace, at(from, to))
    case 'enter':
      return enter(at(p))
    case 'paste': {
      const foreign = schema.marks.insertion.create({ amendment: 'zz1', delegation: 'Zambia' })
      const slice =
        edit.text.length % 2
          ? new Slice(Fragment.from(schema.text(edit.text || 'pasted', [foreign])), 0, 0)
          : new Slice(
              Fragment.from([
                schema.nodes.operative.create(null, schema.nodes.para.create(null, schema.text('one'))),
                schema.nodes.operative.create(null, schema.nodes.para.create(null, schema.text('two'))),
              ]),
              2,
              2,
            )
      return at(from, to).tr.replaceSelection(slice)
    }
    case 'move':
      return edit.b % 2 ? moveDown(state, clause) : proposeMove(state, clause, edit.b % 8, ctx)
    case 'drop':
      return proposeDeleteClause(state, clause, ctx)
  }
}

const edits = fc.array(
  fc.record({
    kind: fc.constantFrom(...KINDS),
    who: fc.nat(1),
    a: fc.nat(10_000),
    b: fc.nat(10_000),
    text: fc.constantFrom('', 'x', 'and ', ' new words', 'protect,'),
  }),
  { minLength: 1, maxLength: 20 },
)

describe('suggestion mode under random edits', () => {
  it('never changes the agreed text, keeps the document valid and its records in line with it', () => {
    fc.assert(
      fc.property(edits, (list) => {
        const original = sample()
        const agreed = cleanDoc(original, () => undefined)
        const records = new Map<string, AmendmentRecord>()
        const store = mapStore(records)
        const statusOf = (id: string) => records.get(id)?.status
        const people = [delegation('Egypt', statusOf), delegation('Chile', statusOf)]
        let state = stateOf(original)
        for (const edit of list) {
          const ctx = people[edit.who]!
          const made = userEdit(state, edit, ctx)
          if (!made?.docChanged) continue
          // Moves and paragraph deletions come ready-made; everything else is the user's own transaction.
          const out = suggestionMetaOf(made) ? made : suggestTransaction(state, made, ctx)
          const typedAt = textPositions(state.doc)[edit.a % textPositions(state.doc).length]!
          if (edit.kind === 'type' && mayType(state, typedAt, ctx.delegation)) {
            assert.ok(out, 'typing in a paragraph the delegation may amend was refused')
          }
          if (!out) continue
          state = state.apply(out)
          state.doc.check()
          assert.ok(cleanDoc(state.doc, statusOf).eq(agreed), `the agreed text changed after ${edit.kind}`)
          const meta = suggestionMetaOf(out)
          assert.equal(meta?.type, 'suggestion')
          if (meta?.type === 'suggestion') applyRecordChanges(store, meta, ctx.delegation)
        }
        const touches = amendmentsIn(state.doc)
        assert.deepEqual(
          [...records.keys()].sort(),
          [...touches.keys()].sort(),
          'every amendment in the text has a record, and every record an amendment in the text',
        )
        for (const [id, record] of records) {
          parseAmendmentRecord(record, `amendments.${id}`)
          assert.equal(record.delegation, touches.get(id)!.delegation)
        }
        // Rejecting everything gives back the draft as it was.
        let doc = state.doc
        for (const id of touches.keys()) doc = rejectAmendment(doc, id).doc
        assert.ok(doc.eq(original), 'rejecting every amendment restores the draft')
      }),
      { numRuns: 150 },
    )
  })
})
