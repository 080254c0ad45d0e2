import type { Node } from 'prosemirror-model'
import {
  type ImportFormat,
  type ImportWarning,
  importResolution,
  isLang,
  type Lang,
} from '../../schema/index.ts'

/** The longest uploaded text the server imports: a resolution is far shorter. */
export const MAX_IMPORT_CHARS = 2_000_000

/** A document imported from the text of a file, with what the importer could not place. */
export interface ImportedDraft {
  doc: Node
  warnings: ImportWarning[]
  /** What the importer read the text as. */
  format: ImportFormat
}

/**
 * Imports the text of an uploaded file (Markdown, text copied from a PDF, a typed draft) as a document, with
 * the spelling `dictionary` to repair words broken by PDF extraction when one is given (it loads dictionaries:
 * the server calls this in a worker thread, see server/formats/upload/upload-thread.ts). Throws a RangeError that says
 * what is wrong: an unknown language, a text too long, or the importer's own.
 */
export function importDraftText(
  text: unknown,
  lang?: unknown,
  dictionary?: (word: string, lang: Lang) => boolean,
): ImportedDraft {
  if (typeof text !== 'string' || text.trim() === '')
    throw new RangeError('"file" must be the text of a file')
  if (text.length > MAX_IMPORT_CHARS) {
    throw new RangeError(`the file has ${text.length} characters; at most ${MAX_IMPORT_CHARS} are imported`)
  }
  if (lang !== undefined && lang !== null && !isLang(lang)) {
    throw new RangeError(`"lang" must be one of ar, en, es, fr, ru, zh, got ${JSON.stringify(lang)}`)
  }
  const { doc, warnings, format } = importResolution(text, {
    ...(lang ? { lang: lang as Lang } : {}),
    ...(dictionary ? { dictionary } : {}),
  })
  return { doc, warnings, format }
}
