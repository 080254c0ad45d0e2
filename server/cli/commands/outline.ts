import { formatOutline, outline } from '../../../schema/index.ts'
import { parseCommandArgs } from '../args.ts'
import type { Command } from '../command.ts'
import { loadFileArgument, READ_OPTIONS, READ_USAGE } from '../load.ts'

const usage = `outline FILE [--json] ${READ_USAGE}`

/** `penholder outline`: the structure of a resolution, for a person or (with --json) for a program. */
export const outlineCommand: Command = {
  name: 'outline',
  summary: 'print the structure of a resolution: header, counts, every clause with its number and opening',
  usage,
  async run(args) {
    const { values, positionals } = parseCommandArgs(
      args,
      { json: { type: 'boolean' }, ...READ_OPTIONS },
      usage,
    )
    const { doc } = await loadFileArgument(positionals, values, usage)
    const result = outline(doc)
    console.log(values.json ? JSON.stringify(result) : formatOutline(result))
    return 0
  },
}
