import assert from 'node:assert/strict'
import { test } from 'node:test'
import { decodeResolutionText, importResolution } from '../index.ts'

const bytes = (text: string) => new TextEncoder().encode(text)

/** Asserts that `f` throws a RangeError whose message is one line matching `pattern`. */
function rejects(f: () => unknown, pattern: RegExp): void {
  assert.throws(f, (e: unknown) => {
    assert.ok(e instanceof RangeError, `a RangeError, got ${String(e)}`)
    assert.ok(!e.message.includes('\n'), `one line: ${e.message}`)
    assert.match(e.message, pattern)
    return true
  })
}

test('an empty file, or one of white space only, is refused', () => {
  rejects(() => decodeResolutionText(new Uint8Array()), /^the file is empty$/)
  rejects(() => decodeResolutionText(bytes('  \n\n\t\n')), /^the file holds only white space$/)
  rejects(() => importResolution(''), /^the text is empty$/)
})

test('a binary file is refused, naming the byte and the line', () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00])
  rejects(
    () => decodeResolutionText(png),
    /^a binary file, not text: control character U\+001A at byte 6 \(line 2\)$/,
  )
  const nul = bytes('The General Assembly,\n\nRecalling\u0000')
  rejects(() => decodeResolutionText(nul), /^a binary file, not text: a NUL byte at byte 32 \(line 3\)$/)
})

test('a file over 5 MB is refused with its size', () => {
  const big = new Uint8Array(50 * 1024 * 1024).fill(0x61)
  rejects(() => decodeResolutionText(big), /^the file is 50\.0 MB; a resolution is at most 5 MB$/)
})

test('bytes that are not UTF-8 are refused, naming the first bad byte and its line', () => {
  // "Décide" in Latin-1: é is the single byte 0xE9.
  const latin1 = new Uint8Array([...bytes('The General Assembly,\n\nD'), 0xe9, ...bytes('cide')])
  rejects(() => decodeResolutionText(latin1), /^invalid UTF-8 at byte 24 \(line 3\)$/)
  rejects(
    () => decodeResolutionText(new Uint8Array([0x61, 0xc0, 0xaf])),
    /^invalid UTF-8 at byte 1 \(line 1\)$/,
  )
  rejects(() => decodeResolutionText(new Uint8Array([0x61, 0xed, 0xa0, 0x80])), /^invalid UTF-8 at byte 1/)
  rejects(() => decodeResolutionText(new Uint8Array([0x61, 0xe2, 0x82])), /^invalid UTF-8 at byte 1/)
})

test('a byte-order mark is dropped, line ends are made "\\n", UTF-16 with a byte-order mark is read', () => {
  const text = decodeResolutionText(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('Décide\r\nPrie\rInvite\n')]))
  assert.equal(text, 'Décide\nPrie\nInvite\n')
  const utf16 = new Uint8Array([0xff, 0xfe, 0x44, 0x00, 0xe9, 0x00, 0x0d, 0x00, 0x0a, 0x00])
  assert.equal(decodeResolutionText(utf16), 'Dé\n')
  // A form feed (a page break in text from a PDF) and Word's line break are text, not binary.
  assert.equal(decodeResolutionText(bytes('a\fb\vc')), 'a\fb\vc')
})

test('a text with no resolution structure is refused in one line', () => {
  rejects(
    () =>
      importResolution(
        'Dear colleagues,\n\nPlease find the minutes of the meeting attached.\n\nBest regards',
      ),
    /^no paragraphs found: the text \(read as a typed draft\) has no preambular or operative paragraphs/,
  )
  rejects(
    () => importResolution('# Minutes\n\nNothing was *decided* today.'),
    /^no paragraphs found: the text \(read as Markdown\)/,
  )
  rejects(() => importResolution('The General Assembly,\n'), /^no paragraphs found/)
})
