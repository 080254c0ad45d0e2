/**
 * What a file holds, told by its first bytes and never by its name: a zip (a Word file is one), Akoma Ntoso or
 * other XML, a PDF or an old binary Word file (which are refused with advice), nothing at all, or text (Markdown,
 * text copied from a PDF, a typed draft, a draft JSON).
 */
export type FileKind = 'empty' | 'zip' | 'xml' | 'pdf' | 'doc' | 'text'

const startsWith = (bytes: Uint8Array, magic: readonly number[], at = 0) =>
  magic.every((b, i) => bytes[at + i] === b)

const ZIP = [0x50, 0x4b, 0x03, 0x04]
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06]
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
const UTF8_BOM = [0xef, 0xbb, 0xbf]

/** The kind of a file from its content (see {@link FileKind}). */
export function sniffFile(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return 'empty'
  if (startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP)) return 'zip'
  if (startsWith(bytes, PDF)) return 'pdf'
  if (startsWith(bytes, OLE2)) return 'doc'
  let i = startsWith(bytes, UTF8_BOM) ? 3 : 0
  while (
    i < bytes.length &&
    (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)
  )
    i++
  if (bytes[i] !== 0x3c) return 'text'
  // Only the head is read: an XML declaration, a document type other than HTML's, or an Akoma Ntoso root (with
  // or without a prefix, perhaps after a comment). A Markdown draft may open with a tag; it stays text.
  const head = new TextDecoder().decode(bytes.subarray(i, i + 1024)).toLowerCase()
  if (head.startsWith('<?xml')) return 'xml'
  if (head.startsWith('<!doctype')) return head.startsWith('<!doctype html') ? 'text' : 'xml'
  return /^(<!--[\s\S]*?-->\s*)*<([\w.-]+:)?akomantoso[\s>]/.test(head) ? 'xml' : 'text'
}
