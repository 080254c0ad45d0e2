import { randomBytes } from 'node:crypto'
import { SHARED } from '../../schema/index.ts'
import {
  type Commenter,
  CommentRefusal,
  commentJSON,
  newComment,
  patchedComment,
  visibleComments,
} from '../comments/index.ts'
import { readDraft } from '../drafts/read.ts'
import type { StoredComment } from '../storage/index.ts'
import { authenticate, draftOr404, openDraftOr409, param, type RequestContext } from './context.ts'
import { HttpError } from './http-error.ts'
import { readJSON, sendJSON } from './respond.ts'

const MAX_BODY = 64 * 1024

/** The draft id of the route and who its token speaks for, once the token is checked and the draft exists. */
async function commenterOf(ctx: RequestContext): Promise<{ id: string; who: Commenter }> {
  const id = param(ctx, 0)
  const claims = await authenticate(ctx, id)
  await draftOr404(ctx, id)
  return { id, who: { delegation: claims.delegation, role: claims.role } }
}

/** Runs the comment rules, turning a refusal into the HTTP error it stands for. */
function ruled<T>(f: () => T): T {
  try {
    return f()
  } catch (e) {
    if (e instanceof CommentRefusal) {
      const error = e.status === 403 ? 'forbidden' : e.status === 404 ? 'not-found' : 'invalid'
      throw new HttpError(e.status, error, e.message)
    }
    throw e
  }
}

/**
 * Tells the editors connected to the draft that its comments changed, so that each fetches those it may read:
 * the server bumps a counter in the draft's `commentsVersion` map, which carries no comment. A draft nobody has
 * open needs no telling: an editor fetches the comments when it opens.
 */
async function announce(ctx: RequestContext, id: string): Promise<void> {
  const room = await ctx.app.rooms.loaded(id)
  await room?.change({
    write: (doc) => {
      const map = doc.getMap<number>(SHARED.commentsVersion)
      map.set('version', (map.get('version') ?? 0) + 1)
    },
    failed: (error) => {
      ctx.app.log('comments.announce', { draft: id, error: error.message })
      return null
    },
  })
}

/** GET /api/drafts/ID/comments: the comments the token may read, oldest first. */
export async function listComments(ctx: RequestContext): Promise<void> {
  const { id, who } = await commenterOf(ctx)
  const comments = visibleComments(await ctx.app.storage.comments(id), who)
  sendJSON(ctx.res, 200, { comments: comments.map(commentJSON) })
}

/**
 * POST /api/drafts/ID/comments `{text, clause, quote?, anchor?, visibility?, replyTo?}`: a new thread on a
 * paragraph (or on words of it), for everyone in the draft or (`visibility: "chair"`) the facilitator only, or
 * a reply to a thread; by the token's delegation. An observer gets 403.
 */
export async function createComment(ctx: RequestContext): Promise<void> {
  const { id, who } = await commenterOf(ctx)
  await openDraftOr409(ctx, id)
  const body = await readJSON(ctx.req, MAX_BODY)
  const existing = await ctx.app.storage.comments(id)
  // A new thread's paragraph must be in the draft as it is now; a reply takes its thread's.
  const clauses = new Set<string>()
  if (body.replyTo === undefined || body.replyTo === null) {
    const draft = await readDraft(ctx.app.storage, id, ctx.app.rooms)
    draft?.doc.descendants((node) => {
      if (typeof node.attrs.id === 'string' && node.type.name !== 'footnote') clauses.add(node.attrs.id)
      return true
    })
  }
  const hasClause = (clause: string) => clauses.has(clause)
  const comment = ruled(() =>
    newComment(body, who, {
      draft: id,
      id: `m${randomBytes(9).toString('base64url')}`,
      now: Date.now(),
      existing,
      hasClause,
    }),
  )
  await ctx.app.storage.addComment(comment)
  ctx.app.log('comment.create', { draft: id, comment: comment.id, by: who.delegation })
  await announce(ctx, id)
  sendJSON(ctx.res, 201, { comment: commentJSON(comment) })
}

/**
 * PATCH /api/drafts/ID/comments/CID `{text?, resolved?}`: its writer edits a comment; the facilitator or the
 * delegation that opened a thread resolves or reopens it. Anyone else gets 403, and nothing changes.
 */
export async function updateComment(ctx: RequestContext): Promise<void> {
  const { id, who } = await commenterOf(ctx)
  await openDraftOr409(ctx, id)
  const commentId = param(ctx, 1)
  const body = await readJSON(ctx.req, MAX_BODY)
  const all = await ctx.app.storage.comments(id)
  const comment = all.find((c) => c.id === commentId)
  const root: StoredComment | undefined = comment?.replyTo
    ? all.find((c) => c.id === comment.replyTo)
    : comment
  if (!comment || !root) throw new HttpError(404, 'not-found', `there is no comment '${commentId}'`)
  const next = ruled(() => patchedComment(comment, root, body, who, Date.now()))
  await ctx.app.storage.updateComment(next)
  ctx.app.log('comment.update', { draft: id, comment: commentId, by: who.delegation })
  await announce(ctx, id)
  sendJSON(ctx.res, 200, { comment: commentJSON(next) })
}
