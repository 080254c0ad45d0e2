import assert from 'node:assert/strict'
import { test } from 'node:test'
import { baseKeymap, chainCommands } from 'prosemirror-commands'
import { COMMANDS, numberingOf, removeEmptyOpening, splitClause } from '../src/index.ts'
import { draft, editor, endOf, ids, op, outline, posIn, pre, run, sub } from './draft-fixture.ts'

const base = () =>
  draft([
    pre('*Recalling* its resolution,'),
    pre('*Noting* the report,'),
    op('*Decides* to act;'),
    op('*Requests* more.'),
  ])

test('Enter at the end of an operative paragraph starts the next operative paragraph, renumbering after it', () => {
  const doc = base()
  const state = run(editor(doc, endOf(doc, 'Decides')), splitClause)!
  assert.deepEqual(outline(state.doc), [
    'preambular: Recalling its resolution,',
    'preambular: Noting the report,',
    '1. Decides to act;',
    '2. ',
    '3. Requests more.',
  ])
  assert.equal(state.selection.$from.parent.content.size, 0, 'the cursor is in the new, empty paragraph')
  assert.equal(new Set(ids(state.doc)).size, 5, 'the new paragraph has an id of its own')
})

test('Enter at the end of a paragraph with sub-paragraphs adds the new paragraph after them', () => {
  const doc = draft([op('*Decides*:', sub('first;'), sub('second;')), op('*Requests* more.')])
  const state = run(editor(doc, endOf(doc, 'Decides')), splitClause)!
  assert.deepEqual(outline(state.doc), [
    '1. Decides:',
    '  (a) first;',
    '  (b) second;',
    '2. ',
    '3. Requests more.',
  ])
})

test('Enter in the middle splits the paragraph; the first part keeps its id, the second gets a new one', () => {
  const doc = base()
  const before = ids(doc)
  const state = run(editor(doc, posIn(doc, 'Decides', 'Decides to'.length)), splitClause)!
  assert.deepEqual(outline(state.doc).slice(2), ['1. Decides to', '2.  act;', '3. Requests more.'])
  const after = ids(state.doc)
  assert.equal(after[2], before[2])
  assert.ok(after[3] && !before.includes(after[3]), 'the second part has a fresh id')
})

test('Enter at the start of a paragraph opens an empty one before it; the text keeps its id', () => {
  const doc = base()
  const before = ids(doc)
  const state = run(editor(doc, posIn(doc, 'Requests')), splitClause)!
  assert.deepEqual(outline(state.doc).slice(2), ['1. Decides to act;', '2. ', '3. Requests more.'])
  assert.equal(ids(state.doc)[4], before[3])
  assert.equal(state.selection.$from.parent.textContent, 'Requests more.', 'the cursor stays with the text')
})

test('Enter in an empty preambular paragraph after the last one turns it into the first operative paragraph', () => {
  const doc = base()
  let state = run(editor(doc, endOf(doc, 'Noting')), splitClause)!
  assert.deepEqual(outline(state.doc).slice(0, 3), [
    'preambular: Recalling its resolution,',
    'preambular: Noting the report,',
    'preambular: ',
  ])
  const id = ids(state.doc)[2]
  state = run(state, splitClause)!
  assert.deepEqual(outline(state.doc), [
    'preambular: Recalling its resolution,',
    'preambular: Noting the report,',
    '1. ',
    '2. Decides to act;',
    '3. Requests more.',
  ])
  assert.equal(ids(state.doc)[2], id, 'it is the same paragraph, now operative')
  assert.equal(state.selection.$from.node(2).type.name, 'operative')
})

test('Enter in an empty preambular paragraph between two others adds another preambular paragraph', () => {
  const doc = draft([pre('*Recalling* a,'), pre(''), pre('*Noting* b,'), op('*Decides* c.')])
  // The empty paragraph's text starts 4 steps after the end of the one before: out of para and clause, into both.
  const state = run(editor(doc, endOf(doc, 'Recalling') + 4), splitClause)!
  assert.deepEqual(outline(state.doc), [
    'preambular: Recalling a,',
    'preambular: ',
    'preambular: ',
    'preambular: Noting b,',
    'operative: Decides c.',
  ])
})

test('Enter in an empty sub-paragraph lifts it to a paragraph of its own', () => {
  const doc = draft([op('*Decides*:', sub('first;'), sub('')), op('*Requests* more.')])
  const empty = endOf(doc, 'first;') + 4
  const state = run(editor(doc, empty), splitClause)!
  assert.deepEqual(outline(state.doc), ['1. Decides:', '  (a) first;', '2. ', '3. Requests more.'])
})

test('Tab makes a paragraph a sub-paragraph of the one before; Shift-Tab lifts it back, keeping every id', () => {
  const doc = base()
  const before = ids(doc)
  const sunk = run(editor(doc, posIn(doc, 'Requests', 3)), COMMANDS.sink)!
  assert.deepEqual(outline(sunk.doc).slice(2), ['operative: Decides to act;', '  (a) Requests more.'])
  assert.deepEqual(ids(sunk.doc), before)
  assert.equal(
    sunk.selection.from - sunk.selection.$from.start(),
    3,
    'the cursor stays where it was in the text',
  )
  const lifted = run(sunk, COMMANDS.lift)!
  assert.ok(lifted.doc.eq(doc), 'lifting restores the document')
})

test('a clause with no clause before it cannot sink, and a top-level paragraph cannot be lifted', () => {
  const doc = draft([op('*Decides*:', sub('first;')), op('*Requests* more.')])
  assert.equal(run(editor(doc, posIn(doc, 'first')), COMMANDS.sink), null)
  assert.equal(run(editor(doc, posIn(doc, 'Decides')), COMMANDS.lift), null)
})

test('lifting a sub-paragraph takes the sub-paragraphs after it along as its own, keeping the order', () => {
  const doc = draft([op('*Decides*:', sub('one;'), sub('two:'), sub('three;')), op('*Requests* more.')])
  const state = run(editor(doc, posIn(doc, 'two')), COMMANDS.lift)!
  assert.deepEqual(outline(state.doc), [
    '1. Decides:',
    '  (a) one;',
    '2. two:',
    '  (a) three;',
    '3. Requests more.',
  ])
})

test('moving a paragraph up and down renumbers it and keeps its id; it does not cross into the preamble', () => {
  const doc = base()
  const [, , decides, requests] = ids(doc)
  const up = run(editor(doc, posIn(doc, 'Requests', 2)), COMMANDS.moveUp)!
  assert.deepEqual(outline(up.doc).slice(2), ['1. Requests more.', '2. Decides to act;'])
  assert.deepEqual(ids(up.doc).slice(2), [requests, decides])
  assert.equal(up.selection.$from.parent.textContent, 'Requests more.')
  assert.equal(run(up, COMMANDS.moveUp), null, 'the first operative paragraph cannot go into the preamble')
  const down = run(up, COMMANDS.moveDown)!
  assert.ok(down.doc.eq(doc))
})

test('a sub-paragraph moves among its siblings only', () => {
  const doc = draft([op('*Decides*:', sub('one;'), sub('two.'))])
  const state = run(editor(doc, posIn(doc, 'two')), COMMANDS.moveUp)!
  assert.deepEqual(outline(state.doc), ['operative: Decides:', '  (a) two.', '  (b) one;'])
  assert.equal(run(state, COMMANDS.moveUp), null)
})

test('changing a preambular paragraph into an operative one moves it to the start of the operative part', () => {
  const doc = base()
  const recalling = ids(doc)[0]
  const state = run(editor(doc, posIn(doc, 'Recalling', 2)), COMMANDS.toggleKind)!
  assert.deepEqual(outline(state.doc), [
    'preambular: Noting the report,',
    '1. Recalling its resolution,',
    '2. Decides to act;',
    '3. Requests more.',
  ])
  assert.equal(ids(state.doc)[1], recalling)
  const back = run(state, COMMANDS.toggleKind)!
  assert.deepEqual(outline(back.doc).slice(0, 2), [
    'preambular: Noting the report,',
    'preambular: Recalling its resolution,',
  ])
})

test('inserting paragraphs puts each kind where it belongs, and the cursor in it', () => {
  const doc = base()
  const state = editor(doc, posIn(doc, 'Recalling'))
  const withOperative = run(state, COMMANDS.insertOperative)!
  assert.deepEqual(outline(withOperative.doc).slice(1, 4), [
    'preambular: Noting the report,',
    '1. ',
    '2. Decides to act;',
  ])
  assert.equal(withOperative.selection.$from.node(2).type.name, 'operative')
  const withPreambular = run(editor(doc, posIn(doc, 'Requests')), COMMANDS.insertPreambular)!
  assert.deepEqual(outline(withPreambular.doc).slice(0, 4), [
    'preambular: Recalling its resolution,',
    'preambular: Noting the report,',
    'preambular: ',
    '1. Decides to act;',
  ])
  const withSub = run(editor(doc, posIn(doc, 'Decides')), COMMANDS.insertSubparagraph)!
  assert.deepEqual(outline(withSub.doc).slice(2, 4), ['1. Decides to act;', '  (a) '])
})

test('a footnote inserted at the cursor is numbered in order of appearance and selected for editing', () => {
  const doc = base()
  const first = run(editor(doc, endOf(doc, 'Noting')), COMMANDS.insertFootnote)!
  const node = first.doc.nodeAt(first.selection.from)
  assert.equal(node?.type.name, 'footnote')
  assert.ok(node?.attrs.id, 'the footnote has an id')
  const at = posIn(first.doc, 'Recalling', 'Recalling'.length)
  const second = run(editor(first.doc, at), COMMANDS.insertFootnote)!
  const notes = numberingOf(second).footnotes
  assert.deepEqual(
    notes.map((n) => [n.number, n.id === node!.attrs.id]),
    [
      [1, false],
      [2, true],
    ],
    'a note added earlier in the text takes number 1 and the first one becomes 2',
  )
  assert.equal(run(editor(doc, 3), COMMANDS.insertFootnote) !== null, true, 'a header line can carry a note')
})

test('Backspace stops at the edge between preamble and operative part, and takes back an empty opening paragraph', () => {
  const doc = base()
  const backspace = chainCommands(removeEmptyOpening, baseKeymap.Backspace!)
  // Twice at the start of operative paragraph 1, which has words: nothing is selected or deleted.
  let state = editor(doc, posIn(doc, 'Decides'))
  state = run(state, backspace) ?? state
  state = run(state, backspace) ?? state
  assert.deepEqual(outline(state.doc), outline(doc), 'the preamble is still there')
  // Enter in an empty last preambular paragraph made it operative paragraph 1; Backspace takes it back.
  state = run(editor(doc, endOf(doc, 'Noting')), splitClause)!
  state = run(state, splitClause)!
  assert.deepEqual(outline(state.doc).slice(2, 3), ['1. '])
  state = run(state, backspace)!
  assert.deepEqual(outline(state.doc), outline(doc))
  assert.equal(
    state.selection.$from.parent.textContent,
    'Noting the report,',
    'the cursor is back at its end',
  )
  assert.equal(state.selection.$from.parentOffset, 'Noting the report,'.length)
})
