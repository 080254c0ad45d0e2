import { formatOutline, outline } from '../../../schema/index.ts'
import { parseCommandArgs } from '../args.ts'
import { type Command, UsageError } from '../command.ts'
import { loadDraftFile, printWarnings } from '../load.ts'

const usage = 'outline FILE [--json] [--lang xx]'

/** `penholder outline`: the structure of a resolution, for a person or (with --json) for a program. */
export const outlineCommand: Command = {
  name: 'outline',
  summary: 'print the structure of a resolution: header, counts, every clause with its number and opening',
  usage,
  async run(args) {
    const { values, positionals } = parseCommandArgs(
      args,
      { json: { type: 'boolean' }, lang: { type: 'string' } },
      usage,
    )
    const [file] = positionals
    if (!file || positionals.length > 1) throw new UsageError(`expected one FILE; usage: penholder ${usage}`)
    const { doc, warnings } = loadDraftFile(file, values.lang)
    printWarnings(file, warnings)
    const result = outline(doc)
    console.log(values.json ? JSON.stringify(result) : formatOutline(result))
    return 0
  },
}
