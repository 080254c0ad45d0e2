import type { Command } from './command.ts'
import { UsageError } from './command.ts'
import { backupCommand, restoreCommand } from './commands/backup.ts'
import { draftCommand } from './commands/draft.ts'
import { exportCommand } from './commands/export.ts'
import { importCommand } from './commands/import.ts'
import { inviteCommand } from './commands/invite.ts'
import { lintCommand } from './commands/lint.ts'
import { outlineCommand } from './commands/outline.ts'
import { serveCommand } from './commands/serve.ts'

/** Every sub-command, in the order the help text lists them. Each lives in its own file in `commands/`. */
const COMMANDS: Command[] = [
  serveCommand,
  draftCommand,
  inviteCommand,
  importCommand,
  outlineCommand,
  lintCommand,
  exportCommand,
  backupCommand,
  restoreCommand,
]

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length), 4)
  return [
    'penholder: the collaborative editor for draft resolutions',
    '',
    'usage: penholder <command> [options]',
    '',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    "Run 'penholder <command> --help' for the options of one command.",
  ].join('\n')
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(help())
    return name ? 0 : 2
  }
  const command = COMMANDS.find((c) => c.name === name)
  if (!command) throw new UsageError(`unknown command '${name}'\n\n${help()}`)
  if (args.includes('--help') || args.includes('-h')) {
    console.log(`usage: penholder ${command.usage}\n\n${command.summary}`)
    return 0
  }
  return command.run(args)
}

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status
  },
  (error: unknown) => {
    if (error instanceof UsageError || error instanceof RangeError) {
      console.error(`penholder: ${error.message}`)
      process.exitCode = error instanceof UsageError ? error.status : 1
    } else {
      // A fault of ours, not of the input: say so, on one line, and keep the details for a bug report.
      console.error(`penholder: internal error: ${(error as Error)?.message ?? String(error)}`)
      if (process.env.PENHOLDER_DEBUG) console.error(error)
      process.exitCode = 70
    }
  },
)
