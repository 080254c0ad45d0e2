import {
  type LintFix,
  type LintLookup,
  type LintProblem,
  lintFixText,
  lintMessageText,
  lintPlaceText,
} from '../../../schema/index.ts'
import { t, uiLanguage } from './i18n.ts'
import type { UILang } from './strings.ts'

// Lint problems carry what is wrong as a code and its arguments; the schema puts their text together from the
// templates of one language, which here are the `lint.*` interface strings. The lint plugin asks for the text
// of every problem on every change, so texts are kept per problem and language, by the problem's `args`
// object: lint makes one for each problem and fix, and a problem mapped through an edit keeps it (its code,
// arguments and place do not change, only its positions).
const texts = new WeakMap<object, Partial<Record<UILang, string>>>()

function kept(args: object, lang: UILang, write: () => string): string {
  let byLang = texts.get(args)
  if (!byLang) {
    byLang = {}
    texts.set(args, byLang)
  }
  byLang[lang] ??= write()
  return byLang[lang]
}

/** The lint templates of an interface language, taken from its strings table. */
export const lintLookup =
  (lang: UILang): LintLookup =>
  (key, vars) =>
    t(`lint.${key}`, vars, lang)

/** Where a problem is, in an interface language: "operative paragraph 4", "alinéa a) du paragraphe 4". */
export function lintClauseText(problem: LintProblem, lang: UILang = uiLanguage()): string {
  return lintPlaceText(problem.place, lintLookup(lang))
}

/** What is wrong, in an interface language: "expected a verb in the present tense, found 'Noting'". */
export function lintProblemMessage(problem: LintProblem, lang: UILang = uiLanguage()): string {
  return lintMessageText(problem, lintLookup(lang))
}

/** A problem as the editor shows it, its place then its message: "operative paragraph 4: expected ...". */
export function lintProblemText(problem: LintProblem, lang: UILang = uiLanguage()): string {
  return kept(problem.args, lang, () => {
    const clause = lintClauseText(problem, lang)
    return t('lint.line', { clause, message: lintProblemMessage(problem, lang) }, lang)
  })
}

/** What a fix does, in an interface language: "Replace ';' by ','", "Remplacer « ; » par « , »". */
export function lintFixLabel(fix: LintFix, lang: UILang = uiLanguage()): string {
  return kept(fix.args, lang, () => lintFixText(fix, lintLookup(lang)))
}
