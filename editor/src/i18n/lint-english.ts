import { LINT_ENGLISH, type LintTextKey } from '../../../schema/index.ts'

/** The interface strings of lint in English: the schema's English table under `lint.`, so it is written once. */
export const LINT_STRINGS_EN = Object.fromEntries(
  Object.entries(LINT_ENGLISH).map(([key, text]) => [`lint.${key}`, text]),
) as { readonly [K in LintTextKey as `lint.${K}`]: string }
