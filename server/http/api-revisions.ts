import type { RevisionJSON } from '../../schema/index.ts'
import { issueRevision, NoSuchDraft, revisionVersion } from '../record/index.ts'
import type { RevisionMeta } from '../storage/index.ts'
import { exportRequestOf, sendExport } from './api-export.ts'
import {
  authenticate,
  draftOr404,
  openDraftOr409,
  param,
  type RequestContext,
  requireChair,
} from './context.ts'
import { HttpError, unprocessable } from './http-error.ts'
import { readJSON, sendJSON } from './respond.ts'

/** A revision's listing as the API gives it. */
export const revisionJSON = (meta: RevisionMeta): RevisionJSON => ({
  revision: meta.n,
  symbol: meta.symbol,
  note: meta.note,
  date: new Date(meta.date).toISOString(),
  by: meta.by,
})

/** The revision number a path names: a whole number from 1, else a 400. */
export function revisionNumber(text: string): number {
  if (!/^[1-9]\d{0,8}$/.test(text)) {
    throw new HttpError(400, 'bad-request', `a revision is named by its number (1, 2 ...), not '${text}'`)
  }
  return Number(text)
}

/**
 * POST /api/drafts/ID/revisions (facilitator), `{"note": "..."}`: issues the next revision (the symbol moves on
 * to "…/Rev.N", the state is kept) and answers 201 `{revision, symbol, date, note, by}`. A delegation's or an
 * observer's token is a 403 and nothing changes.
 */
export async function issueRevisionRoute(ctx: RequestContext): Promise<void> {
  const id = param(ctx, 0)
  const claims = await authenticate(ctx, id)
  requireChair(claims)
  await openDraftOr409(ctx, id)
  const body = await readJSON(ctx.req, 64 * 1024)
  if (body.note !== undefined && typeof body.note !== 'string') {
    throw new HttpError(422, 'invalid', '"note" must be a string')
  }
  const request = { note: body.note ?? '', by: claims.delegation, role: claims.role }
  const meta = await unprocessable(() => issueRevision(ctx.app.rooms, ctx.app.storage, id, request)).catch(
    (e: unknown) => {
      throw e instanceof NoSuchDraft ? new HttpError(404, 'not-found', e.message) : e
    },
  )
  ctx.app.log('revision.issue', { draft: id, revision: meta.n, symbol: meta.symbol })
  sendJSON(ctx.res, 201, revisionJSON(meta))
}

/** GET /api/drafts/ID/revisions: every revision of the draft, first to last, for any token of the draft. */
export async function listRevisions(ctx: RequestContext): Promise<void> {
  const id = param(ctx, 0)
  await authenticate(ctx, id)
  await draftOr404(ctx, id)
  const revisions = await ctx.app.storage.revisions(id)
  sendJSON(ctx.res, 200, { revisions: revisions.map(revisionJSON) })
}

/** The revision a route names (draft and number), for any token of the draft; a 404 if there is none. */
async function revisionOf(ctx: RequestContext) {
  const id = param(ctx, 0)
  await authenticate(ctx, id)
  await draftOr404(ctx, id)
  const n = revisionNumber(param(ctx, 1))
  const version = await revisionVersion(ctx.app.storage, id, n)
  if (!version) throw new HttpError(404, 'not-found', `draft '${id}' has no revision ${n}`)
  return { id, version }
}

/**
 * GET /api/drafts/ID/revisions/N: one revision as issued, read-only: its listing, the document as ProseMirror
 * JSON and the amendment records (what the editor shows a past revision from).
 */
export async function getRevision(ctx: RequestContext): Promise<void> {
  const { version } = await revisionOf(ctx)
  sendJSON(ctx.res, 200, {
    revision: revisionJSON(version.meta),
    doc: version.doc.toJSON(),
    records: version.records,
  })
}

/**
 * GET /api/drafts/ID/revisions/N/export?format=...&view=...: a revision in any format and view the draft
 * exports to, named after the revision's symbol.
 */
export async function exportRevision(ctx: RequestContext): Promise<void> {
  const { id, version } = await revisionOf(ctx)
  const request = exportRequestOf(ctx.url.searchParams)
  await sendExport(ctx, version, request, version.symbol || `${id}-rev${version.revision}`)
}
