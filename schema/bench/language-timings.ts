import { importResolution, lint, outline } from '../index.ts'
import { BENCH_LANGUAGES, languageDraft } from './language-drafts.ts'
import { time } from './timing.ts'

/** The targets of issue 15 for a 100-paragraph draft in each language, median in milliseconds. */
export const LANGUAGE_TARGETS = { import: 5, lint: 2 }

/**
 * Times the import of a typed 100-paragraph draft and the lint of its document in each of the six languages,
 * and returns the medians as `import_ms_<lang>` and `lint_ms_<lang>`, with whether every one met its target.
 */
export function languageTimings(): { figures: Record<string, number>; pass: boolean } {
  const figures: Record<string, number> = {}
  let pass = true
  for (const lang of BENCH_LANGUAGES) {
    const text = languageDraft(lang)
    const { doc } = importResolution(text, { lang })
    // A draft read wrong would time the wrong work.
    const { preambular, operative } = outline(doc).counts
    if (preambular !== 40 || operative !== 60)
      throw new Error(
        `the ${lang} bench draft imports as ${preambular} + ${operative} paragraphs, not 40 + 60`,
      )
    const imported = time(`import ${lang}`, 200, () => importResolution(text, { lang }))
    const linted = time(`lint ${lang}`, 500, () => lint(doc))
    figures[`import_ms_${lang}`] = imported.median
    figures[`lint_ms_${lang}`] = linted.median
    pass &&= imported.median < LANGUAGE_TARGETS.import && linted.median < LANGUAGE_TARGETS.lint
  }
  return { figures, pass }
}
