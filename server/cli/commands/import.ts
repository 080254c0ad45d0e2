import { parseCommandArgs } from '../args.ts'
import type { Command } from '../command.ts'
import { loadFileArgument, READ_OPTIONS, READ_USAGE } from '../load.ts'
import { writeOutput } from '../output.ts'

const usage = `import FILE ${READ_USAGE} [-o draft.json]`

/**
 * `penholder import`: a resolution file (Word, Akoma Ntoso, Markdown, PDF text, a typed draft) to a draft JSON.
 */
export const importCommand: Command = {
  name: 'import',
  summary:
    'read a resolution (Word, Akoma Ntoso, Markdown, text from a PDF, a typed draft) into a draft JSON',
  usage,
  async run(args) {
    const { values, positionals } = parseCommandArgs(
      args,
      { ...READ_OPTIONS, output: { type: 'string', short: 'o' } },
      usage,
    )
    const { doc } = await loadFileArgument(positionals, values, usage)
    writeOutput(JSON.stringify(doc.toJSON(), null, 2), values.output)
    return 0
  },
}
