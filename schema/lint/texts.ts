import type { Lang } from '../lang.ts'
import type { LintTexts } from './messages.ts'
import { LINT_ARABIC } from './texts-ar.ts'
import { LINT_ENGLISH } from './texts-en.ts'
import { LINT_SPANISH } from './texts-es.ts'
import { LINT_FRENCH } from './texts-fr.ts'
import { LINT_RUSSIAN } from './texts-ru.ts'
import { LINT_CHINESE } from './texts-zh.ts'

/**
 * The wording of lint in the six languages, one table a language with the same keys (the type checker lists
 * a missing one): the command line prints the one of `--locale` or `LANG`, the editor the one of its interface.
 */
export const LINT_TEXTS: Readonly<Record<Lang, LintTexts>> = {
  ar: LINT_ARABIC,
  en: LINT_ENGLISH,
  es: LINT_SPANISH,
  fr: LINT_FRENCH,
  ru: LINT_RUSSIAN,
  zh: LINT_CHINESE,
}
