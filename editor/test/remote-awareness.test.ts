import assert from 'node:assert/strict'
import { test } from 'node:test'
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness'
import * as Y from 'yjs'
import { othersOnly } from '../src/collab/remote-awareness.ts'

test("the cursor plugin's view of the awareness hears other delegations' carets, not this page's own", () => {
  const mine = new Awareness(new Y.Doc())
  const theirs = new Awareness(new Y.Doc())
  const seen = othersOnly(mine)
  const heard: number[][] = []
  const listener = (changes: { added: number[]; updated: number[]; removed: number[] }) =>
    heard.push([...changes.added, ...changes.updated, ...changes.removed])
  seen.on('change', listener)

  seen.setLocalStateField('cursor', { anchor: 1, head: 1 })
  mine.setLocalStateField('cursor', { anchor: 2, head: 2 })
  assert.deepEqual(heard, [], "this page's own caret moves unannounced")
  assert.deepEqual(seen.getLocalState(), mine.getLocalState(), 'the rest is the awareness itself')
  assert.equal(seen.clientID, mine.clientID)

  theirs.setLocalStateField('cursor', { anchor: 5, head: 7 })
  applyAwarenessUpdate(mine, encodeAwarenessUpdate(theirs, [theirs.clientID]), 'remote')
  assert.deepEqual(heard, [[theirs.clientID]], "another delegation's caret is announced")
  assert.equal(seen.getStates().get(theirs.clientID)?.cursor.head, 7)

  seen.off('change', listener)
  theirs.setLocalStateField('cursor', { anchor: 6, head: 6 })
  applyAwarenessUpdate(mine, encodeAwarenessUpdate(theirs, [theirs.clientID]), 'remote')
  assert.equal(heard.length, 1, 'a listener taken off hears nothing more')
  mine.destroy()
  theirs.destroy()
})
