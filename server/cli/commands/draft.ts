import { EXPORT_VIEWS } from '../../../schema/index.ts'
import { Authority, draftLink } from '../../auth/index.ts'
import { createDraft, withTitle } from '../../drafts/create.ts'
import { readDraft } from '../../drafts/read.ts'
import { FILE_FORMATS } from '../../formats/index.ts'
import { parseCommandArgs } from '../args.ts'
import { type Command, UsageError } from '../command.ts'
import { exportForCommand, exportRequestOf } from '../exporting.ts'
import { loadDraftFile, printWarnings, READ_OPTIONS, READ_USAGE } from '../load.ts'
import { writeOutput } from '../output.ts'
import { baseUrlOf, openCommandStorage, STORE_OPTIONS, STORE_USAGE } from '../server-options.ts'
import { ARCHIVE_USAGE, archiveDraft, deleteDraft } from './draft-archive.ts'
import { COMPARE_USAGE, compareDraft } from './draft-compare.ts'
import { HISTORY_USAGE, showHistory } from './draft-history.ts'
import { REVISE_USAGE, reviseDraft } from './draft-revise.ts'
import { listRevisions, REVISIONS_USAGE } from './draft-revisions.ts'

const usage = [
  `draft new FILE [--title T] ${READ_USAGE} ${STORE_USAGE} [--base-url URL]`,
  `       penholder draft list [--json] ${STORE_USAGE}`,
  `       penholder draft export ID --format ${FILE_FORMATS.join('|')} [--view ${EXPORT_VIEWS.join('|')}]`,
  `         [--delegation NAME] [-o OUT] ${STORE_USAGE}`,
  // The negotiation's record: revisions, comparison, history.
  `       penholder ${REVISE_USAGE}`,
  `       penholder ${REVISIONS_USAGE}`,
  `       penholder ${COMPARE_USAGE}`,
  `       penholder ${HISTORY_USAGE}`,
  // Archive and delete (issue 16).
  `       penholder ${ARCHIVE_USAGE}`,
].join('\n')

const YEAR = 365 * 86_400_000

/** `draft new`: imports a file as a new draft and prints its id and a facilitator link. */
async function newDraft(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      title: { type: 'string' },
      ...READ_OPTIONS,
      ...STORE_OPTIONS,
      'base-url': { type: 'string' },
    },
    usage,
  )
  const [file] = positionals
  if (!file || positionals.length > 1) throw new UsageError(`expected one FILE; usage: penholder ${usage}`)
  const base = baseUrlOf(values['base-url'])
  const loaded = await loadDraftFile(file, values)
  printWarnings(file, loaded.warnings)
  const doc = values.title === undefined ? loaded.doc : withTitle(loaded.doc, values.title)
  const storage = await openCommandStorage(values, { existing: false })
  try {
    const draft = await createDraft(storage, doc)
    const authority = await Authority.open(storage)
    const { token } = await authority.issue({
      draft: draft.id,
      delegation: 'Facilitator',
      role: 'chair',
      lifetime: YEAR,
    })
    console.log(`draft ${draft.id}${draft.title ? `: ${draft.title}` : ''}`)
    console.log(`facilitator link: ${draftLink(base, draft.id, token)}`)
    return 0
  } finally {
    await storage.close()
  }
}

/** `draft list`: every draft with its id, last change, language, organ, symbol and title. */
async function listDrafts(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    { json: { type: 'boolean' }, ...STORE_OPTIONS },
    usage,
  )
  if (positionals.length) throw new UsageError(`unexpected '${positionals[0]}'; usage: penholder ${usage}`)
  const storage = await openCommandStorage(values, { existing: true })
  try {
    const drafts = await storage.listDrafts()
    if (values.json) console.log(JSON.stringify(drafts))
    else if (drafts.length === 0) console.log('no drafts')
    else {
      for (const d of drafts) {
        const updated = new Date(d.updated).toISOString().slice(0, 16).replace('T', ' ')
        const title = `${d.title || '(untitled)'}${d.archived === null ? '' : '  [archived]'}`
        console.log([d.id, updated, d.lang, d.organ, d.symbol || '-', title].join('  '))
      }
    }
    return 0
  } finally {
    await storage.close()
  }
}

/**
 * `draft export`: a stored draft as Markdown, text, HTML, Word, PDF or Akoma Ntoso in a view (clean by default, compilation, or one
 * delegation's amendments), read from the store with its amendment records (the server may be stopped). The
 * same text as the API's export of the draft.
 */
async function exportDraft(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    {
      format: { type: 'string', short: 'f' },
      view: { type: 'string' },
      delegation: { type: 'string' },
      output: { type: 'string', short: 'o' },
      ...STORE_OPTIONS,
    },
    usage,
  )
  const [id] = positionals
  if (!id || positionals.length > 1) throw new UsageError(`expected one draft ID; usage: penholder ${usage}`)
  const request = exportRequestOf(values, usage)
  const storage = await openCommandStorage(values, { existing: true })
  try {
    const draft = await readDraft(storage, id)
    if (!draft) throw new UsageError(`there is no draft '${id}' (see 'penholder draft list')`, 1)
    writeOutput(await exportForCommand(draft, request, `draft ${id}`), values.output)
    return 0
  } finally {
    await storage.close()
  }
}

const SUBCOMMANDS: Record<string, (args: string[]) => Promise<number>> = {
  new: newDraft,
  list: listDrafts,
  export: exportDraft,
  revise: reviseDraft,
  revisions: listRevisions,
  compare: compareDraft,
  history: showHistory,
  archive: (args) => archiveDraft(args, true),
  unarchive: (args) => archiveDraft(args, false),
  delete: deleteDraft,
}

const names = Object.keys(SUBCOMMANDS)
const SUBCOMMAND_LIST = `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`

/** `penholder draft`: create, list and export the server's stored drafts; their revisions and history. */
export const draftCommand: Command = {
  name: 'draft',
  summary:
    'create a draft from a file (prints a facilitator link), list drafts, export a stored draft; issue, list and compare its revisions, show its history; archive or delete it',
  usage,
  async run(args) {
    const [sub, ...rest] = args
    const run = sub && Object.hasOwn(SUBCOMMANDS, sub) ? SUBCOMMANDS[sub] : undefined
    if (!run)
      throw new UsageError(
        `expected ${SUBCOMMAND_LIST}${sub ? `, got '${sub}'` : ''}; usage: penholder ${usage}`,
      )
    return run(rest)
  },
}
