import { parseXml, type XmlElement } from '../xml/parse.ts'
import { openZip, type ZipArchive } from '../zip/unzip.ts'

/** Raised for a file that is a zip but not a Word document a draft can be read from: says what is missing. */
export class WordFileError extends RangeError {
  override name = 'WordFileError'
}

/** The parts of a Word file the reader uses, parsed; null where the file has none. */
export interface WordPackage {
  /** The main document part's name ("word/document.xml"), for messages. */
  documentName: string
  document: XmlElement
  styles: XmlElement | null
  numbering: XmlElement | null
  footnotes: XmlElement | null
  endnotes: XmlElement | null
}

const WHAT = 'the Word file'
const RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships'
const MAIN_TYPES = new Set([
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
  'application/vnd.ms-word.document.macroEnabled.main+xml',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml',
  'application/vnd.ms-word.template.macroEnabledTemplate.main+xml',
])
// The parts a draft is read from, by the last segment of their relationship type (transitional and strict
// OOXML name them alike there).
const PART_TYPES = ['styles', 'numbering', 'footnotes', 'endnotes'] as const

// A Word document has tens of thousands of elements; a part with millions is no draft and would take the
// server's memory as a tree.
const XML_LIMITS = { maxElements: 500_000, maxDepth: 160 }

/** The name of a part a relationship points to, from the folder of the part that holds the relationship. */
function resolvePart(folder: string, target: string): string {
  let path = target.startsWith('/') ? target.slice(1) : `${folder}${target}`
  try {
    path = decodeURIComponent(path)
  } catch {
    // A name that is not percent-encoded is taken as written.
  }
  const out: string[] = []
  for (const segment of path.split('/')) {
    if (segment === '..') out.pop()
    else if (segment !== '.' && segment !== '') out.push(segment)
  }
  return out.join('/')
}

const folderOf = (part: string) => part.slice(0, part.lastIndexOf('/') + 1)
const relsOf = (part: string) => `${folderOf(part)}_rels/${part.slice(part.lastIndexOf('/') + 1)}.rels`

/** The text of a part: UTF-8 (or UTF-16 with its byte-order mark), refused when it is neither. */
function decodePart(bytes: Uint8Array, name: string): string {
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : null
  try {
    return new TextDecoder(utf16 ?? 'utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new WordFileError(`${name} is not text in UTF-8: the Word file is damaged`)
  }
}

/** What a zip that holds no Word document looks like it is, for the message that refuses it. */
function otherKind(zip: ZipArchive): string {
  if (zip.has('xl/workbook.xml')) return ' (it looks like an Excel workbook)'
  if (zip.has('ppt/presentation.xml')) return ' (it looks like a PowerPoint presentation)'
  if (zip.has('content.xml') && zip.has('mimetype'))
    return ' (it looks like an OpenDocument file: save it as .docx)'
  return ''
}

/**
 * Opens a Word file (.docx) and parses the parts a draft is read from: the main document (found through the
 * package relationships, else the content types, else at word/document.xml), its styles, numbering, footnotes
 * and endnotes. Throws a RangeError subclass with one line for a damaged zip, a zip past the unpacking limits,
 * a zip that holds no Word document, and a part that is not well-formed XML.
 */
export async function readWordPackage(bytes: Uint8Array): Promise<WordPackage> {
  const zip = await openZip(bytes, WHAT)
  try {
    const xml = async (name: string): Promise<XmlElement | null> => {
      const data = await zip.read(name)
      return data ? parseXml(decodePart(data, name), name, XML_LIMITS) : null
    }
    const documentName = await mainPart(zip, xml)
    if (!documentName || !zip.has(documentName)) {
      throw new WordFileError(
        `not a Word document: the zip has no ${documentName ?? 'word/document.xml'}${otherKind(zip)}`,
      )
    }
    const targets = await partTargets(documentName, xml)
    const part = async (type: (typeof PART_TYPES)[number]) => {
      const name = targets.get(type) ?? `${folderOf(documentName)}${type}.xml`
      return zip.has(name) ? xml(name) : null
    }
    const document = (await xml(documentName))!
    return {
      documentName,
      document,
      styles: await part('styles'),
      numbering: await part('numbering'),
      footnotes: await part('footnotes'),
      endnotes: await part('endnotes'),
    }
  } finally {
    zip.close()
  }
}

type ReadXml = (name: string) => Promise<XmlElement | null>

/** The relationships of a part: type (its last segment) to target part name. */
async function relationships(part: string, xml: ReadXml): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  const rels = await xml(relsOf(part))
  if (!rels) return out
  for (const rel of rels.children) {
    if (typeof rel === 'string' || rel.uri !== RELS_NS || rel.local !== 'Relationship') continue
    const type = rel.attrs.Type?.slice(rel.attrs.Type.lastIndexOf('/') + 1)
    const target = rel.attrs.Target
    if (!type || !target || rel.attrs.TargetMode === 'External' || out.has(type)) continue
    out.set(type, resolvePart(folderOf(part), target))
  }
  return out
}

/** The main document part: the package's officeDocument relationship, else the content types' main part. */
async function mainPart(zip: ZipArchive, xml: ReadXml): Promise<string | null> {
  const rels = await relationships('', xml)
  const byRelationship = rels.get('officeDocument')
  if (byRelationship) return byRelationship
  if (zip.has('[Content_Types].xml')) {
    const types = await xml('[Content_Types].xml')
    for (const child of types?.children ?? []) {
      if (typeof child === 'string' || child.local !== 'Override') continue
      if (MAIN_TYPES.has(child.attrs.ContentType ?? '') && child.attrs.PartName)
        return resolvePart('', child.attrs.PartName)
    }
  }
  return 'word/document.xml'
}

/** The parts the main document names for its styles, numbering, footnotes and endnotes. */
async function partTargets(documentName: string, xml: ReadXml): Promise<Map<string, string>> {
  const rels = await relationships(documentName, xml)
  return new Map(PART_TYPES.flatMap((t) => (rels.has(t) ? [[t, rels.get(t)!] as const] : [])))
}
