import type { Lang } from '../../../schema/index.ts'

/** The faces of a draft's runs for each class of characters, as Word's `w:rFonts` names them. */
export interface Faces {
  ascii: string
  hAnsi: string
  /** Complex script: Arabic. */
  cs: string
  /** East Asian: Chinese. */
  eastAsia: string
  /** Which class Word gives characters that could be either (quotation marks in Chinese text). */
  hint?: 'eastAsia'
}

// The UN sets its documents in Times New Roman (Latin and Cyrillic), Simplified Arabic and SimSun (宋体).
const LATIN = 'Times New Roman'
const ARABIC = 'Simplified Arabic'
const CHINESE = 'SimSun'

/** The faces of a draft in a language: Times New Roman, with the UN's Arabic and Chinese faces. */
export function facesOf(lang: Lang): Faces {
  const faces: Faces = { ascii: LATIN, hAnsi: LATIN, cs: lang === 'ar' ? ARABIC : LATIN, eastAsia: CHINESE }
  return lang === 'zh' ? { ...faces, hint: 'eastAsia' } : faces
}

/** Word's language tags (`w:lang`) of a draft's runs: the language of Latin, East Asian and complex script text. */
export interface LanguageTags {
  value: string
  eastAsia?: string
  bidirectional?: string
}

const TAGS: Record<Lang, LanguageTags> = {
  en: { value: 'en-US' },
  fr: { value: 'fr-FR' },
  es: { value: 'es-ES' },
  ru: { value: 'ru-RU' },
  ar: { value: 'ar-SA', bidirectional: 'ar-SA' },
  zh: { value: 'zh-CN', eastAsia: 'zh-CN' },
}

/** The `w:lang` of a draft's runs, so that Word checks spelling and hyphenates in the draft's language. */
export const languageTags = (lang: Lang): LanguageTags => TAGS[lang]

// Arabic letters, in the blocks Arabic text uses (with the presentation forms and the Arabic comma).
const ARABIC_TEXT = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/

/**
 * Whether a run of an Arabic draft is right-to-left text (`w:rtl`): the runs holding Arabic letters. A symbol
 * ("A/C.3/77/L.12") or a Latin name stays a left-to-right run, set in the Latin face, as Word types it.
 */
export const isRightToLeft = (lang: Lang, text: string): boolean => lang === 'ar' && ARABIC_TEXT.test(text)

/** One entry of the font table: the face, the face Word should take where it is missing, its kind and pitch. */
interface FontEntry {
  name: string
  altName?: string
  /** Windows character set (hex), which tells Word which script the face is for. */
  charset: string
  family: 'roman' | 'auto'
  panose?: string
}

const FONT_TABLE: readonly FontEntry[] = [
  { name: LATIN, charset: '00', family: 'roman', panose: '02020603050405020304' },
  { name: ARABIC, charset: 'B2', family: 'roman' },
  { name: CHINESE, altName: '宋体', charset: '86', family: 'auto', panose: '02010600030101010101' },
]

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }
const attribute = (value: string) => value.replace(/[&<>"]/g, (c) => XML_ESCAPES[c]!)

/**
 * The document's font table (`word/fontTable.xml`), which docx writes empty unless fonts are embedded. It names
 * each face with what Word substitutes by where the face is missing: its family ("roman": a serif), its script
 * (`w:charset`: Arabic, Simplified Chinese), its PANOSE class, and SimSun's other name (宋体). LibreOffice 7.4
 * reads the family for Latin faces only: where Simplified Arabic is missing it takes fontconfig's choice for
 * Arabic (DejaVu Sans on a bare Debian), whatever the table says.
 */
export function fontTableXml(): string {
  const fonts = FONT_TABLE.map((font) =>
    [
      `<w:font w:name="${attribute(font.name)}">`,
      font.altName ? `<w:altName w:val="${attribute(font.altName)}"/>` : '',
      font.panose ? `<w:panose1 w:val="${font.panose}"/>` : '',
      `<w:charset w:val="${font.charset}"/>`,
      `<w:family w:val="${font.family}"/>`,
      '<w:pitch w:val="variable"/>',
      '</w:font>',
    ].join(''),
  )
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">',
    ...fonts,
    '</w:fonts>',
  ].join('')
}
