import { type ExportParams, exportRequest } from '../drafts/formats.ts'
import { UsageError } from './command.ts'

/**
 * The export request that `--format`, `--view` and `--delegation` describe (the view defaults to clean), for
 * `penholder export` and `penholder draft export`; a UsageError naming the option and showing `usage` otherwise.
 */
export function exportRequestOf(values: ExportParams, usage: string) {
  try {
    return exportRequest(values, (name) => `--${name}`)
  } catch (e) {
    if (e instanceof RangeError) throw new UsageError(`${e.message}; usage: penholder ${usage}`)
    throw e
  }
}
