/** The largest file taken for a resolution: the longest resolutions are a few hundred kilobytes. */
export const MAX_RESOLUTION_BYTES = 5 * 1024 * 1024

// What schema/ may assume of the platform: TextDecoder exists in browsers and in Node, but schema/ is compiled
// without DOM or Node types.
interface Decoder {
  decode(bytes: Uint8Array): string
}
const decoder = (label: string): Decoder =>
  new (globalThis as unknown as { TextDecoder: new (label: string) => Decoder }).TextDecoder(label)

/** The line (from 1) on which byte `at` stands. */
function lineAt(bytes: Uint8Array, at: number): number {
  let line = 1
  for (let i = 0; i < at; i++) if (bytes[i] === 10) line++
  return line
}

/** Offset of the first byte that breaks UTF-8 (bad lead byte, missing continuation, overlong form), or -1. */
function firstInvalidUTF8(bytes: Uint8Array, from: number): number {
  const n = bytes.length
  let i = from
  while (i < n) {
    const b = bytes[i]!
    if (b < 0x80) {
      i++
      continue
    }
    let need: number
    let min: number
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1
      min = 0x80
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2
      min = 0x800
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3
      min = 0x10000
    } else return i
    let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07)
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]
      if (c === undefined || (c & 0xc0) !== 0x80) return i
      cp = (cp << 6) | (c & 0x3f)
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i
    i += need + 1
  }
  return -1
}

// C0 controls other than tab, line feed, vertical tab (Word's line break), form feed (a PDF page break) and
// carriage return, and DEL: none of them occurs in a text document.
const isControl = (b: number) =>
  (b < 32 && b !== 9 && b !== 10 && b !== 11 && b !== 12 && b !== 13) || b === 127

/** Throws a RangeError when a file of this many bytes is too large to be a resolution. */
export function assertResolutionSize(size: number): void {
  if (size > MAX_RESOLUTION_BYTES) {
    const mb = (size / 1024 / 1024).toFixed(1)
    throw new RangeError(
      `the file is ${mb} MB; a resolution is at most ${MAX_RESOLUTION_BYTES / 1024 / 1024} MB`,
    )
  }
}

/**
 * The text of a resolution file: UTF-8 (with or without a byte-order mark) or UTF-16 with a byte-order mark,
 * with Windows and old Mac line ends made "\n". Throws a RangeError that says what is wrong and where for an
 * empty file, a file over {@link MAX_RESOLUTION_BYTES}, a binary file, or bytes that are not UTF-8.
 */
export function decodeResolutionText(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new RangeError('the file is empty')
  assertResolutionSize(bytes.length)
  let text: string
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    if (bytes.length % 2 !== 0) throw new RangeError('invalid UTF-16: the file has an odd number of bytes')
    text = decoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2))
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      if (isControl(c)) {
        throw new RangeError(
          `a binary file, not text: control character U+${c.toString(16).padStart(4, '0').toUpperCase()} at character ${i}`,
        )
      }
    }
  } else {
    const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
    for (let i = start; i < bytes.length; i++) {
      const b = bytes[i]!
      if (isControl(b)) {
        const what =
          b === 0 ? 'a NUL byte' : `control character U+${b.toString(16).padStart(4, '0').toUpperCase()}`
        throw new RangeError(`a binary file, not text: ${what} at byte ${i} (line ${lineAt(bytes, i)})`)
      }
    }
    const bad = firstInvalidUTF8(bytes, start)
    if (bad !== -1) throw new RangeError(`invalid UTF-8 at byte ${bad} (line ${lineAt(bytes, bad)})`)
    text = decoder('utf-8').decode(bytes.subarray(start))
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  const normalised = text.replace(/\r\n?/g, '\n')
  if (normalised.trim() === '') throw new RangeError('the file holds only white space')
  return normalised
}
