import { formatLint, lint } from '../../../schema/index.ts'
import { parseCommandArgs } from '../args.ts'
import type { Command } from '../command.ts'
import { loadFileArgument, READ_OPTIONS, READ_USAGE } from '../load.ts'

const usage = `lint FILE [--json] ${READ_USAGE}`

/** `penholder lint`: the drafting problems of a resolution; exit status 1 when there is an error. */
export const lintCommand: Command = {
  name: 'lint',
  summary: 'check openings, punctuation, repeated verbs, brackets, quotes and footnotes; exit 1 on an error',
  usage,
  async run(args) {
    const { values, positionals } = parseCommandArgs(
      args,
      { json: { type: 'boolean' }, ...READ_OPTIONS },
      usage,
    )
    const { file, doc } = await loadFileArgument(positionals, values, usage)
    const problems = lint(doc)
    if (values.json)
      console.log(JSON.stringify(problems.map(({ fix, ...p }) => ({ ...p, fix: fix ?? null }))))
    else if (problems.length > 0) console.log(formatLint(problems))
    else console.log(`${file}: no problems`)
    return problems.some((p) => p.severity === 'error') ? 1 : 0
  },
}
