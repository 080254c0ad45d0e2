import { parseCommandArgs } from '../args.ts'
import type { Command } from '../command.ts'
import { loadFileArgument } from '../load.ts'
import { writeOutput } from '../output.ts'

const usage = 'import FILE [--lang ar|en|es|fr|ru|zh] [-o draft.json]'

/** `penholder import`: a resolution text (Markdown, PDF text, typed draft) to a draft JSON. */
export const importCommand: Command = {
  name: 'import',
  summary: 'read a resolution (Markdown, text from a PDF, a typed draft) into a draft JSON',
  usage,
  async run(args) {
    const { values, positionals } = parseCommandArgs(
      args,
      { lang: { type: 'string' }, output: { type: 'string', short: 'o' } },
      usage,
    )
    const { doc } = loadFileArgument(positionals, values.lang, usage)
    writeOutput(JSON.stringify(doc.toJSON(), null, 2), values.output)
    return 0
  },
}
