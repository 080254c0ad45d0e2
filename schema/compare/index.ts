// Comparing two versions of a draft: the engine, and its JSON and HTML writers (the Word writer is the server's,
// server/formats/docx/compare.ts, from `comparisonDoc`).

export { clauseLabel, formerlyNote, renumberedLabel } from './clause-names.ts'
export { compareDrafts } from './compare.ts'
export { COMPARE_WORDS, type CompareWords } from './compare-words.ts'
export type {
  ChangeAuthor,
  ChangeBlock,
  ClausePlace,
  ComparedClause,
  ComparedField,
  ComparedFootnote,
  ComparedItem,
  ComparedPara,
  ComparedQuotation,
  CompareOptions,
  Comparison,
  ComparisonAuthor,
  ComparisonChange,
  MovedAway,
} from './comparison.ts'
export { authorKey, type ComparisonDoc, comparisonDoc, type Remark } from './comparison-doc.ts'
export { type ComparisonHTMLOptions, comparisonHTML } from './html.ts'
export type { AuthorJSON, ChangeJSON, ClauseJSON, ComparisonJSON, PlaceJSON } from './json.ts'
export { comparisonJSON } from './json.ts'
export { COMPARISON_CSS } from './style.ts'
export type { Piece, TextDiff } from './text-diff.ts'
export type { Token } from './tokens.ts'
