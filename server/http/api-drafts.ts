import { emptyDraft, isLang, isOrgan, outline } from '../../schema/index.ts'
import { ALL_DRAFTS } from '../auth/index.ts'
import { createDraft, withTitle } from '../drafts/create.ts'
import { EXPORT_FORMATS, exportDisposition, exportRequest, exportText } from '../drafts/formats.ts'
import { type ImportedDraft, importDraftText } from '../drafts/import.ts'
import { readDraft } from '../drafts/read.ts'
import { authenticate, draftJSON, draftOr404, type RequestContext, requireChair } from './context.ts'
import { HttpError } from './http-error.ts'
import { readJSON, sendJSON, sendText } from './respond.ts'

/** The largest JSON body the API reads: an uploaded resolution, as text, with room to spare. */
export const MAX_BODY = 8 * 1024 * 1024

const param = (ctx: RequestContext, i: number) => decodeURIComponent(ctx.params[i]!)

/** Runs `f`, answering its RangeError (what the request asks for cannot be done) with 422 and the reason. */
function unprocessable<T>(f: () => T): T {
  try {
    return f()
  } catch (e) {
    if (e instanceof RangeError) throw new HttpError(422, 'invalid', e.message)
    throw e
  }
}

/** The document a create request describes: imported from `file`, or blank for `lang` and `organ`; titled. */
function requestedDraft(body: Record<string, unknown>): Omit<ImportedDraft, 'format'> {
  let draft: Omit<ImportedDraft, 'format'>
  if (body.file !== undefined) draft = importDraftText(body.file, body.lang)
  else {
    if (!isLang(body.lang)) throw new RangeError('"lang" must be one of ar, en, es, fr, ru, zh')
    if (!isOrgan(body.organ)) throw new RangeError('"organ" must be one of ga, sc, hrc, ecosoc')
    draft = { doc: emptyDraft(body.lang, body.organ), warnings: [] }
  }
  if (body.title === undefined) return draft
  if (typeof body.title !== 'string') throw new RangeError('"title" must be a string')
  return { doc: withTitle(draft.doc, body.title), warnings: draft.warnings }
}

/** GET /api/drafts: the drafts a facilitator token may manage (every draft for a server-wide one). */
export async function listDrafts(ctx: RequestContext): Promise<void> {
  const claims = await authenticate(ctx)
  requireChair(claims)
  const all = await ctx.app.storage.listDrafts()
  const drafts = claims.draft === ALL_DRAFTS ? all : all.filter((d) => d.id === claims.draft)
  sendJSON(ctx.res, 200, { drafts: drafts.map(draftJSON) })
}

/**
 * POST /api/drafts (server-wide facilitator): a new draft, blank from `{lang, organ, title?}` or imported from
 * `{file, lang?}` (the text of an uploaded file).
 */
export async function createDraftRoute(ctx: RequestContext): Promise<void> {
  const claims = await authenticate(ctx)
  if (claims.draft !== ALL_DRAFTS || claims.role !== 'chair') {
    throw new HttpError(403, 'forbidden', 'only a server-wide facilitator token creates drafts')
  }
  const body = await readJSON(ctx.req, MAX_BODY)
  const { doc, warnings } = unprocessable(() => requestedDraft(body))
  const meta = await createDraft(ctx.app.storage, doc)
  ctx.app.log('draft.create', { draft: meta.id, by: claims.id })
  sendJSON(ctx.res, 201, { draft: draftJSON(meta), warnings })
}

/** POST /api/import/preview (facilitator): what importing `{file, lang?}` would give; nothing is stored. */
export async function previewImport(ctx: RequestContext): Promise<void> {
  requireChair(await authenticate(ctx))
  const body = await readJSON(ctx.req, MAX_BODY)
  const { doc, warnings } = unprocessable(() => importDraftText(body.file, body.lang))
  sendJSON(ctx.res, 200, { outline: outline(doc), warnings })
}

/** GET /api/drafts/ID: the draft's listing and outline, for any token of the draft. */
export async function getDraft(ctx: RequestContext): Promise<void> {
  const id = param(ctx, 0)
  await authenticate(ctx, id)
  const draft = await readDraft(ctx.app.storage, id, ctx.app.rooms)
  if (!draft) throw new HttpError(404, 'not-found', `there is no draft '${id}'`)
  sendJSON(ctx.res, 200, { draft: draftJSON(draft.meta), outline: outline(draft.doc) })
}

/**
 * GET /api/drafts/ID/export?format=md|txt|html&view=clean|compilation|amendments&delegation=NAME: the draft as
 * it is now, for any token of the draft. `format` defaults to html and `view` to clean (the agreed text);
 * `delegation` names whose amendments document the amendments view is, and goes with that view only. A bad
 * parameter is a 400; a delegation without amendments in the draft a 422.
 */
export async function exportDraft(ctx: RequestContext): Promise<void> {
  const id = param(ctx, 0)
  await authenticate(ctx, id)
  const query = ctx.url.searchParams
  let request: ReturnType<typeof exportRequest>
  try {
    request = exportRequest({
      format: query.get('format') ?? 'html',
      view: query.get('view') ?? undefined,
      delegation: query.get('delegation') ?? undefined,
    })
  } catch (e) {
    if (e instanceof RangeError) throw new HttpError(400, 'bad-request', e.message)
    throw e
  }
  const draft = await readDraft(ctx.app.storage, id, ctx.app.rooms)
  if (!draft) throw new HttpError(404, 'not-found', `there is no draft '${id}'`)
  const text = unprocessable(() => exportText(draft, request))
  sendText(ctx.res, 200, EXPORT_FORMATS[request.format].contentType, text, {
    'Content-Disposition': exportDisposition(draft.meta.symbol || id, request),
    'Cache-Control': 'no-store',
  })
}

/** GET /api/drafts/ID/me: who the token says its holder is. */
export async function me(ctx: RequestContext): Promise<void> {
  const id = param(ctx, 0)
  const claims = await authenticate(ctx, id)
  await draftOr404(ctx, id)
  sendJSON(ctx.res, 200, {
    draft: id,
    delegation: claims.delegation,
    role: claims.role,
    scope: claims.draft,
    token: claims.id,
    expires: claims.expires === null ? null : new Date(claims.expires).toISOString(),
  })
}
