import assert from 'node:assert/strict'
import { test } from 'node:test'
import { CLOSE } from '../../schema/index.ts'
import { closeOutcome, collabURL, draftIdFromPath, tokenFromHash } from '../src/index.ts'

test('the token is read from the fragment of the link, not from the path or the query', () => {
  assert.equal(tokenFromHash('#token=abc.DEF-123_x'), 'abc.DEF-123_x')
  assert.equal(tokenFromHash('#lang=fr&token=t1'), 't1')
  assert.equal(tokenFromHash('#'), null)
  assert.equal(tokenFromHash(''), null)
  assert.equal(tokenFromHash('#token='), null)
})

test('the draft id comes from the path /d/ID', () => {
  assert.equal(draftIdFromPath('/d/abc123'), 'abc123')
  assert.equal(draftIdFromPath('/d/abc123/'), 'abc123')
  assert.equal(draftIdFromPath('/'), null)
  assert.equal(draftIdFromPath('/d/a/b'), null)
})

test('the collaboration socket is on the same host, secure when the page is', () => {
  assert.equal(collabURL({ protocol: 'http:', host: '127.0.0.1:8080' }), 'ws://127.0.0.1:8080/collab')
  assert.equal(collabURL({ protocol: 'https:', host: 'penholder.example' }), 'wss://penholder.example/collab')
})

test('each close code of the contract has a message; refusals stop reconnecting, restarts do not', () => {
  for (const code of Object.values(CLOSE)) assert.ok(closeOutcome(code), `code ${code} has an outcome`)
  assert.deepEqual(closeOutcome(CLOSE.unauthorized), {
    message: 'close.4401',
    terminal: true,
    readOnly: true,
  })
  assert.equal(closeOutcome(CLOSE.forbidden)?.message, 'close.4403')
  assert.equal(closeOutcome(CLOSE.forbidden)?.terminal, true)
  assert.equal(closeOutcome(CLOSE.shuttingDown)?.terminal, false)
  assert.equal(closeOutcome(CLOSE.slowConsumer)?.terminal, false)
  assert.equal(closeOutcome(1006), null, 'a dropped connection is just offline')
})
