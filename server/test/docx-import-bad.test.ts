import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { Document, Packer, Paragraph } from 'docx'
import { readDocx } from '../formats/docx/read.ts'
import { wDocument, wordPackage, wPara } from './word-files.ts'
import { buildZip, deflatedZeros, failureWithMemory } from './zip-files.ts'

const MB = 1024 * 1024

/** Checks that reading the bytes is refused with a RangeError of one line matching `message`. */
async function refused(bytes: Uint8Array, message: RegExp): Promise<void> {
  await assert.rejects(readDocx(bytes), (e: unknown) => {
    assert.ok(e instanceof RangeError, `a RangeError, got ${String(e)}`)
    assert.doesNotMatch(e.message, /\n/)
    assert.match(e.message, message)
    return true
  })
}

const aDraft = () =>
  Packer.toBuffer(
    new Document({
      sections: [{ children: [new Paragraph('The General Assembly,'), new Paragraph('Decides to act.')] }],
    }),
  )

describe('Word import: bad files', () => {
  test('an empty file', async () => {
    await refused(new Uint8Array(0), /^the file is empty$/)
  })

  test('a 50 MB upload', async () => {
    await refused(new Uint8Array(50 * MB), /^the file is 50\.0 MB; a resolution file is at most 10 MB$/)
  })

  test('a truncated zip', async () => {
    const whole = await aDraft()
    await refused(whole.subarray(0, Math.floor(whole.length / 2)), /^the Word file is a damaged zip: /)
  })

  test('a zip that is not a Word document', async () => {
    await refused(
      buildZip([
        { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text' },
        { name: 'content.xml', data: '<office:document-content/>' },
      ]),
      /^not a Word document: the zip has no word\/document\.xml \(it looks like an OpenDocument file: save it as \.docx\)$/,
    )
    await refused(
      buildZip([{ name: 'notes.txt', data: 'hello' }]),
      /^not a Word document: the zip has no word\/document\.xml$/,
    )
  })

  test('a DOCX whose document.xml is not XML, or declares a document type', async () => {
    await refused(
      wordPackage('<w:document xmlns:w="x"><w:body><w:p></w:body>'),
      /^word\/document\.xml, line 1: not well-formed XML: /,
    )
    await refused(
      wordPackage('<?xml version="1.0"?>\n<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><d>&x;</d>'),
      /^word\/document\.xml, line 2: a document type declaration \(<!DOCTYPE>\) is not accepted/,
    )
  })

  test('a DOCX with no resolution in it', async () => {
    await refused(wordPackage(wDocument('')), /^the document is empty/)
    await refused(
      wordPackage(wDocument(wPara('Minutes of the meeting') + wPara('Bread and milk'))),
      /^no paragraphs found: /,
    )
  })

  test('a DOCX whose document.xml honestly unpacks to 2 GB is refused before inflating, in bounded memory', async () => {
    const bomb = wordPackage({ deflated: deflatedZeros(2048), size: 2048 * MB })
    const { error, growth } = await failureWithMemory(() => readDocx(bomb))
    assert.ok(error instanceof RangeError)
    assert.equal(error.message, 'the Word file unpacks to more than 32 MB in word/document.xml; refused')
    assert.ok(growth < 100 * MB, `memory grew by ${Math.round(growth / MB)} MB`)
  })

  test('a DOCX whose zip directory lies about the size of document.xml is stopped, in bounded memory', async () => {
    const bomb = wordPackage({ deflated: deflatedZeros(2048), size: 4000 })
    const { error, growth } = await failureWithMemory(() => readDocx(bomb))
    assert.ok(error instanceof RangeError)
    assert.equal(
      error.message,
      'the Word file is a damaged zip: word/document.xml: it inflates to more than the 4000 bytes its directory declares',
    )
    assert.ok(growth < 100 * MB, `memory grew by ${Math.round(growth / MB)} MB`)
  })
})
