import { EXPORT_VIEWS, isExportView } from '../../schema/index.ts'
import { FILE_FORMAT_FACTS, FILE_FORMATS, type FileRequest, isFileFormat } from './file-formats.ts'

/** The export parameters as given (query parameters or command-line options); absent ones undefined. */
export interface ExportParams {
  format?: string | undefined
  view?: string | undefined
  delegation?: string | undefined
}

/**
 * Checks export parameters and fills in the default view, `clean`. Throws a RangeError naming the parameter
 * (`name` says how the caller spells it: "format" in the API, "--format" on the command line): an unknown
 * format or view, the amendments view without a delegation, a delegation with another view.
 */
export function exportRequest(params: ExportParams, name = (p: string) => p): FileRequest {
  const { format, view = 'clean', delegation } = params
  if (!isFileFormat(format)) {
    throw new RangeError(`${name('format')} must be one of ${FILE_FORMATS.join(', ')}`)
  }
  if (!isExportView(view)) throw new RangeError(`${name('view')} must be one of ${EXPORT_VIEWS.join(', ')}`)
  if (view === 'amendments') {
    if (delegation === undefined || delegation.trim() === '') {
      throw new RangeError(
        `the amendments view needs ${name('delegation')}: the delegation whose amendments document it is`,
      )
    }
    return { view, format, delegation }
  }
  if (delegation !== undefined) {
    throw new RangeError(`${name('delegation')} goes with ${name('view')} amendments only, not with ${view}`)
  }
  return { view, format }
}

/** A file name part: letters, digits, dots and hyphens, other characters as hyphens. */
const slug = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9.]+/g, '-')
    .replace(/^-+|-+$/g, '')

/**
 * The file name of an export, saying what it is: "A-C.3-71-L.23_clean.txt", "..._compilation.html",
 * "..._amendments_Egypt.md", "..._clean.docx"; `base` is the draft's symbol, or its id where it has none. Also given in UTF-8 for
 * `filename*`, which keeps a delegation's name as it is written ("Côte d'Ivoire").
 */
export function exportFileName(base: string, request: FileRequest): { ascii: string; utf8: string } {
  const ext = FILE_FORMAT_FACTS[request.format].extension
  const stem = slug(base) || 'draft'
  const who = request.view === 'amendments' ? (request.delegation ?? '').trim() : ''
  const safe = who.replace(/[\s/\\:*?"<>|\p{Cc}]+/gu, '-')
  const name = (part: string) => [stem, request.view, part].filter(Boolean).join('_')
  return { ascii: `${name(slug(who) || (who ? 'delegation' : ''))}.${ext}`, utf8: `${name(safe)}.${ext}` }
}

/** The Content-Disposition header of an export: inline, its ASCII file name and the UTF-8 one (RFC 6266). */
export function exportDisposition(base: string, request: FileRequest): string {
  const { ascii, utf8 } = exportFileName(base, request)
  const encoded = encodeURIComponent(utf8).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  )
  return `inline; filename="${ascii}"; filename*=UTF-8''${encoded}`
}
