import { type HistoryAction, isRole } from '../../schema/index.ts'
import { type Claims, draftLink, parseDuration } from '../auth/index.ts'
import { invitationEntry } from '../record/index.ts'
import type { Invitation } from '../storage/index.ts'
import { authenticate, baseUrlOf, draftOr404, param, type RequestContext, requireChair } from './context.ts'
import { HttpError } from './http-error.ts'
import { readJSON, sendJSON } from './respond.ts'

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString())

function invitationJSON(ctx: RequestContext, i: Invitation) {
  const active = i.revoked === null && (i.expires === null || i.expires > Date.now())
  return {
    id: i.id,
    draft: i.draft,
    delegation: i.delegation,
    role: i.role,
    created: iso(i.created),
    expires: iso(i.expires),
    revoked: iso(i.revoked),
    link: active ? draftLink(baseUrlOf(ctx), i.draft, ctx.app.authority.token(i)) : null,
  }
}

/** The draft id of the route, once the token is checked to be a facilitator's for that draft, and its claims. */
async function chairOf(ctx: RequestContext): Promise<[string, Claims]> {
  const id = param(ctx, 0)
  const claims = await authenticate(ctx, id)
  requireChair(claims)
  await draftOr404(ctx, id)
  return [id, claims]
}

/** Keeps in the draft's history that a facilitator issued or revoked a link (not the token, which is secret). */
function remember(ctx: RequestContext, claims: Claims, action: HistoryAction, invitation: Invitation) {
  return ctx.app.storage.appendHistory(invitation.draft, [invitationEntry(claims, action, invitation)])
}

/** POST /api/drafts/ID/invitations (facilitator): `{delegation, role, expires}` gives a new link. */
export async function createInvitation(ctx: RequestContext): Promise<void> {
  const [id, claims] = await chairOf(ctx)
  const body = await readJSON(ctx.req, 64 * 1024)
  if (typeof body.delegation !== 'string' || !body.delegation.trim()) {
    throw new HttpError(422, 'invalid', '"delegation" must be a non-empty string')
  }
  if (!isRole(body.role)) throw new HttpError(422, 'invalid', '"role" must be chair, delegate or observer')
  if (body.expires !== undefined && typeof body.expires !== 'string') {
    throw new HttpError(422, 'invalid', '"expires" must be a duration such as "30d", or "never"')
  }
  let lifetime: number | null
  try {
    lifetime = parseDuration(body.expires ?? '30d')
  } catch (e) {
    throw new HttpError(422, 'invalid', (e as Error).message)
  }
  const request = { draft: id, delegation: body.delegation, role: body.role, lifetime }
  const { invitation } = await ctx.app.authority.issue(request).catch((e: unknown) => {
    throw e instanceof RangeError ? new HttpError(422, 'invalid', e.message) : e
  })
  ctx.app.log('invitation.create', { draft: id, token: invitation.id, role: invitation.role })
  await remember(ctx, claims, 'invitation.created', invitation)
  const json = invitationJSON(ctx, invitation)
  sendJSON(ctx.res, 201, { invitation: json, link: json.link })
}

/** GET /api/drafts/ID/invitations (facilitator): every link issued for the draft, newest first. */
export async function listInvitations(ctx: RequestContext): Promise<void> {
  const [id] = await chairOf(ctx)
  const invitations = await ctx.app.storage.invitations(id)
  sendJSON(ctx.res, 200, { invitations: invitations.map((i) => invitationJSON(ctx, i)) })
}

/**
 * DELETE /api/drafts/ID/invitations/TOKEN_ID (facilitator): revokes a link. It is refused from then on, and the
 * connections opened with it are closed with CLOSE.unauthorized.
 */
export async function revokeInvitation(ctx: RequestContext): Promise<void> {
  const [id, claims] = await chairOf(ctx)
  const tokenId = param(ctx, 1)
  const invitation = await ctx.app.storage.invitation(tokenId)
  if (!invitation || invitation.draft !== id) {
    throw new HttpError(404, 'not-found', `draft '${id}' has no invitation '${tokenId}'`)
  }
  if (await ctx.app.storage.revokeInvitation(tokenId))
    await remember(ctx, claims, 'invitation.revoked', invitation)
  const closed = ctx.app.transport.closeToken(tokenId)
  ctx.app.log('invitation.revoke', { draft: id, token: tokenId, closed })
  sendJSON(ctx.res, 200, {
    invitation: invitationJSON(ctx, (await ctx.app.storage.invitation(tokenId))!),
    closed,
  })
}
