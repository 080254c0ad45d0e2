import assert from 'node:assert/strict'
import { test } from 'node:test'
import { EditorState, TextSelection } from 'prosemirror-state'
import { COMMANDS } from '../src/index.ts'
import { mapStore, suggestionPlugin } from '../src/suggestion/index.ts'
import { refusedAsProposal } from '../src/view/refused.ts'
import { sample, textPos } from './suggestion-fixture.ts'

/** An editor state of the sample draft for Egypt, the cursor on a word of an agreed paragraph. */
function at(word: string, suggesting: boolean): EditorState {
  const options = { delegation: 'Egypt', enabled: () => suggesting, store: mapStore(new Map()) }
  const state = EditorState.create({ doc: sample(), plugins: [suggestionPlugin(options)] })
  return state.apply(state.tr.setSelection(TextSelection.create(state.doc, textPos(state.doc, word))))
}

test('the toolbar knows which commands suggestion mode would refuse on an agreed paragraph', () => {
  const suggesting = at('promote', true)
  assert.equal(COMMANDS.toggleKind(suggesting), true, 'the command itself applies')
  assert.equal(refusedAsProposal(suggesting, COMMANDS.toggleKind), true, 'an agreed kind cannot be proposed')
  assert.equal(refusedAsProposal(suggesting, COMMANDS.sink), false, 'indenting becomes a proposal')
  assert.equal(
    refusedAsProposal(suggesting, COMMANDS.lift),
    false,
    'a command that does not apply is not refused',
  )
  assert.equal(refusedAsProposal(at('promote', false), COMMANDS.toggleKind), false, 'without suggestion mode')
})
