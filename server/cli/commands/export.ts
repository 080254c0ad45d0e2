import { EXPORT_FORMATS } from '../../drafts/formats.ts'
import { parseCommandArgs } from '../args.ts'
import { type Command, UsageError } from '../command.ts'
import { loadDraftFile, printWarnings } from '../load.ts'
import { writeOutput } from '../output.ts'

const usage = 'export FILE --format md|txt|html [-o OUT] [--lang xx]'

/** `penholder export`: a resolution file to Markdown, plain text or a standalone HTML page. */
export const exportCommand: Command = {
  name: 'export',
  summary: 'write a resolution as Markdown, plain text laid out as the UN prints it, or an HTML page',
  usage,
  async run(args) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        lang: { type: 'string' },
      },
      usage,
    )
    const [file] = positionals
    if (!file || positionals.length > 1) throw new UsageError(`expected one FILE; usage: penholder ${usage}`)
    const format = values.format
    if (!format || !Object.hasOwn(EXPORT_FORMATS, format)) {
      throw new UsageError(
        `--format must be one of ${Object.keys(EXPORT_FORMATS).join(', ')}; usage: penholder ${usage}`,
      )
    }
    const { doc, warnings } = loadDraftFile(file, values.lang)
    printWarnings(file, warnings)
    writeOutput(EXPORT_FORMATS[format]!.write(doc), values.output)
    return 0
  },
}
