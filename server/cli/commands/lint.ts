import {
  formatLint,
  lint,
  lintFixText,
  lintMessageText,
  lintPlaceText,
  lintSummary,
  lintTexts,
} from '../../../schema/index.ts'
import { parseCommandArgs } from '../args.ts'
import type { Command } from '../command.ts'
import { loadFileArgument, READ_OPTIONS, READ_USAGE } from '../load.ts'
import { LOCALE_USAGE, messageLanguage } from '../locale.ts'

const usage = `lint FILE [--json] ${LOCALE_USAGE} ${READ_USAGE}`

/**
 * `penholder lint`: the drafting problems of a resolution, in the language of `--locale` or of the
 * environment (`LANG`); exit status 1 when there is an error. `--json` prints the problems as data, their
 * codes and arguments as they are in any language, their clause, message and fix label in that language.
 */
export const lintCommand: Command = {
  name: 'lint',
  summary: 'check openings, punctuation, repeated verbs, brackets, quotes and footnotes; exit 1 on an error',
  usage,
  async run(args) {
    const { values, positionals } = parseCommandArgs(
      args,
      { json: { type: 'boolean' }, locale: { type: 'string' }, ...READ_OPTIONS },
      usage,
    )
    const lang = messageLanguage(values.locale)
    const { file, doc } = await loadFileArgument(positionals, values, usage)
    const problems = lint(doc)
    const lookup = lintTexts(lang)
    if (values.json) {
      const data = problems.map(({ fix, ...p }) => ({
        ...p,
        clause: lintPlaceText(p.place, lookup),
        message: lintMessageText(p, lookup),
        fix: fix ? { ...fix, label: lintFixText(fix, lookup) } : null,
      }))
      console.log(JSON.stringify(data))
    } else if (problems.length > 0) {
      console.log(formatLint(problems, lang))
      console.log(lintSummary(problems, lang))
    } else console.log(lookup('frame.clean', { file }))
    return problems.some((p) => p.severity === 'error') ? 1 : 0
  },
}
