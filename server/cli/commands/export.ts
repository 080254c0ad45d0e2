import { EXPORT_VIEWS, VIEW_FORMATS } from '../../../schema/index.ts'
import { exportText } from '../../drafts/formats.ts'
import { parseCommandArgs } from '../args.ts'
import { type Command, UsageError } from '../command.ts'
import { exportRequestOf } from '../export-request.ts'
import { loadFileArgument } from '../load.ts'
import { writeOutput } from '../output.ts'

const usage = `export FILE --format ${VIEW_FORMATS.join('|')} [--view ${EXPORT_VIEWS.join('|')}] [--delegation NAME] [-o OUT] [--lang xx]`

/**
 * `penholder export`: a resolution file as Markdown, plain text or a standalone HTML page, in a view: the clean
 * text, the compilation text, or one delegation's amendments document. A file holds no amendment records, so
 * every insertion, deletion and paragraph proposal in it reads as pending, proposed by the delegation it names.
 */
export const exportCommand: Command = {
  name: 'export',
  summary:
    'write a resolution (clean, compilation or amendments view) as Markdown, plain text or an HTML page',
  usage,
  async run(args) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        format: { type: 'string', short: 'f' },
        view: { type: 'string' },
        delegation: { type: 'string' },
        output: { type: 'string', short: 'o' },
        lang: { type: 'string' },
      },
      usage,
    )
    const request = exportRequestOf(values, usage)
    const { file, doc } = loadFileArgument(positionals, values.lang, usage)
    let text: string
    try {
      text = exportText({ doc, records: [] }, request)
    } catch (e) {
      if (e instanceof RangeError) throw new UsageError(`${file}: ${e.message}`, 1)
      throw e
    }
    writeOutput(text, values.output)
    return 0
  },
}
