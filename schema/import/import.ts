import type { Node } from 'prosemirror-model'
import type { Lang, Organ } from '../lang.ts'
import { buildDocument } from './build.ts'
import type { ImportWarning, ReadContext } from './context.ts'
import type { DocDraft } from './draft.ts'
import { detectFormat, type ImportFormat } from './format.ts'
import { detectLanguage } from './language.ts'
import { readMarkdown, statedInMarkdown } from './markdown-reader.ts'
import { detectOrgan } from './organ.ts'
import { readPdfText } from './pdf-reader.ts'
import { normalizeSource } from './source.ts'
import { readTyped } from './typed-reader.ts'

export type { ImportWarning } from './context.ts'

/** How to read a text; each option overrides what the importer would detect. */
export interface ImportOptions {
  lang?: Lang
  organ?: Organ
  format?: 'markdown' | 'pdf-text' | 'typed'
  /**
   * Whether a word exists in the language of the text (a spelling dictionary), to repair words broken by PDF
   * extraction with certainty; asked only about the language the text is read in.
   */
  dictionary?: (word: string, lang: Lang) => boolean
}

/** A document read from a text, what it was read as, and what could not be placed. */
export interface ImportResult {
  doc: Node
  format: 'markdown' | 'pdf-text' | 'typed'
  lang: Lang
  warnings: ImportWarning[]
}

const FORMAT_NAMES: Record<ImportFormat, string> = {
  markdown: 'Markdown',
  'pdf-text': 'text from a PDF',
  typed: 'a typed draft',
}

const READERS: Record<ImportFormat, (source: string, ctx: ReadContext) => DocDraft> = {
  markdown: readMarkdown,
  'pdf-text': readPdfText,
  typed: readTyped,
}

/**
 * Reads a resolution — Markdown, text extracted from the official PDF, or a typed draft in any of the six
 * languages — into a schema-valid document with unique ids. Lines it cannot place are kept as text and
 * reported as warnings. Throws a RangeError with a one-line message for a text without resolution structure.
 */
export function importResolution(text: string, options: ImportOptions = {}): ImportResult {
  const source = normalizeSource(text)
  if (source.trim() === '') throw new RangeError('the text is empty')
  const format = options.format ?? detectFormat(source)
  const stated = format === 'markdown' ? statedInMarkdown(source) : null
  const lang = options.lang ?? stated?.lang ?? detectLanguage(source)
  const warnings: ImportWarning[] = []
  const ctx: ReadContext = {
    lang,
    dictionary: options.dictionary,
    warn: (line, message) => warnings.push({ line, message }),
  }
  const draft = READERS[format](source, ctx)
  if (draft.clauses.length === 0) {
    throw new RangeError(
      `no paragraphs found: the text (read as ${FORMAT_NAMES[format]}) has no preambular or operative paragraphs, ` +
        'no authoring formula ("The General Assembly,") and no line that opens with a paragraph number or an opening phrase',
    )
  }
  const organ = options.organ ?? stated?.organ ?? detectOrgan(draft)
  warnings.sort((a, b) => a.line - b.line)
  return { doc: buildDocument(draft, lang, organ), format, lang, warnings }
}
