import { outline } from '../../schema/index.ts'
import { ALL_DRAFTS } from '../auth/index.ts'
import { storeNewDraft } from '../drafts/create.ts'
import { readDraft } from '../drafts/read.ts'
import { inUploadThread, MAX_UPLOAD_BODY } from '../formats/index.ts'
import { authenticate, draftJSON, draftOr404, param, type RequestContext, requireChair } from './context.ts'
import { HttpError, unprocessable } from './http-error.ts'
import { badRequest, readBodyBytes, sendJSON, sendText } from './respond.ts'

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
 * an uploaded file: `{data, lang?, changes?, title?}` (its bytes in base64: Word, Akoma Ntoso or text) or
 * `{file, ...}` (its text).
 */
export async function createDraftRoute(ctx: RequestContext): Promise<void> {
  const claims = await authenticate(ctx)
  if (claims.draft !== ALL_DRAFTS || claims.role !== 'chair') {
    throw new HttpError(403, 'forbidden', 'only a server-wide facilitator token creates drafts')
  }
  // The loop only reads the bytes and stores the result: the rest is done in the upload thread.
  const body = await readBodyBytes(ctx.req, MAX_UPLOAD_BODY)
  const { warnings, ...ready } = await badRequest(() =>
    unprocessable(() => inUploadThread({ kind: 'create', body })),
  )
  const meta = await storeNewDraft(ctx.app.storage, ready)
  ctx.app.log('draft.create', { draft: meta.id, by: claims.id })
  sendJSON(ctx.res, 201, { draft: draftJSON(meta), warnings })
}

/**
 * POST /api/import/preview (facilitator): what importing an uploaded file (as for POST /api/drafts) would give;
 * nothing is stored.
 */
export async function previewImport(ctx: RequestContext): Promise<void> {
  requireChair(await authenticate(ctx))
  const body = await readBodyBytes(ctx.req, MAX_UPLOAD_BODY)
  const { json } = await badRequest(() => unprocessable(() => inUploadThread({ kind: 'preview', body })))
  sendText(ctx.res, 200, 'application/json; charset=utf-8', json, { 'Cache-Control': 'no-store' })
}

/** GET /api/drafts/ID: the draft's listing and outline, for any token of the draft. */
export async function getDraft(ctx: RequestContext): Promise<void> {
  const id = param(ctx, 0)
  await authenticate(ctx, id)
  const draft = await readDraft(ctx.app.storage, id, ctx.app.rooms)
  if (!draft) throw new HttpError(404, 'not-found', `there is no draft '${id}'`)
  sendJSON(ctx.res, 200, { draft: draftJSON(draft.meta), outline: outline(draft.doc) })
}

/** GET /api/drafts/ID/me: who the token says its holder is, and whether the draft is archived (read-only). */
export async function me(ctx: RequestContext): Promise<void> {
  const id = param(ctx, 0)
  const claims = await authenticate(ctx, id)
  const meta = await draftOr404(ctx, id)
  sendJSON(ctx.res, 200, {
    draft: id,
    archived: meta.archived === null ? null : new Date(meta.archived).toISOString(),
    delegation: claims.delegation,
    role: claims.role,
    scope: claims.draft,
    token: claims.id,
    expires: claims.expires === null ? null : new Date(claims.expires).toISOString(),
  })
}
