import { readFileSync, statSync } from 'node:fs'
import type { Node } from 'prosemirror-model'
import {
  assertResolutionSize,
  decodeResolutionText,
  docFromJSON,
  type ImportFormat,
  type ImportWarning,
  isLang,
} from '../../schema/index.ts'
import { importDraftText } from '../drafts/import.ts'
import { UsageError } from './command.ts'

/** A document read from a file, with what the importer could not place. */
export interface LoadedDraft {
  doc: Node
  warnings: ImportWarning[]
  /** What the file was read as: a draft JSON, or the format the importer recognised. */
  format: 'json' | ImportFormat
}

/**
 * Reads a file the command line was given: a draft JSON (ProseMirror JSON, checked against the schema) or
 * any text `import` reads (Markdown, text extracted from a PDF, a typed draft).
 */
export function loadDraftFile(path: string, lang?: string): LoadedDraft {
  if (lang !== undefined && !isLang(lang)) {
    throw new UsageError(`--lang must be one of ar, en, es, fr, ru, zh, got '${lang}'`)
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
  const where = (e: unknown) => new UsageError(`${path}: ${(e as Error).message}`, 1)
  let text: string
  try {
    // Refuse before reading: a 50 MB file is not a resolution, and reading it only to say so wastes memory.
    assertResolutionSize(size)
    text = decodeResolutionText(readFileSync(path))
  } catch (e) {
    throw where(e)
  }
  if (/^\s*\{/.test(text)) {
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch (e) {
      throw where(new Error(`not valid JSON: ${(e as Error).message}`))
    }
    try {
      return { doc: docFromJSON(json), warnings: [], format: 'json' }
    } catch (e) {
      throw where(e)
    }
  }
  try {
    return importDraftText(text, lang)
  } catch (e) {
    throw where(e)
  }
}

/** Prints import warnings to stderr as "FILE:LINE: warning: ...", the way compilers do. */
export function printWarnings(path: string, warnings: ImportWarning[]): void {
  for (const w of warnings) console.error(`${path}:${w.line}: warning: ${w.message}`)
}

/**
 * The one FILE a command reads (the only positional argument), loaded, with the importer's warnings printed:
 * what `import`, `outline`, `lint` and `export` all start with.
 */
export function loadFileArgument(
  positionals: string[],
  lang: string | undefined,
  usage: string,
): LoadedDraft & { file: string } {
  const [file] = positionals
  if (!file || positionals.length > 1) throw new UsageError(`expected one FILE; usage: penholder ${usage}`)
  const loaded = loadDraftFile(file, lang)
  printWarnings(file, loaded.warnings)
  return { ...loaded, file }
}
