import { filterHistory, type HistoryFilter, historyCSV, historyJSON, summarize } from '../../record/index.ts'
import { parseCommandArgs } from '../args.ts'
import { UsageError } from '../command.ts'
import { writeOutput } from '../output.ts'
import { openCommandStorage, STORE_OPTIONS, STORE_USAGE } from '../server-options.ts'

/** How `draft history` is called. */
export const HISTORY_USAGE = `draft history ID [--format text|json|csv] [--delegation NAME] [--clause ID] [-o FILE] ${STORE_USAGE}`

const FORMATS = ['text', 'json', 'csv']

/**
 * `draft history ID`: who did what in the draft, oldest first: one line each (text), or as the API gives it
 * (JSON, CSV); filtered by delegation or paragraph (its stable id). Read from the store, with the server
 * running or not.
 */
export async function showHistory(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      format: { type: 'string', short: 'f' },
      delegation: { type: 'string' },
      clause: { type: 'string' },
      output: { type: 'string', short: 'o' },
      ...STORE_OPTIONS,
    },
    HISTORY_USAGE,
  )
  const [id] = positionals
  if (!id || positionals.length > 1)
    throw new UsageError(`expected one draft ID; usage: penholder ${HISTORY_USAGE}`)
  const format = values.format ?? 'text'
  if (!FORMATS.includes(format))
    throw new UsageError(`--format must be text, json or csv; usage: penholder ${HISTORY_USAGE}`)
  const filter: HistoryFilter = {}
  if (values.delegation) filter.delegation = values.delegation
  if (values.clause) filter.clause = values.clause
  const storage = await openCommandStorage(values, { existing: true })
  try {
    if (!(await storage.draft(id)))
      throw new UsageError(`there is no draft '${id}' (see 'penholder draft list')`, 1)
    const entries = filterHistory(await storage.history(id), filter)
    let out: string
    if (format === 'csv') out = historyCSV(entries)
    else if (format === 'json') out = JSON.stringify(entries.map(historyJSON))
    else {
      out = entries
        .map((e) => {
          const at = new Date(e.at).toISOString().slice(0, 19).replace('T', ' ')
          return `${e.seq}  ${at}  ${e.delegation} (${e.role})  ${summarize(e)}`
        })
        .join('\n')
      if (out === '') out = 'no history yet'
    }
    writeOutput(out, values.output)
    return 0
  } finally {
    await storage.close()
  }
}
