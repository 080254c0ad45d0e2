import {
  type BackupCounts,
  BackupError,
  backupRecords,
  checkBackup,
  countsText,
  writeBackup,
} from '../../backup/index.ts'
import { StoreNotEmpty, storeName } from '../../storage/index.ts'
import { parseCommandArgs } from '../args.ts'
import { type Command, UsageError } from '../command.ts'
import { openCommandStorage, STORE_OPTIONS, STORE_USAGE, storeChoiceOf } from '../server-options.ts'

const backupUsage = `backup FILE ${STORE_USAGE}`
const restoreUsage = `restore FILE ${STORE_USAGE} [--force]`

/** The one FILE of a command's positionals, or a usage error. */
function fileOf(positionals: string[], usage: string): string {
  const [file] = positionals
  if (!file || positionals.length > 1) throw new UsageError(`expected one FILE; usage: penholder ${usage}`)
  return file
}

/**
 * `penholder backup FILE`: the whole store (drafts and their logs, invitations, the signing secret, revisions,
 * history, comments) into one file, read from one consistent state while a server may go on writing.
 */
export const backupCommand: Command = {
  name: 'backup',
  summary: 'write the whole store (drafts, invitations, secret, revisions, history, comments) into one file',
  usage: backupUsage,
  async run(args) {
    const { values, positionals } = parseCommandArgs(args, { ...STORE_OPTIONS }, backupUsage)
    const file = fileOf(positionals, backupUsage)
    const storage = await openCommandStorage(values, { existing: true })
    try {
      const counts = await writeBackup(storage, file, storeName(storeChoiceOf(values)))
      console.log(`backed up ${countsText(counts)} to ${file}`)
      return 0
    } finally {
      await storage.close()
    }
  },
}

/**
 * `penholder restore FILE`: a backup into an empty store (a new data folder, an empty database), or, with
 * `--force`, in place of everything a store holds. The file is checked through first: a damaged or truncated
 * one changes nothing. Stop the servers of the store first.
 */
export const restoreCommand: Command = {
  name: 'restore',
  summary: 'restore a backup file into an empty store (--force: replace what the store holds)',
  usage: restoreUsage,
  async run(args) {
    const { values, positionals } = parseCommandArgs(
      args,
      { ...STORE_OPTIONS, force: { type: 'boolean' } },
      restoreUsage,
    )
    const file = fileOf(positionals, restoreUsage)
    let counts: BackupCounts
    try {
      // Checked through before the store is opened: a bad file creates no data folder and changes nothing.
      counts = await checkBackup(file)
    } catch (e) {
      if (e instanceof BackupError) throw new UsageError(`${e.message}; nothing was restored`, 1)
      throw e
    }
    const storage = await openCommandStorage(values, { existing: false })
    try {
      await storage.restore(backupRecords(file), { replace: values.force === true })
      console.log(`restored ${countsText(counts)} into ${storeName(storeChoiceOf(values))}`)
      return 0
    } catch (e) {
      if (e instanceof StoreNotEmpty)
        throw new UsageError(`${storeName(storeChoiceOf(values))}: ${e.message} (--force)`, 1)
      throw e
    } finally {
      await storage.close()
    }
  },
}
