import { type Comparison, comparisonHTML, comparisonJSON } from '../../schema/index.ts'
import { writeComparisonDocx } from '../formats/docx/compare.ts'
import { BadComparison } from './compare-versions.ts'

/** The files a comparison is written to. */
export const COMPARISON_FORMATS = ['html', 'docx', 'json'] as const
export type ComparisonFormat = (typeof COMPARISON_FORMATS)[number]

/** How the HTML of a comparison is laid out. */
export const COMPARISON_LAYOUTS = ['inline', 'side-by-side'] as const
export type ComparisonLayout = (typeof COMPARISON_LAYOUTS)[number]

/** A comparison written to a file: its bytes or text, media type and file name extension. */
export interface ComparisonFile {
  content: string | Uint8Array
  contentType: string
  extension: string
}

/** The media type and extension of a comparison's Word file (written in the export pool by the server). */
export const COMPARISON_DOCX = {
  contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  extension: 'docx',
} as const

/** Reads a format and a layout as a query or an option gives them (html and inline by default). */
export function comparisonRequest(
  format: string | null | undefined,
  layout: string | null | undefined,
): { format: ComparisonFormat; layout: ComparisonLayout } {
  const f = COMPARISON_FORMATS.find((known) => known === (format ?? 'html'))
  if (!f) throw new BadComparison(`"format" must be ${COMPARISON_FORMATS.join(', ')}, not '${format}'`)
  const l = COMPARISON_LAYOUTS.find((known) => known === (layout ?? 'inline'))
  if (!l) throw new BadComparison(`"layout" must be ${COMPARISON_LAYOUTS.join(' or ')}, not '${layout}'`)
  return { format: f, layout: l }
}

/**
 * A comparison as a file: a standalone HTML page (inline or side by side), a Word file with tracked changes
 * by author (its base the earlier version), or JSON for programs.
 */
export async function comparisonFile(
  c: Comparison,
  format: ComparisonFormat,
  layout: ComparisonLayout = 'inline',
): Promise<ComparisonFile> {
  switch (format) {
    case 'html':
      return {
        content: comparisonHTML(c, { standalone: true, layout }),
        contentType: 'text/html; charset=utf-8',
        extension: 'html',
      }
    case 'docx':
      return {
        content: await writeComparisonDocx(c),
        ...COMPARISON_DOCX,
      }
    case 'json':
      return {
        content: `${JSON.stringify(comparisonJSON(c), null, 2)}\n`,
        contentType: 'application/json; charset=utf-8',
        extension: 'json',
      }
  }
}

/** A file name for a comparison of a draft (by its symbol or id): "A-C.3-71-L.23_Rev.1_to_current.html". */
export function comparisonFileName(
  draft: string,
  from: number,
  to: number | 'current',
  extension: string,
): string {
  const safe = draft.replace(/[^A-Za-z0-9.]+/g, '-').replace(/^-|-$/g, '')
  return `${safe}_Rev.${from}_to_${to === 'current' ? 'current' : `Rev.${to}`}.${extension}`
}
