import { readDraft } from '../drafts/read.ts'
import {
  ChromiumMissing,
  type ExportSource,
  exportDisposition,
  exportFile,
  exportRequest,
  FILE_FORMAT_FACTS,
  type FileRequest,
  PrinterBusy,
} from '../formats/index.ts'
import { authenticate, param, type RequestContext } from './context.ts'
import { HttpError, unprocessable } from './http-error.ts'
import { sendText } from './respond.ts'

/** The export a query asks for (`format` defaults to html, `view` to clean); a bad parameter is a 400. */
export function exportRequestOf(query: URLSearchParams): FileRequest {
  try {
    return exportRequest({
      format: query.get('format') ?? 'html',
      view: query.get('view') ?? undefined,
      delegation: query.get('delegation') ?? undefined,
    })
  } catch (e) {
    if (e instanceof RangeError) throw new HttpError(400, 'bad-request', e.message)
    throw e
  }
}

/**
 * GET /api/drafts/ID/export?format=md|txt|html|docx|pdf|akn&view=clean|compilation|amendments&delegation=NAME:
 * the draft as it is now, for any token of the draft. A bad parameter is a 400; a delegation without amendments
 * in the draft a 422; a PDF while Chromium is missing, or while the print queue is full, a 503 (the latter with
 * `Retry-After`).
 */
export async function exportDraft(ctx: RequestContext): Promise<void> {
  const id = param(ctx, 0)
  await authenticate(ctx, id)
  const request = exportRequestOf(ctx.url.searchParams)
  const draft = await readDraft(ctx.app.storage, id, ctx.app.rooms)
  if (!draft) throw new HttpError(404, 'not-found', `there is no draft '${id}'`)
  await sendExport(ctx, draft, request, draft.meta.symbol || id)
}

/**
 * Sends a draft (or a revision of it) written as `request` asks, its file named after `name` (the symbol). A
 * view that cannot be written is a 422; a PDF while Chromium is missing or the print queue is full a 503.
 */
export async function sendExport(
  ctx: RequestContext,
  source: ExportSource,
  request: FileRequest,
  name: string,
): Promise<void> {
  let body: string | Uint8Array
  try {
    body = await unprocessable(() => exportFile(source, request, { pdf: ctx.app.pdf }))
  } catch (e) {
    if (e instanceof ChromiumMissing) throw new HttpError(503, 'unavailable', e.message)
    if (e instanceof PrinterBusy) {
      throw new HttpError(503, 'busy', e.message, { 'Retry-After': String(e.retryAfter) })
    }
    throw e
  }
  sendText(ctx.res, 200, FILE_FORMAT_FACTS[request.format].contentType, body, {
    'Content-Disposition': exportDisposition(name, request),
    'Cache-Control': 'no-store',
  })
}
