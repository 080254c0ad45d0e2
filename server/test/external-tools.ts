// The real readers the format tests check files with: LibreOffice, pandoc, poppler's pdftotext and pdffonts,
// xmllint with the Akoma Ntoso schema. Each test that needs one is skipped with a message where it is missing,
// except under CI, where a missing tool is a failure (the test runs and fails on it).
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const onPath = (command: string) =>
  (process.env.PATH ?? '').split(':').some((dir) => dir && existsSync(join(dir, command)))

/**
 * The `skip` option of a test that needs `command` (from the Debian package `debianPackage`): a reason where it is
 * missing and CI is not set, else false.
 */
export function toolSkip(command: string, debianPackage: string): string | false {
  if (onPath(command) || process.env.CI) return false
  return `${command} is not installed (apt-get install ${debianPackage})`
}

/** Runs a command and returns its standard output; throws with its standard error if it fails. */
export function run(command: string, args: string[], options: { cwd?: string; input?: string } = {}): string {
  const result = spawnSync(command, args, {
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 64 << 20,
    ...options,
  })
  if (result.error) throw new Error(`${command}: ${result.error.message}`)
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr}`)
  return result.stdout
}

/** A temporary folder for one test's files, and a function that removes it. */
export function scratch(): {
  dir: string
  file(name: string, content?: string | Uint8Array): string
  remove(): void
} {
  const dir = mkdtempSync(join(tmpdir(), 'penholder-formats-'))
  return {
    dir,
    file: (name, content) => {
      const path = join(dir, name)
      if (content !== undefined) writeFileSync(path, content)
      return path
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  }
}

/**
 * Converts a file with LibreOffice, headless, into `outDir` (`format` as `soffice --convert-to` takes it: 'txt',
 * 'html', 'docx:"MS Word 2007 XML"'), returning the path of the file it wrote. Each call has a profile of its
 * own, so that conversions may run side by side.
 */
export function libreOfficeFile(input: string, format: string, outDir: string): string {
  const profile = scratch()
  try {
    run('soffice', [
      `-env:UserInstallation=file://${profile.dir}`,
      '--headless',
      '--convert-to',
      format,
      '--outdir',
      outDir,
      resolve(input),
    ])
  } finally {
    profile.remove()
  }
  const stem = input.replace(/^.*\//, '').replace(/\.[^.]+$/, '')
  return join(outDir, `${stem}.${format.replace(/:.*$/, '')}`)
}

/** What LibreOffice reads in a file: the text of the file it converts it to (see {@link libreOfficeFile}). */
export function libreOffice(input: string, format: string): string {
  const out = scratch()
  try {
    return readFileSync(libreOfficeFile(input, format, out.dir), 'utf8')
  } finally {
    out.remove()
  }
}

/**
 * The Akoma Ntoso 3.0 schema: `AKN_XSD`, else `akomantoso30.xsd` in `shared/akn/` beside the checkout; null where
 * neither exists.
 */
export function aknSchema(): string | null {
  const candidates = [
    process.env.AKN_XSD,
    new URL('../../../shared/akn/akomantoso30.xsd', import.meta.url).pathname,
  ]
  return candidates.find((path): path is string => !!path && existsSync(path)) ?? null
}

/** The `skip` option of a test that validates Akoma Ntoso: needs xmllint and the schema (not skipped under CI). */
export function aknSkip(): string | false {
  const tool = toolSkip('xmllint', 'libxml2-utils')
  if (tool) return tool
  if (aknSchema() || process.env.CI) return false
  return 'the Akoma Ntoso schema is not there: set AKN_XSD or put akomantoso30.xsd in ../shared/akn/'
}

/** Validates an Akoma Ntoso file against the OASIS schema; throws with xmllint's messages if it is not valid. */
export function validateAkn(path: string): void {
  const xsd = aknSchema()
  if (!xsd)
    throw new Error(
      'the Akoma Ntoso schema is missing: set AKN_XSD or provide ../shared/akn/akomantoso30.xsd',
    )
  const result = spawnSync('xmllint', ['--noout', '--schema', xsd, path], {
    encoding: 'utf8',
    timeout: 120_000,
  })
  if (result.error) throw new Error(`xmllint: ${result.error.message}`)
  if (result.status !== 0) throw new Error(`${path} does not validate:\n${result.stderr}`)
}
