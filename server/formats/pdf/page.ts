import { type ExportView, writeView } from '../../../schema/index.ts'
import type { ExportSource } from '../file-formats.ts'

/**
 * The HTML page a view of a draft prints as (clean, compilation, amendments), with the print style sheet: the
 * exported HTML page itself, so that printing the HTML export and the PDF export give the same pages. Throws a
 * RangeError for an amendments view without a delegation, or with one that has no amendment in the draft.
 */
export function pdfPage(source: ExportSource, request: { view: ExportView; delegation?: string }): string {
  const { view, delegation } = request
  const format = 'html'
  return writeView(
    source.doc,
    source.records,
    { view, format, ...(delegation ? { delegation } : {}) },
    {
      ...(source.statuses ? { statuses: source.statuses } : {}),
    },
  )
}
