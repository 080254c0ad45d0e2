import type { Numbering } from '../numbering.ts'

/**
 * The printed form of a cross-reference (`xref` node): the number path of the clause it targets ("5 (a)"), so
 * that the reference follows the clause when paragraphs are renumbered; a target that names no clause of the
 * document (a document symbol such as "A/71/484") is printed as it is.
 */
export function referenceText(target: string, numbering: Numbering): string {
  const clause = numbering.byId.get(target)
  return clause ? clause.path.join(' ') : target
}
