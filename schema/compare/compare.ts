import type { Node } from 'prosemirror-model'
import { cleanDoc } from '../amendments/views.ts'
import { isLang, isOrgan, type Lang } from '../lang.ts'
import { AuthorBook } from './authors.ts'
import { ChangeLister } from './changes.ts'
import { COMPARE_WORDS } from './compare-words.ts'
import type { CompareOptions, Comparison } from './comparison.ts'
import { Merger, sideOf } from './merge.ts'

/**
 * Compares two versions of a draft (two revisions, or a revision and the live text): the text both make,
 * merged in reading order, with words inserted and deleted word by word, clauses followed by their stable ids
 * (moved ones shown as moved, renumbered ones with both numbers), header, title, formula, closing and footnotes
 * compared too; and every change listed with who made it (see {@link CompareOptions.authors}). Pending proposals
 * in either version (a live text's marks and paragraph proposals) count as not agreed and are left out: pass
 * `cleanDoc(doc, records)` for a text whose accepted amendments still carry their marks. The language is the
 * later version's.
 */
export function compareDrafts(from: Node, to: Node, options: CompareOptions = {}): Comparison {
  const earlier = cleanDoc(from, [])
  const later = cleanDoc(to, [])
  const lang: Lang = isLang(later.attrs.lang) ? later.attrs.lang : 'en'
  const words = COMPARE_WORDS[lang]
  const merger = new Merger(lang, sideOf(earlier), sideOf(later))
  const titleOf = (doc: Node) => doc.child(1)
  const comparison: Comparison = {
    lang,
    organ: isOrgan(later.attrs.organ) ? later.attrs.organ : 'ga',
    fromLabel: options.fromLabel ?? words.earlier,
    toLabel: options.toLabel ?? words.later,
    from: earlier,
    to: later,
    header: merger.header(),
    title: {
      number: { from: titleOf(earlier).attrs.number ?? null, to: titleOf(later).attrs.number ?? null },
      text: merger.text(titleOf(earlier), titleOf(later)),
    },
    formula: merger.text(earlier.child(2), later.child(2)),
    preamble: merger.part('preambular'),
    operative: merger.part('operative'),
    closing: merger.closing(),
    footnotes: merger.footnotes(),
    changes: [],
    authors: [],
  }
  const book = new AuthorBook(
    options.authors ?? [],
    options.defaultAuthor ?? 'Facilitator',
    options.defaultAt,
  )
  const lister = new ChangeLister(lang, book)
  lister.header(comparison.header)
  lister.title(comparison.title.number, comparison.title.text)
  lister.formula(comparison.formula)
  lister.items(comparison.preamble)
  lister.items(comparison.operative)
  if (comparison.closing) lister.closing(comparison.closing)
  lister.footnotes(comparison.footnotes)
  comparison.changes = lister.changes
  comparison.authors = book.authors
  return comparison
}
