import assert from 'node:assert/strict'
import { test } from 'node:test'
import { exportFilename, exportPath } from '../src/view/export-menu.ts'

test('the export menu asks the export API for the clean draft, the compilation text and one delegation’s amendments', () => {
  assert.equal(
    exportPath('d1', { view: 'clean', format: 'txt' }),
    '/api/drafts/d1/export?format=txt&view=clean',
  )
  assert.equal(
    exportPath('d1', { view: 'compilation', format: 'html' }),
    '/api/drafts/d1/export?format=html&view=compilation',
  )
  assert.equal(
    exportPath('d/1', { view: 'amendments', format: 'md', delegation: 'Côte d’Ivoire' }),
    '/api/drafts/d%2F1/export?format=md&view=amendments&delegation=C%C3%B4te+d%E2%80%99Ivoire',
  )
})

test('downloaded files are named after the draft and what they hold', () => {
  assert.equal(exportFilename('d1', { view: 'compilation', format: 'md' }), 'd1-compilation.md')
  assert.equal(exportFilename('d1', { view: 'clean', format: 'html' }), 'd1-clean.html')
  assert.equal(
    exportFilename('d1', { view: 'amendments', format: 'txt', delegation: 'United States of America' }),
    'd1-amendments-United_States_of_America.txt',
  )
})
