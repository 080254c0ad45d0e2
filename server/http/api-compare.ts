import { compareDrafts } from '../../schema/index.ts'
import {
  BadComparison,
  COMPARISON_DOCX,
  comparisonFile,
  comparisonFileName,
  comparisonInputs,
  comparisonRequest,
  NoSuchDraft,
  versionName,
} from '../record/index.ts'
import { exported } from './api-export.ts'
import { authenticate, draftOr404, param, type RequestContext } from './context.ts'
import { HttpError } from './http-error.ts'
import { sendText } from './respond.ts'

/** Runs `f`, answering a comparison that cannot be made with 400, a revision or draft that is not there with 404. */
async function comparing<T>(f: () => Promise<T>): Promise<T> {
  try {
    return await f()
  } catch (e) {
    if (e instanceof BadComparison) {
      throw e.missing
        ? new HttpError(404, 'not-found', e.message)
        : new HttpError(400, 'bad-request', e.message)
    }
    if (e instanceof NoSuchDraft) throw new HttpError(404, 'not-found', e.message)
    throw e
  }
}

/**
 * GET /api/drafts/ID/compare?from=N&to=M|current&format=html|docx|json&layout=inline|side-by-side: two
 * versions compared, for any token of the draft: a standalone HTML page (shown inline with an `inline=1`
 * query, else as a download), Word with tracked changes by author (base: the earlier version), or JSON.
 */
export async function compareRoute(ctx: RequestContext): Promise<void> {
  const id = param(ctx, 0)
  await authenticate(ctx, id)
  const meta = await draftOr404(ctx, id)
  const query = ctx.url.searchParams
  const { from, to, format, layout } = await comparing(async () => ({
    from: versionName(query.get('from'), 'from'),
    to: versionName(query.get('to') ?? 'current', 'to'),
    ...comparisonRequest(query.get('format'), query.get('layout')),
  }))
  if (from === 'current') throw new HttpError(400, 'bad-request', '"from" must be a revision number')
  const inputs = await comparing(() => comparisonInputs(ctx.app.storage, id, from, to, ctx.app.rooms))
  // The Word file is compared and written in the export pool, as the exports are; HTML and JSON as before.
  const file =
    format === 'docx'
      ? {
          ...COMPARISON_DOCX,
          content: await exported(() =>
            ctx.app.exports.writeComparison(inputs.from, inputs.to, inputs.options),
          ),
        }
      : await comparisonFile(compareDrafts(inputs.from, inputs.to, inputs.options), format, layout)
  const base = meta.symbol.replace(/\/Rev\.\d+$/, '') || id
  const name = comparisonFileName(base, from, to, file.extension)
  const disposition = format === 'html' && query.get('inline') === '1' ? 'inline' : 'attachment'
  sendText(ctx.res, 200, file.contentType, file.content, {
    'Content-Disposition': `${disposition}; filename="${name}"`,
    'Cache-Control': 'no-store',
  })
}
