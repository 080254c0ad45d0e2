import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { EditorState, TextSelection, type Transaction } from 'prosemirror-state'
import type { EditorView } from 'prosemirror-view'
import { ySyncPluginKey } from 'y-prosemirror'
import { type AmendmentRecord, forEachBlock, schema } from '../../schema/index.ts'
import { LOCAL_META } from '../src/index.ts'
import {
  mapStore,
  proposeDeletion,
  type SuggestionOptions,
  suggestionPlugin,
  withSuggestions,
} from '../src/suggestion/index.ts'
import { agreedText, runs, sample, textPos } from './suggestion-fixture.ts'

/** An editor without a DOM: what `withSuggestions` uses of a view is its state and `updateState`. */
function editor(enabled = true) {
  const records = new Map<string, AmendmentRecord>()
  let on = enabled
  let ids = 0
  const transactions: string[] = []
  const options: SuggestionOptions = {
    delegation: 'Egypt',
    enabled: () => on,
    store: mapStore(records),
    newAmendmentId: () => `eg${++ids}`,
    now: () => 1_700_000_000_000,
    transact: (write) => {
      transactions.push('begin')
      write()
      transactions.push('end')
    },
  }
  const view = {
    state: EditorState.create({ doc: sample(), plugins: [suggestionPlugin(options)] }),
    updateState(state: EditorState) {
      this.state = state
    },
  }
  const dispatch = withSuggestions().bind(view as unknown as EditorView)
  return {
    view,
    records,
    transactions,
    dispatch,
    switchTo: (value: boolean) => {
      on = value
    },
  }
}

describe('the suggestion plugin', () => {
  it('rewrites the delegation’s typing and writes its record in the same transact call', () => {
    const { view, records, transactions, dispatch } = editor()
    const at = textPos(view.state.doc, 'promote')
    dispatch(view.state.tr.insertText('fully ', at))
    assert.deepEqual(runs(view.state.doc, 'o1').slice(0, 2), ['Urges all States to ', 'fully [+eg1]'])
    assert.deepEqual([...records.keys()], ['eg1'])
    assert.deepEqual(transactions, ['begin', 'end'])
  })

  it('lets the facilitator edit directly when suggestion mode is off for her', () => {
    const { view, records, dispatch, switchTo } = editor(false)
    const at = textPos(view.state.doc, 'promote')
    dispatch(view.state.tr.insertText('fully ', at))
    assert.deepEqual(runs(view.state.doc, 'o1')[0], 'Urges all States to fully promote the rights of women;')
    assert.equal(records.size, 0)
    switchTo(true)
    dispatch(view.state.tr.insertText('very ', at))
    assert.deepEqual(runs(view.state.doc, 'o1').slice(0, 2), ['Urges all States to ', 'very [+eg1]'])
  })

  it('passes changes from Yjs through as they are', () => {
    const { view, dispatch } = editor()
    const at = textPos(view.state.doc, 'promote')
    const remote = view.state.tr.insertText('fully ', at).setMeta(ySyncPluginKey, { isChangeOrigin: true })
    dispatch(remote)
    assert.deepEqual(runs(view.state.doc, 'o1')[0], 'Urges all States to fully promote the rights of women;')
  })

  it('drops a change that did not pass the transform and would change the agreed text', () => {
    const { view } = editor()
    const before = view.state
    const at = textPos(before.doc, 'promote')
    assert.equal(before.apply(before.tr.insertText('fully ', at)), before)
    assert.equal(before.apply(before.tr.addMark(at, at + 7, schema.marks.em.create())), before)
    // A change that keeps the agreed text passes, such as moving the cursor.
    const moved = before.apply(before.tr.setSelection(TextSelection.create(before.doc, at)))
    assert.equal(moved.selection.from, at)
  })

  it('lets page bookkeeping through: the draft’s language set as a document attribute follows the room', () => {
    const { view, records, dispatch } = editor()
    const tr = view.state.tr.setDocAttribute('lang', 'fr').setDocAttribute('organ', 'hrc')
    dispatch(tr.setMeta(LOCAL_META, true).setMeta('addToHistory', false))
    assert.equal(view.state.doc.attrs.lang, 'fr')
    assert.equal(view.state.doc.attrs.organ, 'hrc')
    assert.equal(records.size, 0, 'no proposal is recorded for it')
  })

  it('drops a change the transform refuses, such as typing in the title', () => {
    const { view, dispatch } = editor()
    const before = view.state
    let title = -1
    forEachBlock(before.doc, (node, offset) => {
      if (node.type.name === 'title') title = offset + 1
    })
    dispatch(before.tr.insertText('Draft', title))
    assert.equal(view.state, before)
  })

  it('proposes deleting the paragraph the cursor is in by command', () => {
    const { view, records, dispatch } = editor()
    const at = textPos(view.state.doc, 'cooperate')
    dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, at)))
    assert.equal(
      proposeDeletion(view.state, (tr: Transaction) => dispatch(tr)),
      true,
    )
    assert.deepEqual(
      [...records.values()].map((r) => [r.kind, r.clause]),
      [['delete-paragraph', 'o2']],
    )
    assert.equal(agreedText(view.state.doc), agreedText(sample()))
  })
})
