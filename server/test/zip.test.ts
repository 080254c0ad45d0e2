import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { crc32 } from 'node:zlib'
import { openZip, ZipError } from '../formats/zip/unzip.ts'
import { buildZip, deflatedZeros, failureWithMemory } from './zip-files.ts'

const MB = 1024 * 1024
const text = (bytes: Uint8Array | null) => (bytes ? new TextDecoder().decode(bytes) : null)

describe('bounded unzip', () => {
  test('reads the parts asked for, by name without case, and says which are missing', async () => {
    const zip = await openZip(
      buildZip([
        { name: 'word/document.xml', data: '<w:document/>' },
        { name: 'word/styles.xml', data: 'styles' },
      ]),
      'the Word file',
    )
    assert.deepEqual(zip.names, ['word/document.xml', 'word/styles.xml'])
    assert.equal(zip.has('Word/Document.xml'), true)
    assert.equal(text(await zip.read('WORD/document.xml')), '<w:document/>')
    assert.equal(await zip.read('word/footnotes.xml'), null)
    zip.close()
  })

  test('a truncated zip is refused as damaged', async () => {
    const whole = buildZip([{ name: 'word/document.xml', data: 'x'.repeat(5000) }])
    await assert.rejects(
      openZip(whole.subarray(0, whole.length - 30), 'the Word file'),
      (e) => e instanceof ZipError && /^the Word file is a damaged zip: /.test(e.message),
    )
  })

  test('a part whose bytes do not match its checksum is refused as damaged', async () => {
    const zip = await openZip(buildZip([{ name: 'a.xml', data: 'hello', crc: 1234 }]), 'the Word file')
    await assert.rejects(
      zip.read('a.xml'),
      /^ZipError: the Word file is a damaged zip: a\.xml fails its checksum$/,
    )
  })

  test('more entries than allowed are refused before any is read', async () => {
    const entries = Array.from({ length: 12 }, (_, i) => ({ name: `f${i}.txt`, data: 'x' }))
    await assert.rejects(
      openZip(buildZip(entries), 'the Word file', { maxEntries: 10, maxPartBytes: MB, maxTotalBytes: MB }),
      /the Word file has more than 10 entries in its zip; refused/,
    )
  })

  test('a part that honestly declares 2 GB is refused before inflating, in bounded memory', async () => {
    const bomb = buildZip([{ name: 'word/document.xml', deflated: deflatedZeros(2048), size: 2048 * MB }])
    assert.ok(bomb.length < 4 * MB, `the bomb itself is small (${bomb.length} bytes)`)
    const zip = await openZip(bomb, 'the Word file')
    const { error, growth } = await failureWithMemory(() => zip.read('word/document.xml'))
    assert.ok(error instanceof ZipError)
    assert.equal(error.message, 'the Word file unpacks to more than 32 MB in word/document.xml; refused')
    assert.ok(growth < 100 * MB, `memory grew by ${Math.round(growth / MB)} MB`)
  })

  test('a part that lies about its size is stopped as it inflates, in bounded memory', async () => {
    for (const size of [1000, 20 * MB]) {
      const bomb = buildZip([{ name: 'word/document.xml', deflated: deflatedZeros(2048), size }])
      const zip = await openZip(bomb, 'the Word file')
      const { error, growth } = await failureWithMemory(() => zip.read('word/document.xml'))
      assert.ok(error instanceof ZipError, String(error))
      assert.match(error.message, /^the Word file is a damaged zip: word\/document\.xml: /)
      assert.ok(growth < 100 * MB, `memory grew by ${Math.round(growth / MB)} MB`)
    }
  })

  test('the parts read together may not unpack past the total limit', async () => {
    const limits = { maxEntries: 10, maxPartBytes: 4 * MB, maxTotalBytes: 6 * MB }
    const crc = crc32(Buffer.alloc(4 * MB))
    const parts = ['a', 'b'].map((name) => ({ name, deflated: deflatedZeros(4), size: 4 * MB, crc }))
    const zip = await openZip(buildZip(parts), 'the Word file', limits)
    assert.equal((await zip.read('a'))?.length, 4 * MB)
    await assert.rejects(zip.read('b'), /^ZipError: the Word file unpacks to more than 6 MB; refused$/)
  })
})
