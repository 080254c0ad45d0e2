import { CLOSE } from '../../schema/index.ts'
import { authenticate, draftJSON, draftOr404, param, type RequestContext, requireChair } from './context.ts'
import { sendJSON } from './respond.ts'

/** The draft of the route, once its facilitator's token (for the draft or every draft) is checked. */
async function facilitatorsDraft(ctx: RequestContext) {
  const id = param(ctx, 0)
  const claims = await authenticate(ctx, id)
  requireChair(claims)
  await draftOr404(ctx, id)
  return { id, claims }
}

/**
 * Archives a draft, or opens it again: the store keeps the mark (and refuses appends from then on), and the
 * draft's rooms, on this process and on the others serving it, take no change from now on (an update that
 * changes the draft closes its connection with CLOSE.archived).
 */
async function setArchived(ctx: RequestContext, archived: boolean): Promise<void> {
  const { id, claims } = await facilitatorsDraft(ctx)
  const at = archived ? Date.now() : null
  await ctx.app.storage.setArchived(id, at)
  await ctx.app.rooms.changeStatus(id, { archived: at })
  ctx.app.log(archived ? 'draft.archive' : 'draft.unarchive', { draft: id, by: claims.id })
  sendJSON(ctx.res, 200, { draft: draftJSON(await draftOr404(ctx, id)) })
}

/** POST /api/drafts/ID/archive (facilitator): the draft becomes read-only for everyone; reads and exports work. */
export const archiveDraft = (ctx: RequestContext): Promise<void> => setArchived(ctx, true)

/** POST /api/drafts/ID/unarchive (facilitator): an archived draft may be changed again. */
export const unarchiveDraft = (ctx: RequestContext): Promise<void> => setArchived(ctx, false)

/**
 * DELETE /api/drafts/ID (facilitator): the draft and everything of it (log, invitations, revisions, history,
 * comments) is deleted; its connections are closed with CLOSE.deleted first, and its tokens open nothing after.
 */
export async function deleteDraft(ctx: RequestContext): Promise<void> {
  const { id, claims } = await facilitatorsDraft(ctx)
  // Closed first: a connection's message still queued is then dropped, never stored after the draft is gone.
  const room = await ctx.app.rooms.loaded(id)
  for (const peer of room?.connections ?? []) peer.close(CLOSE.deleted, 'the draft was deleted')
  await ctx.app.storage.deleteDraft(id)
  // Then the other processes, whose connections may have kept the draft's room loaded there.
  await ctx.app.rooms.changeStatus(id, { deleted: true })
  ctx.app.log('draft.delete', { draft: id, by: claims.id })
  sendJSON(ctx.res, 200, { deleted: id })
}
