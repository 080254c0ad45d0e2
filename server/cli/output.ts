import { writeFileSync } from 'node:fs'
import { UsageError } from './command.ts'

/** Writes a command's result to `-o FILE` when given, else to standard output. */
export function writeOutput(text: string, out: string | undefined): void {
  if (!out) {
    process.stdout.write(text.endsWith('\n') ? text : `${text}\n`)
    return
  }
  try {
    writeFileSync(out, text)
  } catch (e) {
    throw new UsageError(
      `${out}: cannot write: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
      1,
    )
  }
}
