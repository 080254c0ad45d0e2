import { readFileSync, statSync } from 'node:fs'
import { type ImportWarning, LANGUAGES } from '../../schema/index.ts'
import { assertFileSize, type ReadResolution, readResolutionFile, TRACKED_CHANGES } from '../formats/index.ts'
import { UsageError } from './command.ts'

/** The options of every command that reads a resolution file: its language, and what tracked changes become. */
export const READ_OPTIONS = {
  lang: { type: 'string' },
  changes: { type: 'string' },
} as const

/** How `READ_OPTIONS` read in a usage line. */
export const READ_USAGE = `[--lang ${LANGUAGES.join('|')}] [--changes ${TRACKED_CHANGES.join('|')}]`

/**
 * Reads a file the command line was given, whatever it holds (told by its content): a Word file, an Akoma
 * Ntoso file, a draft JSON, or any text `import` reads (Markdown, text extracted from a PDF, a typed draft).
 * A file that cannot be read as a resolution is a UsageError "FILE: what is wrong", exit status 1.
 */
export async function loadDraftFile(
  path: string,
  options: { lang?: string | undefined; changes?: string | undefined } = {},
): Promise<ReadResolution> {
  if (options.lang !== undefined && !(LANGUAGES as readonly string[]).includes(options.lang)) {
    throw new UsageError(`--lang must be one of ${LANGUAGES.join(', ')}, got '${options.lang}'`)
  }
  if (options.changes !== undefined && !(TRACKED_CHANGES as readonly string[]).includes(options.changes)) {
    throw new UsageError(`--changes must be one of ${TRACKED_CHANGES.join(', ')}, got '${options.changes}'`)
  }
  let size: number
  try {
    const stat = statSync(path)
    if (stat.isDirectory()) throw new UsageError(`${path}: is a folder, not a file`)
    size = stat.size
  } catch (e) {
    if (e instanceof UsageError) throw e
    throw new UsageError(`${path}: no such file`)
  }
  try {
    // Refuse before reading: a 50 MB file is not a resolution, and reading it only to say so wastes memory.
    assertFileSize(size)
    return await readResolutionFile(readFileSync(path), options)
  } catch (e) {
    if (e instanceof RangeError) throw new UsageError(`${path}: ${e.message}`, 1)
    throw e
  }
}

/** Prints import warnings to stderr as "FILE:LINE: warning: ...", the way compilers do. */
export function printWarnings(path: string, warnings: ImportWarning[]): void {
  for (const w of warnings) console.error(`${path}:${w.line}: warning: ${w.message}`)
}

/**
 * The one FILE a command reads (the only positional argument), loaded, with the reader's warnings printed:
 * what `import`, `outline`, `lint` and `export` all start with.
 */
export async function loadFileArgument(
  positionals: string[],
  options: { lang?: string | undefined; changes?: string | undefined },
  usage: string,
): Promise<ReadResolution & { file: string }> {
  const [file] = positionals
  if (!file || positionals.length > 1) throw new UsageError(`expected one FILE; usage: penholder ${usage}`)
  const loaded = await loadDraftFile(file, options)
  printWarnings(file, loaded.warnings)
  return { ...loaded, file }
}
