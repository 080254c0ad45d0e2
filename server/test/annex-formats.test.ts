// Resolution 78/1 (one operative paragraph endorsing an annex of 43 paragraphs in three sections, with (a)-(t)
// and (i)-(xiv)) through every format that carries a file: Word (read back by Penholder and by LibreOffice) and
// Akoma Ntoso (valid against the OASIS schema, read back the same), the annex numbered on its own.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Node } from 'prosemirror-model'
import { outline } from '../../schema/index.ts'
import { importDraftText } from '../drafts/import.ts'
import { writeAkn } from '../formats/akn/write.ts'
import { writeDocx } from '../formats/docx/write.ts'
import { readResolutionFile } from '../formats/index.ts'
import { aknSkip, libreOffice, scratch, toolSkip, validateAkn } from './external-tools.ts'
import { fixtureText } from './format-fixtures.ts'

const text = fixtureText('real/en_A-RES-78-1.txt')
const doc = importDraftText(text.slice(text.indexOf('\n') + 1)).doc

/** A document as JSON, ids taken out (a Word file keeps none). */
const withoutIds = (node: Node): unknown =>
  JSON.parse(JSON.stringify(node.toJSON()), (key, value) => (key === 'id' ? undefined : value))

test('the annex of 78/1 is read from its text as the counts of the README say', () => {
  assert.deepEqual(outline(doc).counts.annex, { annexes: 1, sections: 3, paragraphs: 43, subparagraphs: 34 })
})

test('a Word file of 78/1 reads back with its annex: the same outline, and the same words in each paragraph', async () => {
  const bytes = await writeDocx({ doc, records: [] }, { view: 'clean' })
  const back = await readResolutionFile(bytes)
  assert.equal(back.format, 'docx')
  assert.deepEqual(outline(back.doc), outline(doc))
  assert.deepEqual(back.warnings, [])
})

test("LibreOffice shows the annex's label, its headings and its paragraphs numbered from 1 again", {
  skip: toolSkip('soffice', 'libreoffice-writer-nogui'),
}, async () => {
  const dir = scratch()
  try {
    const file = dir.file('78-1.docx', await writeDocx({ doc, records: [] }, { view: 'clean' }))
    const lines = libreOffice(file, 'txt')
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
    const annexAt = lines.indexOf('Annex')
    assert.ok(annexAt > 0, 'the label stands on a line of its own')
    const annex = lines.slice(annexAt)
    assert.match(annex.find((l) => l.startsWith('I.'))!, /^I\.\s+Our shared commitment$/)
    assert.ok(annex.some((l) => /^III\.\s+Call to action/.test(l)))
    // Word's list numbers the annex's paragraphs on their own: 1 to 43, none before the label.
    assert.match(annex.find((l) => /^1\.\s/.test(l))!, /^1\.\s+We, the Heads of State/)
    assert.ok(annex.some((l) => /^43\.\s+We commit with united efforts/.test(l)))
    assert.ok(annex.some((l) => /^\(t\)\s+We commit to accelerate/.test(l)))
    assert.ok(annex.some((l) => /^\(xiv\)\s+We look forward to the beginning/.test(l)))
  } finally {
    dir.remove()
  }
})

test('Akoma Ntoso: the annex is an attachment, valid against the OASIS schema, and reads back the same', {
  skip: aknSkip(),
}, async () => {
  const xml = writeAkn({ doc, records: [] }, { view: 'clean' })
  const dir = scratch()
  try {
    validateAkn(dir.file('78-1.xml', xml))
  } finally {
    dir.remove()
  }
  assert.match(xml, /<attachments>\n<attachment eId="att_1">\n<doc name="annex">/)
  assert.match(xml, /<FRBRthis value="[^"]*78-1\/!annex_1"\/>/)
  assert.match(xml, /<hcontainer name="annexHeading" eId="[^"]+" class="level1"><num>II\.<\/num>/)
  const back = await readResolutionFile(new TextEncoder().encode(xml))
  assert.equal(back.format, 'akn')
  assert.deepEqual(back.warnings, [])
  assert.deepEqual(back.doc.toJSON(), doc.toJSON())
})

test('a draft without an annex writes no attachments, and its Word and AKN files are as before', async () => {
  const plain = importDraftText(fixtureText('en_A-RES-ES-11-1.txt')).doc
  assert.doesNotMatch(writeAkn({ doc: plain, records: [] }, { view: 'clean' }), /attachment/)
  const back = await readResolutionFile(await writeDocx({ doc: plain, records: [] }, { view: 'clean' }))
  assert.deepEqual(outline(back.doc).counts.annex, {
    annexes: 0,
    sections: 0,
    paragraphs: 0,
    subparagraphs: 0,
  })
  assert.deepEqual(
    withoutIds(back.doc.child(back.doc.childCount - 1)),
    withoutIds(plain.child(plain.childCount - 1)),
  )
})
