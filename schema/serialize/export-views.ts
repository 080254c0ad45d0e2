import type { Node } from 'prosemirror-model'
import type { AmendmentRecord } from '../amendments/record.ts'
import { cleanDoc } from '../amendments/views.ts'
import type { StatusLookup } from '../standing/status.ts'
import { amendmentsHTML, amendmentsMarkdown, amendmentsText } from './amendments-document.ts'
import { compile } from './compilation.ts'
import { toHTML } from './html.ts'
import { recordsWithImplied } from './implied-records.ts'
import { toMarkdown } from './markdown.ts'
import { toText } from './text.ts'

/**
 * What an export shows: `clean`, the agreed text (pending proposals left out, numbered as it stands);
 * `compilation`, every pending proposal shown and attributed; `amendments`, the formal amendments document of
 * one delegation. Every view is written in every one of {@link VIEW_FORMATS}.
 */
export const EXPORT_VIEWS = ['clean', 'compilation', 'amendments'] as const

/** One of {@link EXPORT_VIEWS}. */
export type ExportView = (typeof EXPORT_VIEWS)[number]

/** The text formats a view is written in: Markdown, plain text, HTML. */
export const VIEW_FORMATS = ['md', 'txt', 'html'] as const

/** One of {@link VIEW_FORMATS}. */
export type ViewFormat = (typeof VIEW_FORMATS)[number]

/** Whether a value names one of the {@link EXPORT_VIEWS}. */
export const isExportView = (value: unknown): value is ExportView =>
  typeof value === 'string' && (EXPORT_VIEWS as readonly string[]).includes(value)

/** Whether a value names one of the {@link VIEW_FORMATS}. */
export const isViewFormat = (value: unknown): value is ViewFormat =>
  typeof value === 'string' && (VIEW_FORMATS as readonly string[]).includes(value)

/** A view of a draft in a format; `delegation` names whose amendments document the `amendments` view is. */
export interface ViewRequest {
  view: ExportView
  format: ViewFormat
  delegation?: string
}

/**
 * A draft written in a view and a format. `records` are the draft's amendment records (its `amendments` map);
 * an amendment the document carries without a record counts as pending, proposed by the delegation its marks
 * name, so a draft file without records shows every mark as a pending proposal. HTML is a whole page unless
 * `standalone` is false. `statuses` gives the facilitator's status of each paragraph, which the compilation
 * shows; square brackets and alternative wordings are in the document and every view shows them. Throws a RangeError when the amendments view has no delegation or one with no
 * amendment in the draft.
 */
export function writeView(
  doc: Node,
  records: Iterable<AmendmentRecord> | ReadonlyMap<string, AmendmentRecord>,
  request: ViewRequest,
  options: { standalone?: boolean; statuses?: StatusLookup } = {},
): string {
  const standalone = options.standalone ?? true
  const all = recordsWithImplied(doc, records)
  const { view, format } = request
  if (view === 'amendments') {
    const delegation = request.delegation ?? ''
    if (format === 'md') return amendmentsMarkdown(doc, all, delegation)
    if (format === 'txt') return amendmentsText(doc, all, delegation)
    return amendmentsHTML(doc, all, delegation, { standalone })
  }
  if (view === 'compilation') {
    const compilation = compile(doc, all, options.statuses)
    if (format === 'md') return toMarkdown(compilation.doc, { compilation })
    if (format === 'txt') return toText(compilation.doc, { compilation })
    return toHTML(compilation.doc, { standalone, compilation })
  }
  const clean = cleanDoc(doc, all)
  if (format === 'md') return toMarkdown(clean)
  if (format === 'txt') return toText(clean)
  return toHTML(clean, { standalone })
}
