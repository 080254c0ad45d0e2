// Word files written by hand for the reader's tests: the smallest package Word opens (content types, package
// relationships, document), with the body and the other parts a test gives, for what the docx package cannot
// write (moves, header tables) or for files broken on purpose.
import { buildZip, type ZipEntrySpec } from './zip-files.ts'

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

/** Text escaped for XML content and attributes. */
export const xmlText = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** A run of text, in italics if asked (`xml:space` kept, so that spaces at its ends count). */
export const wRun = (text: string, italic = false) =>
  `<w:r>${italic ? '<w:rPr><w:i/></w:rPr>' : ''}<w:t xml:space="preserve">${xmlText(text)}</w:t></w:r>`

/** A paragraph of runs (strings are plain runs). */
export const wPara = (...runs: string[]) =>
  `<w:p>${runs.map((r) => (r.startsWith('<') ? r : wRun(r))).join('')}</w:p>`

/** The document part around a body. */
export const wDocument = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`

/**
 * A .docx holding `document` as its main part (its XML, or an entry whose bytes and sizes a test makes up),
 * found through the package relationships, with `extra` parts (their paths as in the zip) related to the
 * document by their type (the name without ".xml").
 */
export function wordPackage(
  document: string | Omit<ZipEntrySpec, 'name'>,
  extra: Record<string, string> = {},
): Uint8Array {
  const related = Object.keys(extra)
    .map((path, i) => {
      const type = path.replace(/^word\//, '').replace(/\.xml$/, '')
      return `<Relationship Id="rX${i}" Type="${REL}/${type}" Target="${path.replace(/^word\//, '')}"/>`
    })
    .join('')
  const entries: ZipEntrySpec[] = [
    {
      name: '[Content_Types].xml',
      data:
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    },
    {
      name: '_rels/.rels',
      data:
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
    },
    typeof document === 'string'
      ? { name: 'word/document.xml', data: document }
      : { ...document, name: 'word/document.xml' },
    {
      name: 'word/_rels/document.xml.rels',
      data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${related}</Relationships>`,
    },
    ...Object.entries(extra).map(([name, data]) => ({ name, data })),
  ]
  return buildZip(entries)
}
