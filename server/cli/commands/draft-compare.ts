import {
  BadComparison,
  COMPARISON_FORMATS,
  compareVersions,
  comparisonFile,
  comparisonRequest,
  versionName,
} from '../../record/index.ts'
import { parseCommandArgs } from '../args.ts'
import { UsageError } from '../command.ts'
import { writeOutput } from '../output.ts'
import { openCommandStorage, STORE_OPTIONS, STORE_USAGE } from '../server-options.ts'

/** How `draft compare` is called. */
export const COMPARE_USAGE = `draft compare ID --from N [--to M|current] [--format ${COMPARISON_FORMATS.join('|')}] [--layout inline|side-by-side] [-o FILE] ${STORE_USAGE}`

/**
 * `draft compare ID --from N --to M|current`: two versions of a draft compared, as the API gives them (HTML,
 * Word with tracked changes by author, JSON), read from the store with the server running or not.
 */
export async function compareDraft(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      from: { type: 'string' },
      to: { type: 'string' },
      format: { type: 'string', short: 'f' },
      layout: { type: 'string' },
      output: { type: 'string', short: 'o' },
      ...STORE_OPTIONS,
    },
    COMPARE_USAGE,
  )
  const [id] = positionals
  if (!id || positionals.length > 1)
    throw new UsageError(`expected one draft ID; usage: penholder ${COMPARE_USAGE}`)
  let request: ReturnType<typeof comparisonRequest> & { from: number | 'current'; to: number | 'current' }
  try {
    request = {
      from: versionName(values.from, 'from'),
      to: versionName(values.to ?? 'current', 'to'),
      ...comparisonRequest(values.format, values.layout),
    }
  } catch (e) {
    throw new UsageError(
      `${(e as Error).message.replace(/"(\w+)"/, '--$1')}; usage: penholder ${COMPARE_USAGE}`,
    )
  }
  const storage = await openCommandStorage(values, { existing: true })
  try {
    if (!(await storage.draft(id)))
      throw new UsageError(`there is no draft '${id}' (see 'penholder draft list')`, 1)
    const comparison = await compareVersions(storage, id, request.from, request.to).catch((e: unknown) => {
      throw e instanceof BadComparison ? new UsageError(`draft ${id}: ${e.message}`, 1) : e
    })
    const file = await comparisonFile(comparison, request.format, request.layout)
    writeOutput(file.content, values.output)
    return 0
  } finally {
    await storage.close()
  }
}
