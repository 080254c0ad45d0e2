import {
  type Lang,
  type LintFix,
  type LintLookup,
  type LintProblem,
  lintFixText,
  lintLineText,
  lintMessageText,
  lintPlaceText,
  lintTexts,
} from '../../../schema/index.ts'
import { uiLanguage } from './i18n.ts'

// Lint problems carry what is wrong as a code and its arguments; the schema puts their text together from the
// templates of one language (schema/lint/texts-*.ts, the same the command line prints), here the interface's.
// The lint plugin asks for the text of every problem on every change, so texts are kept per problem and
// language, by the problem's `args` object: lint makes one for each problem and fix, and a problem mapped
// through an edit keeps it (its code, arguments and place do not change, only its positions).
const texts = new WeakMap<object, Partial<Record<Lang, string>>>()

function kept(args: object, lang: Lang, write: () => string): string {
  let byLang = texts.get(args)
  if (!byLang) {
    byLang = {}
    texts.set(args, byLang)
  }
  byLang[lang] ??= write()
  return byLang[lang]
}

/** The lint templates of an interface language: the schema's table of that language. */
export const lintLookup = (lang: Lang): LintLookup => lintTexts(lang)

/** Where a problem is, in an interface language: "operative paragraph 4", "alinéa a) du paragraphe 4". */
export function lintClauseText(problem: LintProblem, lang: Lang = uiLanguage()): string {
  return lintPlaceText(problem.place, lintLookup(lang))
}

/** What is wrong, in an interface language: "expected a verb in the present tense, found 'Noting'". */
export function lintProblemMessage(problem: LintProblem, lang: Lang = uiLanguage()): string {
  return lintMessageText(problem, lintLookup(lang))
}

/** A problem as the editor shows it, its place then its message: "operative paragraph 4: expected ...". */
export function lintProblemText(problem: LintProblem, lang: Lang = uiLanguage()): string {
  return kept(problem.args, lang, () => lintLineText(problem, lintLookup(lang)))
}

/** What a fix does, in an interface language: "Replace ';' by ','", "Remplacer « ; » par « , »". */
export function lintFixLabel(fix: LintFix, lang: Lang = uiLanguage()): string {
  return kept(fix.args, lang, () => lintFixText(fix, lintLookup(lang)))
}
