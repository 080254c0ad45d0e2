import type { Node } from 'prosemirror-model'
import type { Lang, Organ } from '../lang.ts'
import { amendmentsDocumentLine } from './amendment-document.ts'
import { buildDocument } from './build.ts'
import type { ImportWarning, ReadContext, UnplacedLine } from './context.ts'
import type { DocDraft } from './draft.ts'
import { detectFormat, type ImportFormat } from './format.ts'
import { detectLanguage } from './language.ts'
import { readMarkdown, statedInMarkdown } from './markdown-reader.ts'
import { detectOrgan } from './organ.ts'
import { readPdfText } from './pdf-reader.ts'
import { normalizeSource } from './source.ts'
import { readTyped } from './typed-reader.ts'

export type { ImportWarning, UnplacedLine } from './context.ts'

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
  /** Lines that are not part of the resolution (what a web page has around it), left out of the document. */
  unplaced: UnplacedLine[]
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
  const amendments = amendmentsDocumentLine(source)
  if (amendments) {
    throw new RangeError(
      `line ${amendments.line}: "${amendments.text}": the text holds amendments to a draft resolution, not a ` +
        'resolution; open the draft resolution they amend and propose them there',
    )
  }
  const format = options.format ?? detectFormat(source)
  const stated = format === 'markdown' ? statedInMarkdown(source) : null
  const lang = options.lang ?? stated?.lang ?? detectLanguage(source)
  const warnings: ImportWarning[] = []
  const unplaced: (UnplacedLine & { where: string })[] = []
  const ctx: ReadContext = {
    lang,
    dictionary: options.dictionary,
    warn: (line, message) => warnings.push({ line, message }),
    unplace: (line, text, where) => {
      if (!text.trim()) return
      // A line cut into cells (a flattened page's "a | b | c") is reported once, as the source has it.
      const same = unplaced.find((u) => u.line === line)
      if (same) same.text = sourceLine(source, line) ?? same.text
      else unplaced.push({ line, text, where })
    },
  }
  const draft = READERS[format](source, ctx)
  if (draft.clauses.length === 0) {
    throw new RangeError(
      `no paragraphs found: the text (read as ${FORMAT_NAMES[format]}) has no preambular or operative paragraphs, ` +
        'no authoring formula ("The General Assembly,") and no line that opens with a paragraph number or an opening phrase',
    )
  }
  const organ = options.organ ?? stated?.organ ?? detectOrgan(draft)
  warnings.push(...unplacedWarnings(unplaced))
  warnings.sort((a, b) => a.line - b.line)
  return {
    doc: buildDocument(draft, lang, organ),
    format,
    lang,
    warnings,
    unplaced: unplaced.map(({ line, text }) => ({ line, text })),
  }
}

const QUOTED = 60

/** The text of line `no` (from 1) of the source, trimmed. */
function sourceLine(source: string, no: number): string | undefined {
  return source.split('\n')[no - 1]?.trim()
}

/** One warning for each run of unplaced lines that follow one another for the same reason. */
function unplacedWarnings(lines: readonly (UnplacedLine & { where: string })[]): ImportWarning[] {
  const out: ImportWarning[] = []
  let i = 0
  while (i < lines.length) {
    const first = lines[i]!
    let j = i + 1
    while (j < lines.length && lines[j]!.where === first.where && lines[j]!.line <= lines[j - 1]!.line + 2)
      j++
    const last = lines[j - 1]!
    const shown = first.text.length > QUOTED ? `${first.text.slice(0, QUOTED)}…` : first.text
    const span =
      j - i === 1
        ? 'is'
        : `and the ${j - i - 1} line${j - i > 2 ? 's' : ''} after it to line ${last.line} are`
    out.push({
      line: first.line,
      message: `"${shown}" ${span} not part of the resolution (${first.where}): left out`,
    })
    i = j
  }
  return out
}
