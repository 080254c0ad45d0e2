import { parseCommandArgs } from '../args.ts'
import { UsageError } from '../command.ts'
import { openCommandStorage, STORE_OPTIONS, STORE_USAGE } from '../server-options.ts'

/** How `draft archive`, `draft unarchive` and `draft delete` read in the usage. */
export const ARCHIVE_USAGE = [
  `draft archive ID ${STORE_USAGE}`,
  `       penholder draft unarchive ID ${STORE_USAGE}`,
  `       penholder draft delete ID --yes ${STORE_USAGE}`,
].join('\n')

/** The one draft ID of a command's positionals, or a usage error. */
function draftIdOf(positionals: string[]): string {
  const [id] = positionals
  if (!id || positionals.length > 1)
    throw new UsageError(`expected one draft ID; usage: penholder ${ARCHIVE_USAGE}`)
  return id
}

/**
 * `draft archive ID` / `draft unarchive ID`: marks a draft read-only for everyone, or open again. A server
 * running on the store sees the mark when it next loads the draft; archive through the API
 * (`POST /api/drafts/ID/archive`) to stop changes in a room that is open now.
 */
export async function archiveDraft(args: string[], archived: boolean): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { ...STORE_OPTIONS }, ARCHIVE_USAGE)
  const id = draftIdOf(positionals)
  const storage = await openCommandStorage(values, { existing: true })
  try {
    if (!(await storage.setArchived(id, archived ? Date.now() : null)))
      throw new UsageError(`there is no draft '${id}' (see 'penholder draft list')`, 1)
    console.log(`draft ${id} ${archived ? 'archived: read-only for everyone' : 'open for changes again'}`)
    return 0
  } finally {
    await storage.close()
  }
}

/**
 * `draft delete ID --yes`: deletes a draft with its log, invitations, revisions, history and comments; without
 * `--yes` it says what it would delete and does nothing. Stop the server first, or delete through the API.
 */
export async function deleteDraft(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    args,
    { ...STORE_OPTIONS, yes: { type: 'boolean' } },
    ARCHIVE_USAGE,
  )
  const id = draftIdOf(positionals)
  const storage = await openCommandStorage(values, { existing: true })
  try {
    const draft = await storage.draft(id)
    if (!draft) throw new UsageError(`there is no draft '${id}' (see 'penholder draft list')`, 1)
    const name = `draft ${id}${draft.title ? ` (${draft.title})` : ''}`
    if (!values.yes)
      throw new UsageError(
        `${name} would be deleted with its revisions, history, comments and invitations, for good: add --yes to delete it`,
      )
    await storage.deleteDraft(id)
    console.log(`${name} deleted`)
    return 0
  } finally {
    await storage.close()
  }
}
