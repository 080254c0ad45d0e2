import { type ParseArgsConfig, parseArgs } from 'node:util'
import { UsageError } from './command.ts'

type Options = NonNullable<ParseArgsConfig['options']>

/**
 * Parses a command's arguments with node's parseArgs, turning its errors ("Unknown option '--frmat'") into a
 * one-line UsageError that also shows the command's usage.
 */
export function parseCommandArgs<T extends Options>(args: string[], options: T, usage: string) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true })
  } catch (e) {
    throw new UsageError(`${(e as Error).message.split('\n')[0]}; usage: penholder ${usage}`)
  }
}
