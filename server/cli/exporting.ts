import {
  ChromiumMissing,
  type ExportParams,
  type ExportSource,
  exportFile,
  exportRequest,
  type FileRequest,
  PdfPrinter,
} from '../formats/index.ts'
import { UsageError } from './command.ts'

/**
 * The export request that `--format`, `--view` and `--delegation` describe (the view defaults to clean), for
 * `penholder export` and `penholder draft export`; a UsageError naming the option and showing `usage` otherwise.
 */
export function exportRequestOf(values: ExportParams, usage: string): FileRequest {
  try {
    return exportRequest(values, (name) => `--${name}`)
  } catch (e) {
    if (e instanceof RangeError) throw new UsageError(`${e.message}; usage: penholder ${usage}`)
    throw e
  }
}

/**
 * A draft exported for the command line: the text or bytes of the file. A PDF starts Chromium for this one run
 * and closes it after. A view that cannot be written, or a missing Chromium, is a UsageError "WHERE: reason"
 * with exit status 1.
 */
export async function exportForCommand(
  source: ExportSource,
  request: FileRequest,
  where: string,
): Promise<string | Uint8Array> {
  const pdf = new PdfPrinter({ concurrency: 1 })
  try {
    return await exportFile(source, request, { pdf })
  } catch (e) {
    if (e instanceof RangeError) throw new UsageError(`${where}: ${e.message}`, 1)
    if (e instanceof ChromiumMissing) throw new UsageError(e.message, 1)
    throw e
  } finally {
    await pdf.close()
  }
}
