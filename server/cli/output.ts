import { writeFileSync } from 'node:fs'
import { UsageError } from './command.ts'

/**
 * Writes a command's result to `-o FILE` when given, else to standard output. Text ends with a line break on
 * the terminal; the bytes of a binary file (Word, PDF) are never written to a terminal, where they would only
 * garble the screen: the command asks for `-o FILE` (or a pipe) instead.
 */
export function writeOutput(content: string | Uint8Array, out: string | undefined): void {
  if (!out) {
    if (typeof content === 'string') {
      process.stdout.write(content.endsWith('\n') ? content : `${content}\n`)
      return
    }
    if (process.stdout.isTTY) {
      throw new UsageError('this format is a binary file: give -o FILE, or send the output to a file or pipe')
    }
    process.stdout.write(content)
    return
  }
  try {
    writeFileSync(out, content)
  } catch (e) {
    throw new UsageError(
      `${out}: cannot write: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
      1,
    )
  }
}
