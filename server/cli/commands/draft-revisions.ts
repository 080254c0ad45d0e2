import { parseCommandArgs } from '../args.ts'
import { UsageError } from '../command.ts'
import { openCommandStorage, STORE_OPTIONS, STORE_USAGE } from '../server-options.ts'

/** How `draft revisions` is called. */
export const REVISIONS_USAGE = `draft revisions ID [--json] ${STORE_USAGE}`

/** `draft revisions ID`: the draft's revisions, first to last: number, date, symbol, who issued it, note. */
export async function listRevisions(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    { json: { type: 'boolean' }, ...STORE_OPTIONS },
    REVISIONS_USAGE,
  )
  const [id] = positionals
  if (!id || positionals.length > 1)
    throw new UsageError(`expected one draft ID; usage: penholder ${REVISIONS_USAGE}`)
  const storage = await openCommandStorage(values, { existing: true })
  try {
    if (!(await storage.draft(id)))
      throw new UsageError(`there is no draft '${id}' (see 'penholder draft list')`, 1)
    const revisions = await storage.revisions(id)
    if (values.json) {
      const list = revisions.map((r) => ({
        revision: r.n,
        symbol: r.symbol,
        note: r.note,
        date: new Date(r.date).toISOString(),
        by: r.by,
      }))
      console.log(JSON.stringify(list))
    } else if (revisions.length === 0) console.log('no revisions')
    else {
      for (const r of revisions) {
        const date = new Date(r.date).toISOString().slice(0, 16).replace('T', ' ')
        console.log([`Rev.${r.n}`, date, r.symbol || '-', r.by, r.note].join('  ').trimEnd())
      }
    }
    return 0
  } finally {
    await storage.close()
  }
}
