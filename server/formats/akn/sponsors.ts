/** A piece of a sponsor line: a sponsor's name, or the words between and after the names. */
export type SponsorPiece = { sponsor: string } | { text: string }

// What separates sponsors in the six languages: commas (Arabic "،", Chinese "、" and "，") and the word before
// the last name ("and", "et", "y"/"e", "и", Chinese "和" (but not the "和" of "共和国", "republic"), Arabic "و"
// written onto the next name).
const SEPARATOR = /(\s*[,،，]\s*|、|\s+(?:and|et|y|e|и)\s+|(?<!共)和|\s+و(?=\S))/u

/**
 * A sponsor line ("Mexico and Norway: draft resolution", "中国、法国和俄罗斯联邦：决议草案") cut into the
 * sponsors' names and the words around them, so that each name can be marked as a proponent; the pieces join
 * back into the line exactly. A line without a colon names no sponsors and is one piece of text.
 */
export function sponsorPieces(line: string): SponsorPiece[] {
  const colon = /\s*[:：]/u.exec(line)
  if (!colon || colon.index === 0) return [{ text: line }]
  const names = line.slice(0, colon.index)
  const pieces: SponsorPiece[] = []
  names.split(SEPARATOR).forEach((part, i) => {
    if (part === '') return
    // split with a capturing group alternates names (even indexes) and separators (odd ones).
    pieces.push(i % 2 === 0 && part.trim() !== '' ? { sponsor: part } : { text: part })
  })
  pieces.push({ text: line.slice(colon.index) })
  return pieces
}
