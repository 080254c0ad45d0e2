import type { Node } from 'prosemirror-model'
import type { Transform } from 'prosemirror-transform'
import type { Lang } from '../lang.ts'
import { balanceRule } from './balance.ts'
import { type LintRule, lintContext } from './context.ts'
import { emptyRule } from './empty.ts'
import { endingRule } from './ending.ts'
import { footnoteRule } from './footnotes.ts'
import { marksRule } from './marks.ts'
import { phraseRule } from './phrases.ts'
import { repeatedVerbRule } from './repeated-verb.ts'
import { spacingRule } from './spacing.ts'
import type { LintFix, LintProblem } from './types.ts'
import { lintReportLine, lintTexts } from './wording.ts'

export type {
  LintExpected,
  LintFixArgs,
  LintFixCode,
  LintFixMessage,
  LintFrameKey,
  LintMessage,
  LintMessageArgs,
  LintMessageCode,
  LintParagraphKind,
  LintPartKind,
  LintPieceKey,
  LintPlace,
  LintTextKey,
  LintTexts,
} from './messages.ts'
export { LINT_TEXTS } from './texts.ts'
export { LINT_ENGLISH } from './texts-en.ts'
export type { LintFix, LintProblem, LintSeverity } from './types.ts'
export {
  englishLint,
  fillLintTemplate,
  type LintLookup,
  type LintPlaceForm,
  lintFixText,
  lintLineText,
  lintMessageText,
  lintPlaceText,
  lintReportLine,
  lintTexts,
} from './wording.ts'

// The rules, by the name a problem carries (each file says what it accepts and why):
//   empty               error    a clause, sub-paragraph or quoted paragraph without text; an empty title
//   operative-verb      error    an operative paragraph that does not open with a verb of the lexicon
//   preambular-opening  error    a preambular paragraph that opens with an operative verb
//                       warning  a preambular paragraph whose opening phrase is not in the lexicon
//   agreement           error    a French or Spanish phrase of the other gender than the organ's
//   ending              error    final punctuation of clauses, sub-paragraphs and introductory paras
//   repeated-verb       warning  the verb of the paragraph before, to the same party, without "Also"
//   spacing             warning  spaces around punctuation as the language sets them
//   punctuation         warning  half-width marks in Chinese, Latin commas and semicolons in Arabic
//   balance             error    unbalanced brackets and quotation marks
//   footnote            error    a footnote without text; a superscript number that is no footnote
const RULES: readonly LintRule[] = [
  emptyRule,
  phraseRule,
  endingRule,
  repeatedVerbRule,
  spacingRule,
  marksRule,
  balanceRule,
  footnoteRule,
]

/** Checks a draft against the UN's drafting rules; the problems are ordered by position in the document. */
export function lint(doc: Node): LintProblem[] {
  const ctx = lintContext(doc)
  const out: LintProblem[] = []
  for (const rule of RULES) rule(ctx, out)
  return out.sort((a, b) => a.from - b.from || a.to - b.to)
}

/**
 * One line per problem, as the command line prints them, in a language (English by default): "operative
 * paragraph 4: error: expected ...", "paragraphe 4 du dispositif : erreur : ...".
 */
export function formatLint(problems: readonly LintProblem[], lang: Lang = 'en'): string {
  const lookup = lintTexts(lang)
  return problems.map((p) => lintReportLine(p, lookup)).join('\n')
}

/** How many errors and warnings, in a language, each noun in the plural form its count takes: "2 errors, 1 warning". */
export function lintSummary(problems: readonly Pick<LintProblem, 'severity'>[], lang: Lang = 'en'): string {
  const errors = problems.filter((p) => p.severity === 'error').length
  return lintTexts(lang)('frame.summary', { errors, warnings: problems.length - errors })
}

/**
 * Applies a fix to a transform (an editor transaction is one) that started from the linted document, giving
 * the inserted text the marks of the text it replaces, or of the text before an insertion, so that a fixed
 * opening verb stays in italics. Positions are mapped through the steps already in the transform, so several
 * fixes of one lint can go into one transform.
 */
export function applyLintFix<T extends Transform>(tr: T, fix: LintFix): T {
  const from = tr.mapping.map(fix.from)
  const to = tr.mapping.map(fix.to)
  if (!fix.insert) {
    tr.delete(from, to)
    return tr
  }
  const { doc } = tr
  const replaced = to > from ? doc.nodeAt(from) : null
  const marks = replaced?.isText ? replaced.marks : doc.resolve(from).marks()
  tr.replaceWith(from, to, doc.type.schema.text(fix.insert, marks))
  return tr
}
