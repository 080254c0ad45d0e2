import { type Lang, readSponsorLine } from '../../../schema/index.ts'

/** A piece of a sponsor line: a sponsor's name, or the words between and after the names. */
export type SponsorPiece = { sponsor: string } | { text: string }

/**
 * A sponsor line ("Mexico and Norway: draft resolution", "中国、法国和俄罗斯联邦：决议草案") cut into the
 * sponsors' names and the words around them, so that each name can be marked as a proponent; the pieces join
 * back into the line exactly. The names are those the importer reads from the line (so "Antigua and Barbuda"
 * stays one name); a line that names no sponsors is one piece of text.
 */
export function sponsorPieces(line: string, lang: Lang): SponsorPiece[] {
  const read = readSponsorLine(line, lang)
  if (!read) return [{ text: line }]
  const pieces: SponsorPiece[] = []
  let at = 0
  for (const { name } of read.sponsors) {
    const found = line.indexOf(name, at)
    // A name the reader rewrote (a line wrapped inside it) is left in the text rather than guessed at.
    if (found < 0) continue
    if (found > at) pieces.push({ text: line.slice(at, found) })
    pieces.push({ sponsor: name })
    at = found + name.length
  }
  if (at < line.length) pieces.push({ text: line.slice(at) })
  return pieces
}
