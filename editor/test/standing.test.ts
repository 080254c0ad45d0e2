import assert from 'node:assert/strict'
import { test } from 'node:test'
import { EditorState } from 'prosemirror-state'
import * as Y from 'yjs'
import { paragraphStatuses, SHARED } from '../../schema/index.ts'
import { standingDraft, standingStatuses } from '../../schema/test/standing-drafts.ts'
import type { DraftComment } from '../src/standing/comments-client.ts'
import { threadsOf } from '../src/standing/comments-panel.ts'
import { showOnlyOpen, standingKey, standingPlugin } from '../src/standing/decorations.ts'
import { writeStatus } from '../src/standing/statuses.ts'

test('a status is written by the facilitator with her name and time, and open without a note takes it away', () => {
  const ydoc = new Y.Doc()
  writeStatus(ydoc, 'o1', { status: 'agreed-ad-ref', note: ' pending consultation in capitals ' }, 'Chair', 7)
  const map = ydoc.getMap(SHARED.statuses)
  assert.deepEqual(map.get('o1'), {
    status: 'agreed-ad-ref',
    by: 'Chair',
    at: 7,
    note: 'pending consultation in capitals',
  })
  assert.equal(paragraphStatuses(map.entries())('o1')?.status, 'agreed-ad-ref')
  writeStatus(ydoc, 'o1', { status: 'open', note: '' }, 'Chair', 8)
  assert.equal(map.has('o1'), false)
  writeStatus(ydoc, 'o1', { status: 'open', note: 'to be discussed on Friday' }, 'Chair', 9)
  assert.equal(
    (map.get('o1') as { note: string }).note,
    'to be discussed on Friday',
    'an open paragraph may carry a note',
  )
})

test('the standing plugin marks each paragraph with its status, filters, and follows typing without a new walk', () => {
  const plugin = standingPlugin(() => standingStatuses)
  let state = EditorState.create({ doc: standingDraft(), plugins: [plugin] })
  const statuses = () =>
    (
      standingKey.getState(state)!.decorations.find() as unknown as {
        type: { attrs?: Record<string, string> }
      }[]
    )
      .map((d) => d.type.attrs?.['data-status'])
      .filter(Boolean)
  assert.deepEqual(
    statuses(),
    ['agreed', 'agreed-ad-ref', 'open', 'agreed', 'open'],
    'a proposed one is open',
  )
  state = state.apply(showOnlyOpen(state.tr, true))
  assert.equal(standingKey.getState(state)!.onlyOpen, true)
  const before = standingKey.getState(state)!.decorations.find().length
  state = state.apply(state.tr.insertText('x', 5))
  assert.equal(standingKey.getState(state)!.decorations.find().length, before)
  assert.deepEqual(statuses(), ['agreed', 'agreed-ad-ref', 'open', 'agreed', 'open'])
})

test('comments make threads of a first comment and its replies, in the order they were opened', () => {
  const comment = (id: string, replyTo: string | null): DraftComment => ({
    id,
    replyTo,
    author: 'Egypt',
    role: 'delegate',
    visibility: 'all',
    clause: 'o1',
    quote: null,
    anchor: null,
    text: id,
    created: '2024-01-01T00:00:00.000Z',
    edited: null,
    resolved: null,
    resolvedBy: null,
  })
  const threads = threadsOf([
    comment('a', null),
    comment('b', null),
    comment('a1', 'a'),
    comment('b1', 'b'),
    comment('a2', 'a'),
  ])
  assert.deepEqual(
    threads.map((th) => [th.root.id, ...th.replies.map((r) => r.id)]),
    [
      ['a', 'a1', 'a2'],
      ['b', 'b1'],
    ],
  )
})
