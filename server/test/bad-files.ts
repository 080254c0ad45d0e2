// The bad files every door that takes a resolution must refuse with one clear line, losing nothing: what a
// delegate might upload by mistake and what an attacker would send. Shared by the command line and API tests.
import { wDocument, wordPackage, wPara } from './word-files.ts'
import { buildZip, deflatedZeros } from './zip-files.ts'

const MB = 1024 * 1024

/** One bad file: a name for messages and files, its bytes, and what the refusal must say. */
export interface BadFile {
  name: string
  bytes: Uint8Array
  says: RegExp
}

const aDraft = () =>
  wordPackage(
    wDocument(
      wPara('The General Assembly,') + wPara('Recalling its resolution 70/1,') + wPara('1. Decides to act.'),
    ),
  )

/** The bad files, each with the gist of its refusal. */
export function badFiles(): BadFile[] {
  const whole = aDraft()
  const text = (s: string) => new TextEncoder().encode(s)
  return [
    { name: 'empty', bytes: new Uint8Array(0), says: /the file is empty/ },
    { name: 'truncated-zip', bytes: whole.subarray(0, Math.floor(whole.length / 2)), says: /damaged zip/ },
    {
      name: 'zip-not-word',
      bytes: buildZip([{ name: 'notes.txt', data: 'hello' }]),
      says: /not a Word document: the zip has no word\/document\.xml/,
    },
    {
      name: 'document-not-xml',
      bytes: wordPackage('<w:document xmlns:w="x"><w:body><w:p></w:body>'),
      says: /word\/document\.xml, line 1: not well-formed XML/,
    },
    {
      name: 'zip-bomb',
      bytes: wordPackage({ deflated: deflatedZeros(1024), size: 4000 }),
      says: /inflates to more than the 4000 bytes its directory declares/,
    },
    {
      name: 'akn-external-entity',
      bytes: text(
        '<?xml version="1.0"?>\n<!DOCTYPE akomaNtoso [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">&x;</akomaNtoso>',
      ),
      says: /document type declaration \(<!DOCTYPE>\) is not accepted/,
    },
    {
      name: 'akn-billion-laughs',
      bytes: text(
        `<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('')}]>\n<akomaNtoso>&lol9;</akomaNtoso>`,
      ),
      says: /document type declaration \(<!DOCTYPE>\) is not accepted/,
    },
    {
      name: 'fifty-megabytes',
      bytes: new Uint8Array(50 * MB).fill(0x61),
      says: /is 50\.0 MB; a resolution file is at most 10 MB/,
    },
    { name: 'a-pdf', bytes: text('%PDF-1.7\n%âãÏÓ\n1 0 obj\n'), says: /a PDF file: .*pdftotext/ },
    {
      name: 'old-word',
      bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
      says: /Word 97-2003 \(\.doc\) file: save it .* as a Word document \(\.docx\)/,
    },
  ]
}
