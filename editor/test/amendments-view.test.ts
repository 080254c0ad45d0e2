import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { EditorState } from 'prosemirror-state'
import type { Decoration, DecorationSet } from 'prosemirror-view'
import { ySyncPluginKey } from 'y-prosemirror'
import { amendmentsIn } from '../../schema/index.ts'
import {
  amendmentDecorations,
  amendmentsAt,
  amendmentsKey,
  amendmentsPlugin,
  focusAmendment,
  refreshAmendments,
  setViewMode,
  showAmendment,
  viewModeKey,
  viewModeOf,
  viewModePlugin,
} from '../src/amendments/index.ts'
import { exempt } from '../src/suggestion/index.ts'
import { amendedSample, clausePos, textPos } from './amendments-fixture.ts'

type Attrs = Record<string, string>
const attrsOf = (d: Decoration): Attrs => (d as unknown as { type: { attrs: Attrs } }).type.attrs

/** The decorations of a set as [text they cover, class, title]. */
function described(state: EditorState, set: DecorationSet | undefined): [string, string, string][] {
  return (set?.find() ?? [])
    .sort((a, b) => a.from - b.from)
    .map((d) => [state.doc.textBetween(d.from, d.to, ' '), attrsOf(d).class ?? '', attrsOf(d).title ?? ''])
}

function editor(statuses: Record<string, 'outdated' | 'accepted'> = {}) {
  const { doc } = amendedSample()
  const picked: string[] = []
  const state = EditorState.create({
    doc,
    plugins: [
      viewModePlugin(),
      amendmentsPlugin({
        statusOf: () => (id) => statuses[id],
        onPick: (id) => picked.push(id),
      }),
    ],
  })
  return { state, picked }
}

describe('the look of proposals in the text', () => {
  it('marks a proposed paragraph with its kind, the delegation’s colour and its name on hover', () => {
    const { state } = editor()
    const decorations = amendmentsKey.getState(state)!.decorations.find()
    assert.equal(decorations.length, 1, 'the word changes are drawn by their marks')
    const attrs = attrsOf(decorations[0]!)
    assert.equal(attrs.class, 'amend-para amend-para-insert')
    assert.equal(attrs['data-delegation'], 'France')
    assert.equal(attrs['data-amendment'], 'fr2')
    assert.equal(attrs.title, 'France: proposed new paragraph')
    assert.match(attrs.style ?? '', /^--amend-color: #[0-9a-f]{6}$/)
  })

  it('shows outdated amendments, and the one picked in the panel, on their words', () => {
    const { state } = editor({ eg1: 'outdated' })
    assert.deepEqual(described(state, amendmentsKey.getState(state)!.decorations), [
      [' to cooperate', 'amend-outdated', ''],
      ['Welcomes the report;', 'amend-para amend-para-insert', 'France: proposed new paragraph'],
    ])
    const focused = state.apply(focusAmendment(state.tr, 'fr1'))
    assert.equal(amendmentsKey.getState(focused)!.focus, 'fr1')
    assert.deepEqual(
      described(focused, amendmentsKey.getState(focused)!.decorations).filter(([, c]) => c === 'amend-focus'),
      [
        ['promote', 'amend-focus', ''],
        ['advance', 'amend-focus', ''],
      ],
    )
  })

  it('redraws when told the records changed, and drops the focus of an amendment that left the text', () => {
    const statuses: Record<string, 'outdated'> = {}
    const { doc } = amendedSample()
    const touches = amendmentsIn(doc)
    const before = amendmentDecorations(doc, touches, (id) => statuses[id], null)
    assert.equal(before.find().length, 1)
    const state = EditorState.create({
      doc,
      plugins: [amendmentsPlugin({ statusOf: () => (id) => statuses[id] })],
    })
    statuses.fr1 = 'outdated'
    assert.equal(amendmentsKey.getState(state.apply(state.tr)), amendmentsKey.getState(state), 'not redrawn')
    const refreshed = state.apply(refreshAmendments(state.tr))
    assert.equal(amendmentsKey.getState(refreshed)!.decorations.find().length, 3)
    const gone = refreshed.apply(focusAmendment(refreshed.tr, 'nothing'))
    assert.equal(amendmentsKey.getState(gone)!.focus, null)
  })

  it('tells which amendments stand where the delegate clicks', () => {
    const { state } = editor()
    assert.deepEqual(amendmentsAt(state, textPos(state.doc, 'advance') + 1), ['fr1'])
    assert.deepEqual(amendmentsAt(state, textPos(state.doc, 'Welcomes') + 2), ['fr2'])
    assert.deepEqual(amendmentsAt(state, textPos(state.doc, 'Urges') + 1), [])
  })
})

describe('the clean and compilation views', () => {
  it('the clean view is read-only: the delegate’s own changes are dropped, others’ and decisions pass', () => {
    const { state } = editor()
    assert.equal(viewModeOf(state), 'compilation')
    const clean = state.apply(setViewMode(state.tr, 'clean'))
    assert.equal(viewModeOf(clean), 'clean')
    const plugin = clean.plugins.find((p) => p.spec.key === viewModeKey)!
    assert.equal(plugin.props.editable?.call(plugin, clean), false)
    assert.deepEqual(
      plugin.props.attributes instanceof Function && plugin.props.attributes.call(plugin, clean),
      {
        class: 'view-clean',
      },
    )
    const at = textPos(clean.doc, 'Urges')
    assert.equal(clean.apply(clean.tr.insertText('x', at)), clean, 'typing is dropped')
    const remote = clean.tr.insertText('x', at).setMeta(ySyncPluginKey, { isChangeOrigin: true })
    assert.notEqual(clean.apply(remote).doc, clean.doc, 'changes of others arrive')
    assert.notEqual(clean.apply(exempt(clean.tr.insertText('x', at), 'accept')).doc, clean.doc)
    const back = clean.apply(setViewMode(clean.tr, 'compilation'))
    assert.notEqual(back.apply(back.tr.insertText('x', at)).doc, back.doc, 'the compilation view is editable')
  })

  it('a click in the panel selects an amendment’s words, highlights them, and leaves the clean view', () => {
    const { state } = editor()
    const clean = state.apply(setViewMode(state.tr, 'clean'))
    const shown = clean.apply(showAmendment(clean, 'fr1')!)
    assert.equal(shown.doc.textBetween(shown.selection.from, shown.selection.to), 'promoteadvance')
    assert.equal(amendmentsKey.getState(shown)!.focus, 'fr1')
    assert.equal(viewModeOf(shown), 'compilation')
    const paragraph = state.apply(showAmendment(state, 'fr2')!)
    const pos = clausePos(state.doc, amendedSample().records.get('fr2')!.clause)
    assert.ok(
      paragraph.selection.from > pos && paragraph.selection.to < pos + state.doc.nodeAt(pos)!.nodeSize,
    )
    assert.equal(
      paragraph.doc.textBetween(paragraph.selection.from, paragraph.selection.to),
      'Welcomes the report;',
    )
    assert.equal(showAmendment(state, 'gone'), null)
  })
})
