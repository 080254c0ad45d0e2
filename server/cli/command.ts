/** A sub-command of `penholder`: its name, a one-line summary for the help text, its usage, and what it does. */
export interface Command {
  name: string
  summary: string
  usage: string
  /** Runs the command with the arguments after its name; resolves to the process exit status. */
  run(args: string[]): Promise<number>
}

/**
 * An error the user caused (a missing file, a malformed option, a draft the schema rejects). The command line
 * prints its message on one line, without a stack trace, and exits with `status`.
 */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly status = 2,
  ) {
    super(message)
    this.name = 'UsageError'
  }
}
