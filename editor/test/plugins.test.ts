import assert from 'node:assert/strict'
import { test } from 'node:test'
import { EditorState, TextSelection } from 'prosemirror-state'
import type { DecorationSet } from 'prosemirror-view'
import { ySyncPluginKey } from 'y-prosemirror'
import { schema } from '../../schema/index.ts'
import {
  idsPlugin,
  lintKey,
  numberingKey,
  openingKey,
  pickOpening,
  readOnlyKey,
  readOnlyPlugin,
  relint,
  splitClause,
} from '../src/index.ts'
import { draft, editor, endOf, ids, op, outline, posIn, pre, run, sub, type } from './draft-fixture.ts'

/** Every decoration of a set, with its range and attributes, in document order (outer before inner). */
function decorations(
  set: DecorationSet | undefined,
): { from: number; to: number; attrs: Record<string, string> }[] {
  const found = (set?.find() ?? []).sort((a, b) => a.from - b.from || b.to - a.to)
  return found.map((d) => ({
    from: d.from,
    to: d.to,
    attrs: (d as unknown as { type: { attrs: Record<string, string> } }).type.attrs ?? {},
  }))
}

test('numbers and labels are shown on the first line of each clause and follow every change at once', () => {
  const doc = draft([pre('*Recalling* a,'), op('*Decides*:', sub('one;'), sub('two;')), op('*Requests* b.')])
  const state = editor(doc)
  // Each label hangs from its clause, before the first line of its lead paragraph; a preambular one has none.
  const labels = decorations(numberingKey.getState(state)?.decorations)
    .filter((d) => 'data-label' in d.attrs)
    .map((d) => [state.doc.nodeAt(d.from)!.firstChild!.textContent, d.attrs['data-label']])
  assert.deepEqual(labels, [
    ['Decides:', '1.'],
    ['one;', '(a)'],
    ['two;', '(b)'],
    ['Requests b.', '2.'],
  ])
  // Enter after "Decides:" adds operative paragraph 2; "Requests" becomes 3 in the same transaction.
  const next = run(editor(doc, endOf(doc, 'two;')), splitClause)!
  const after = decorations(numberingKey.getState(next)?.decorations)
    .filter((d) => d.attrs['data-label'])
    .map((d) => d.attrs['data-label'])
  assert.deepEqual(after, ['1.', '(a)', '(b)', '(c)', '2.'])
})

/** The decoration objects' attribute holders, which a rebuilt decoration does not share with the old one. */
const kinds = (set: DecorationSet | undefined) =>
  (set?.find() ?? []).map((d) => (d as unknown as { type: object }).type)

test('typing inside a paragraph replaces no number decoration; a new paragraph renumbers those after it', () => {
  const doc = draft([pre('*Recalling* a,'), op('*Decides* a;'), op('*Requests* b;'), op('*Urges* c.')])
  const state = editor(doc, posIn(doc, 'Requests', 3))
  const before = numberingKey.getState(state)!.decorations
  const typed = type(state, 'xyz')
  assert.deepEqual(
    kinds(numberingKey.getState(typed)!.decorations),
    kinds(before),
    'every decoration is kept',
  )
  const split = run(editor(doc, endOf(doc, 'Decides a;')), splitClause)!
  const labels = decorations(numberingKey.getState(split)!.decorations)
    .filter((d) => 'data-label' in d.attrs)
    .map((d) => d.attrs['data-label'])
  assert.deepEqual(labels, ['1.', '2.', '3.', '4.'], 'a new paragraph renumbers those after it')
})

test('the numbering is reused, not recomputed, when a transaction leaves the document as it was', () => {
  const doc = draft([op('*Decides* a;'), op('*Requests* b.')])
  const state = editor(doc)
  const moved = state.apply(state.tr.setSelection(TextSelection.create(state.doc, posIn(doc, 'Requests'))))
  assert.equal(numberingKey.getState(moved), numberingKey.getState(state))
})

test('the document language sets the labels: French sub-paragraphs read a), Arabic operative numbers read 1 -', () => {
  const fr = editor(draft([op('*Décide* :', sub('un ;')), op('*Prie* b.')], 'fr'))
  const frLabels = decorations(numberingKey.getState(fr)?.decorations).map((d) => d.attrs['data-label'])
  assert.deepEqual(frLabels.filter(Boolean), ['1.', 'a)', '2.'])
  const ar = editor(draft([op('يقرر أ؛'), op('يطلب ب.')], 'ar'))
  const arLabels = decorations(numberingKey.getState(ar)?.decorations).map((d) => d.attrs['data-label'])
  assert.deepEqual(arLabels.filter(Boolean), ['1 -', '2 -'])
})

test('footnotes are numbered in order of appearance through a data-number decoration', () => {
  const note = (text: string) => schema.nodes.footnote.create({ id: null }, schema.text(text))
  const p = (text: string, n: string) =>
    schema.nodes.preambular.create(null, schema.nodes.para.create(null, [schema.text(text), note(n)]))
  const state = editor(draft([p('Recalling a', 'A/1'), p('Noting b', 'A/2')]))
  const numbers = decorations(numberingKey.getState(state)?.decorations)
    .filter((d) => 'data-number' in d.attrs)
    .map((d) => [state.doc.nodeAt(d.from)?.textContent, d.attrs['data-number']])
  assert.deepEqual(numbers, [
    ['A/1', '1'],
    ['A/2', '2'],
  ])
})

test('a local split that copies an id gets a fresh id for the copy; the original keeps its own', () => {
  const doc = draft([op('*Decides* to act;'), op('*Requests* b.')])
  const state = editor(doc)
  const before = ids(doc)
  // A plain split (as ProseMirror's own commands do) copies the clause's attributes, id included.
  const split = state.apply(state.tr.split(posIn(doc, 'Decides', 7), 2))
  const after = ids(split.doc)
  assert.equal(after.length, 3)
  assert.equal(after[0], before[0])
  assert.notEqual(after[1], before[0])
  assert.equal(new Set(after).size, 3)
})

test('ids are not fixed in changes that arrive from other peers through Yjs, so peers never fix each other', () => {
  const doc = draft([op('*Decides* to act;'), op('*Requests* b.')])
  const state = EditorState.create({ doc, plugins: [idsPlugin()] })
  const remote = state.tr.split(posIn(doc, 'Decides', 7), 2).setMeta(ySyncPluginKey, { isChangeOrigin: true })
  const after = ids(state.apply(remote).doc)
  assert.equal(after[0], after[1], 'the duplicate stays until the peer that made it fixes it')
})

test('typing at the start of a paragraph offers the opening phrases of its kind and language', () => {
  const doc = draft([pre(''), op('*Decides* a.')])
  const state = type(editor(doc, posIn(doc, '')), 'Reca')
  const offered = openingKey.getState(state)!.items
  assert.equal(offered[0], 'Recalling')
  assert.ok(offered.includes('Recalling also'))
  assert.ok(offered.every((p) => p.startsWith('Reca')))
  const operative = type(editor(doc, endOf(doc, 'Decides')), ' Req')
  assert.equal(openingKey.getState(operative)!.items.length, 0, 'only at the start of a paragraph')
  const header = type(editor(doc, 3), 'Reca')
  assert.equal(openingKey.getState(header)!.items.length, 0, 'only in preambular and operative paragraphs')
})

test('French suggestions agree with the organ: Consciente for the Assembly, Conscient for the Council', () => {
  const ga = draft([pre(''), op('*Décide* a.')], 'fr', 'ga')
  const sc = draft([pre(''), op('*Décide* a.')], 'fr', 'sc')
  assert.ok(openingKey.getState(type(editor(ga, posIn(ga, '')), 'Consc'))!.items.includes('Consciente'))
  const council = openingKey.getState(type(editor(sc, posIn(sc, '')), 'Consc'))!.items
  assert.ok(council.includes('Conscient') && !council.includes('Consciente'))
})

test('picking a phrase replaces what was typed, marks it as the opening phrase and closes the list', () => {
  const doc = draft([pre(''), op('*Decides* a.')])
  const typed = type(editor(doc, posIn(doc, '')), 'rec')
  const picked = typed.apply(pickOpening(typed, 'Recalling also')!)
  const para = picked.selection.$from.parent
  assert.equal(para.textContent, 'Recalling also ')
  assert.equal(para.firstChild!.text, 'Recalling also')
  assert.ok(schema.marks.opening.isInSet(para.firstChild!.marks))
  assert.ok(!schema.marks.opening.isInSet(para.lastChild!.marks), 'the space after it is plain')
  assert.equal(openingKey.getState(picked)!.items.length, 0)
  const more = type(picked, 'its resolution')
  assert.equal(more.selection.$from.parent.child(1).text, ' its resolution', 'what follows is not italic')
})

test('a phrase typed in full is marked; text typed after it is not, unless it spells a longer phrase', () => {
  const doc = draft([pre(''), op('')])
  const state = type(editor(doc, posIn(doc, '')), 'Recalling also its resolution,')
  const para = state.selection.$from.parent
  assert.equal(para.child(0).text, 'Recalling also')
  assert.ok(schema.marks.opening.isInSet(para.child(0).marks))
  assert.equal(para.child(1).text, ' its resolution,')
  assert.ok(!schema.marks.opening.isInSet(para.child(1).marks))
  const opState = type(editor(state.doc, endOf(state.doc, 'Recalling') + 4), 'Decidesly')
  assert.equal(opState.selection.$from.parent.childCount, 1)
  assert.ok(
    !schema.marks.opening.isInSet(opState.selection.$from.parent.firstChild!.marks),
    'a longer word that begins with a phrase is not that phrase',
  )
})

test('changes from other peers are not marked by this peer', () => {
  const doc = draft([pre(''), op('*Decides* a.')])
  const state = editor(doc, posIn(doc, ''))
  const remote = state.tr.insertText('Recalling ').setMeta(ySyncPluginKey, { isChangeOrigin: true })
  const after = state.apply(remote)
  assert.ok(!schema.marks.opening.isInSet(after.selection.$from.parent.firstChild!.marks))
})

test('lint problems are underlined where the schema lint finds them', () => {
  const doc = draft([pre('*Recalling* a,'), op('the thing;'), op('*Requests* b.')])
  const state = editor(doc)
  const { problems, decorations: set } = lintKey.getState(state)!
  const verb = problems.find((p) => p.rule === 'operative-verb')
  assert.ok(verb, 'an operative paragraph without a verb is a problem')
  const underline = decorations(set).find((d) => d.from === verb.from && d.to === verb.to)
  assert.ok(underline, 'it is underlined')
  assert.match(underline.attrs.class ?? '', /lint-error/)
  assert.match(underline.attrs.title ?? '', /operative paragraph 1/)
  const fixed = type(editor(state.doc, posIn(state.doc, 'the thing')), 'Decides ')
  assert.ok(
    !lintKey.getState(fixed)!.problems.some((p) => p.rule === 'operative-verb'),
    'and cleared as one types',
  )
})

test('a change re-lints nothing at once: other problems follow the text, those of the clause typed in wait', () => {
  const doc = draft([pre('*Recalling* a,'), op('the thing;'), op('*Requests* b;'), op('*Urges* c')])
  const at = posIn(doc, 'Recalling', 2)
  const state = editor(doc, at)
  const first = lintKey.getState(state)!
  const verb = first.problems.find((p) => p.rule === 'operative-verb')!
  const ending = first.problems.find((p) => p.rule === 'ending' && p.clause === 'operative paragraph 3')
  assert.ok(verb && ending, 'a missing verb and a missing full stop at the end')
  // Typing in the preambular paragraph: the problems after it move two places on.
  const typed = type(state, 'xy')
  const moved = lintKey.getState(typed)!
  assert.equal(moved.stale, true)
  assert.deepEqual(
    moved.problems.map((p) => [p.rule, p.from, p.to]),
    first.problems.map((p) => [p.rule, p.from > at ? p.from + 2 : p.from, p.to > at ? p.to + 2 : p.to]),
  )
  assert.deepEqual(kinds(moved.decorations), kinds(first.decorations), 'no underline is rebuilt')
  // Typing the full stop at the end of the last paragraph: its problem goes until the next full lint.
  const stopped = type(editor(typed.doc, endOf(typed.doc, 'Urges c')), '.')
  assert.ok(!lintKey.getState(stopped)!.problems.some((p) => p.rule === 'ending'))
  const full = stopped.apply(relint(stopped))
  assert.equal(full.doc, stopped.doc, 'the full lint changes no text')
  const state2 = lintKey.getState(full)!
  assert.equal(state2.stale, false)
  assert.ok(state2.problems.some((p) => p.rule === 'operative-verb'))
  assert.ok(!state2.problems.some((p) => p.rule === 'ending'), 'the full stop is there')
  // A problem a change elsewhere caused appears with the full lint: a verb repeated from the paragraph before.
  const repeated = type(editor(full.doc, posIn(full.doc, 'Urges')), 'Requests ')
  const relinted = lintKey.getState(repeated.apply(relint(repeated)))!
  assert.ok(
    relinted.problems.some((p) => p.rule === 'repeated-verb'),
    relinted.problems.map((p) => p.rule).join(),
  )
})

test('a read-only editor refuses local changes but takes those of others', () => {
  const doc = draft([op('*Decides* a.')])
  const state = EditorState.create({ doc, plugins: [readOnlyPlugin({ readOnly: true, reason: 'observer' })] })
  assert.equal(state.apply(state.tr.insertText('X', posIn(doc, 'Decides'))).doc, state.doc)
  const remote = state.tr
    .insertText('X', posIn(doc, 'Decides'))
    .setMeta(ySyncPluginKey, { isChangeOrigin: true })
  assert.notEqual(state.apply(remote).doc, state.doc)
  const plugin = state.plugins[0]!
  const view = { state } as never
  assert.equal(plugin.props.editable?.call(plugin, state), false)
  assert.equal(plugin.props.handlePaste?.call(plugin, view, {} as ClipboardEvent, {} as never), true)
  assert.equal(plugin.props.handleDrop?.call(plugin, view, {} as DragEvent, {} as never, false), true)
  const unlocked = state.apply(state.tr.setMeta(readOnlyKey, { readOnly: false, reason: null }))
  assert.notEqual(unlocked.apply(unlocked.tr.insertText('X', posIn(doc, 'Decides'))).doc, state.doc)
})

test('the outline helper reads what the delegate sees', () => {
  assert.deepEqual(outline(draft([op('*Decides* a;'), op('*Requests* b.')])), [
    '1. Decides a;',
    '2. Requests b.',
  ])
})
