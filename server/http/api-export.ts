import { readDraft } from '../drafts/read.ts'
import { readStoredDraft } from '../drafts/stored.ts'
import {
  ChromiumMissing,
  ExportBusy,
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
  if (request.format === 'pdf') {
    const draft = await readDraft(ctx.app.storage, id, ctx.app.rooms)
    if (!draft) throw new HttpError(404, 'not-found', `there is no draft '${id}'`)
    await sendExport(ctx, draft, request, draft.meta.symbol || id)
    return
  }
  // Read, as well as written, in an export thread: converting a long draft blocks as long as writing it.
  const stored = await readStoredDraft(ctx.app.storage, id, ctx.app.rooms)
  if (!stored) throw new HttpError(404, 'not-found', `there is no draft '${id}'`)
  const body = await exported(() => ctx.app.exports.writeStored(stored, request))
  sendFile(ctx, body, request, stored.meta.symbol || id)
}

/** Runs an export, answering a view that cannot be written with 422, a full queue or missing Chromium with 503. */
export async function exported(write: () => Promise<string | Uint8Array>): Promise<string | Uint8Array> {
  try {
    return await unprocessable(write)
  } catch (e) {
    if (e instanceof ChromiumMissing) throw new HttpError(503, 'unavailable', e.message)
    if (e instanceof PrinterBusy || e instanceof ExportBusy) {
      throw new HttpError(503, 'busy', e.message, { 'Retry-After': String(e.retryAfter) })
    }
    throw e
  }
}

/** Sends an export with its media type and a file name after `name` (the symbol). */
function sendFile(ctx: RequestContext, body: string | Uint8Array, request: FileRequest, name: string): void {
  sendText(ctx.res, 200, FILE_FORMAT_FACTS[request.format].contentType, body, {
    'Content-Disposition': exportDisposition(name, request),
    'Cache-Control': 'no-store',
  })
}

/**
 * Sends a draft (or a revision of it) written as `request` asks, its file named after `name` (the symbol). A
 * view that cannot be written is a 422; a PDF while Chromium is missing, or while the print queue or the export
 * queue is full, a 503.
 */
export async function sendExport(
  ctx: RequestContext,
  source: ExportSource,
  request: FileRequest,
  name: string,
): Promise<void> {
  // Chromium prints PDFs in a process of its own; the other formats are written in the export threads.
  const body = await exported(() =>
    request.format === 'pdf'
      ? exportFile(source, request, { pdf: ctx.app.pdf })
      : ctx.app.exports.write(source, request),
  )
  sendFile(ctx, body, request, name)
}
