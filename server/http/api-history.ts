import {
  filterStoredHistory,
  type HistoryFilter,
  historyJSONBytes,
  NoSuchDraft,
  oralRevisionOf,
  recordOralRevision,
  storedHistoryCSV,
} from '../record/index.ts'
import { authenticate, draftOr404, param, type RequestContext, requireChair } from './context.ts'
import { HttpError, unprocessable } from './http-error.ts'
import { readJSON, sendJSON, sendText } from './respond.ts'

const FORMATS = ['json', 'csv']

/** The filter a query asks for: `delegation=NAME` and `clause=ID` (a paragraph by its stable id). */
function filterOf(query: URLSearchParams): HistoryFilter {
  const filter: HistoryFilter = {}
  const delegation = query.get('delegation')
  const clause = query.get('clause')
  if (delegation) filter.delegation = delegation
  if (clause) filter.clause = clause
  return filter
}

/**
 * GET /api/drafts/ID/history?format=json|csv&delegation=NAME&clause=ID: the draft's history, oldest first, for
 * any token of the draft (a delegation sees the history of the draft it was invited to). JSON `{history:
 * [...]}`, or CSV with a header row (RFC 4180) as a download. Nothing changes or deletes an entry.
 */
export async function getHistory(ctx: RequestContext): Promise<void> {
  const id = param(ctx, 0)
  await authenticate(ctx, id)
  const meta = await draftOr404(ctx, id)
  const format = ctx.url.searchParams.get('format') ?? 'json'
  if (!FORMATS.includes(format)) throw new HttpError(400, 'bad-request', '"format" must be json or csv')
  const filter = filterOf(ctx.url.searchParams)
  // The stored entries, their details as JSON text: copied into the answer, not parsed and written again.
  const entries = filterStoredHistory(await ctx.app.storage.storedHistory(id, filter.clause), filter)
  if (format === 'json')
    return sendText(ctx.res, 200, 'application/json; charset=utf-8', historyJSONBytes(entries), {
      'Cache-Control': 'no-store',
    })
  const name = `${(meta.symbol || id).replace(/[^A-Za-z0-9.]+/g, '-')}_history.csv`
  sendText(ctx.res, 200, 'text/csv; charset=utf-8; header=present', storedHistoryCSV(entries), {
    'Content-Disposition': `attachment; filename="${name}"`,
    'Cache-Control': 'no-store',
  })
}

/**
 * POST /api/drafts/ID/oral-revisions (facilitator), `{clause, before, after, note, label?}`: records a change
 * the facilitator made orally in the meeting (she made it in the text as any edit) in the history, with its
 * words and her note; answers 201 with the entry. The comparison then attributes those words to her, orally.
 */
export async function oralRevisionRoute(ctx: RequestContext): Promise<void> {
  const id = param(ctx, 0)
  const claims = await authenticate(ctx, id)
  requireChair(claims)
  await draftOr404(ctx, id)
  const oral = await unprocessable(async () => oralRevisionOf(await readJSON(ctx.req, 512 * 1024)))
  const by = { delegation: claims.delegation, role: claims.role }
  const entry = await recordOralRevision(ctx.app.storage, id, oral, by, ctx.app.rooms).catch((e: unknown) => {
    throw e instanceof NoSuchDraft ? new HttpError(404, 'not-found', e.message) : e
  })
  ctx.app.log('revision.oral', { draft: id, clause: oral.clause })
  sendJSON(ctx.res, 201, { entry: { ...entry, at: new Date(entry.at).toISOString() } })
}
