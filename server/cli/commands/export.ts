import { EXPORT_VIEWS } from '../../../schema/index.ts'
import { FILE_FORMATS } from '../../formats/index.ts'
import { parseCommandArgs } from '../args.ts'
import type { Command } from '../command.ts'
import { exportForCommand, exportRequestOf } from '../exporting.ts'
import { loadFileArgument, READ_OPTIONS, READ_USAGE } from '../load.ts'
import { writeOutput } from '../output.ts'

const usage = `export FILE --format ${FILE_FORMATS.join('|')} [--view ${EXPORT_VIEWS.join('|')}] [--delegation NAME] [-o OUT] ${READ_USAGE}`

/**
 * `penholder export`: a resolution file as Markdown, plain text, a standalone HTML page, a Word file, a PDF or
 * Akoma Ntoso XML, in a view: the clean text, the compilation text, or one delegation's amendments document. A
 * file holds no amendment records, so every insertion, deletion and paragraph proposal in it reads as pending,
 * proposed by the delegation it names.
 */
export const exportCommand: Command = {
  name: 'export',
  summary:
    'write a resolution (clean, compilation or amendments view) as Markdown, text, HTML, Word, PDF or Akoma Ntoso',
  usage,
  async run(args) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        format: { type: 'string', short: 'f' },
        view: { type: 'string' },
        delegation: { type: 'string' },
        output: { type: 'string', short: 'o' },
        ...READ_OPTIONS,
      },
      usage,
    )
    const request = exportRequestOf(values, usage)
    const { file, doc } = await loadFileArgument(positionals, values, usage)
    writeOutput(await exportForCommand({ doc, records: [] }, request, file), values.output)
    return 0
  },
}
