import type { Node } from 'prosemirror-model'
import { type ImportWarning, importStyled, type Lang } from '../../../schema/index.ts'
import { assertFileSize } from '../limits.ts'
import { type ChangesChoice, settleChanges } from './read-changes.ts'
import { linkNotes } from './read-linked-notes.ts'
import { WordNumbering } from './read-numbering.ts'
import { numberParagraphs } from './read-numbers.ts'
import { readWordPackage, WordFileError } from './read-package.ts'
import { ParagraphReader, readNotes } from './read-paragraphs.ts'
import { WordStyles } from './read-styles.ts'
import { isW, wChild } from './read-wordml.ts'

export type { ChangesChoice } from './read-changes.ts'
export { WordFileError } from './read-package.ts'

/** How to read a Word file: its language (detected when not given), and what to do with its tracked changes. */
export interface ReadDocxOptions {
  lang?: Lang
  /** Accept the tracked changes, or keep them as proposals of their authors (the default). */
  changes?: ChangesChoice
}

/**
 * Reads a draft resolution written in Word (.docx) into a schema-valid document. Italics tell the opening
 * phrases; Word's list numbering and typed numbers both give operative paragraphs, lettered items
 * sub-paragraphs; Word footnotes (and endnotes) become footnotes where cited; the header lines are read as the
 * text importer reads them. Tracked changes are accepted or kept as proposals of their authors, and a warning per
 * author says so. Warnings name the paragraph's index in the document (from 1) as their line. Throws a RangeError
 * (or a subclass) with one line for an empty or oversized file, a damaged zip, a zip that is no Word document or
 * unpacks past the limits, a part that is not well-formed XML, and a document with no paragraphs of a resolution.
 */
export async function readDocx(
  bytes: Uint8Array,
  options: ReadDocxOptions = {},
): Promise<{ doc: Node; warnings: ImportWarning[] }> {
  if (bytes.length === 0) throw new WordFileError('the file is empty')
  assertFileSize(bytes.length)
  const word = await readWordPackage(bytes)
  const body = wChild(word.document, 'body')
  if (!isW(word.document, 'document') || !body) {
    throw new WordFileError(`not a Word document: ${word.documentName} has no document body (w:body)`)
  }
  const styles = new WordStyles(word.styles)
  const reader = new ParagraphReader(
    styles,
    readNotes(word.footnotes, styles),
    readNotes(word.endnotes, styles),
  )
  const settled = settleChanges(linkNotes(reader.blocks(body)), options.changes ?? 'proposals')
  const paragraphs = numberParagraphs(settled.paragraphs, new WordNumbering(word.numbering, styles))
  const { doc, warnings } = importStyled(paragraphs, options.lang ? { lang: options.lang } : {})
  return { doc, warnings: [...settled.warnings, ...warnings].sort((a, b) => a.line - b.line) }
}
