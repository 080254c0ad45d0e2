import { isStatusKey, type Role } from '../../schema/index.ts'
import type { CommentVisibility, StoredComment } from '../storage/index.ts'

/** Who asks: the delegation and role of a request's token. */
export interface Commenter {
  delegation: string
  role: Role
}

/** A request the rules refuse: `status` 403 (not allowed), 404 (no such comment for this reader) or 422. */
export class CommentRefusal extends Error {
  constructor(
    readonly status: 403 | 404 | 422,
    message: string,
  ) {
    super(message)
    this.name = 'CommentRefusal'
  }
}

/** At most this many characters in a comment, a quote, an anchor. */
export const LIMITS = { text: 10_000, quote: 1_000, anchor: 2_000 } as const

const VISIBILITIES: readonly CommentVisibility[] = ['all', 'chair']
const BASE64 = /^[A-Za-z0-9+/=_-]*$/

/**
 * Whether a reader may see a comment of a thread (`root` is the thread's first comment, `comment` itself for
 * one). The facilitator sees everything; a thread for the facilitator only is seen by her and by whoever opened
 * it; any other by everyone in the draft.
 */
export function mayRead(root: StoredComment, reader: Commenter): boolean {
  return reader.role === 'chair' || root.visibility === 'all' || root.author === reader.delegation
}

/** The comments of a draft a reader may see, oldest first. */
export function visibleComments(all: readonly StoredComment[], reader: Commenter): StoredComment[] {
  const byId = new Map(all.map((c) => [c.id, c]))
  return all.filter((c) => {
    const root = c.replyTo === null ? c : byId.get(c.replyTo)
    return root !== undefined && mayRead(root, reader)
  })
}

const field = (
  body: Record<string, unknown>,
  name: string,
  max: number,
  optional: boolean,
): string | null => {
  const value = body[name]
  if (value === undefined || value === null) {
    if (optional) return null
    throw new CommentRefusal(422, `"${name}" is required`)
  }
  if (typeof value !== 'string') throw new CommentRefusal(422, `"${name}" must be a string`)
  if (value.length > max) throw new CommentRefusal(422, `"${name}" is longer than ${max} characters`)
  return value
}

function textOf(body: Record<string, unknown>): string {
  const text = field(body, 'text', LIMITS.text, false)!
  if (text.trim() === '') throw new CommentRefusal(422, '"text" must not be empty')
  return text
}

/**
 * A new comment from a request body `{text, clause, quote?, anchor?, visibility?, replyTo?}`, by `who`. A reply
 * belongs to the thread of the comment it names (its first comment), takes that thread's paragraph, words and
 * visibility, and may answer only a thread its writer may read. An observer writes nothing. `clauses` tells
 * whether the draft holds a paragraph with an id.
 */
export function newComment(
  body: Record<string, unknown>,
  who: Commenter,
  context: {
    draft: string
    id: string
    now: number
    existing: readonly StoredComment[]
    hasClause(id: string): boolean
  },
): StoredComment {
  if (who.role === 'observer') throw new CommentRefusal(403, 'an observer reads comments but writes none')
  const text = textOf(body)
  const base = {
    id: context.id,
    draft: context.draft,
    author: who.delegation,
    role: who.role,
    text,
    created: context.now,
    edited: null,
    resolved: null,
    resolvedBy: null,
  }
  const replyTo = field(body, 'replyTo', 200, true)
  if (replyTo !== null) {
    const named = context.existing.find((c) => c.id === replyTo)
    const root =
      named && (named.replyTo === null ? named : context.existing.find((c) => c.id === named.replyTo))
    if (!root || !mayRead(root, who)) throw new CommentRefusal(404, `there is no comment '${replyTo}'`)
    const { clause, quote, anchor, visibility } = root
    return { ...base, replyTo: root.id, clause, quote, anchor, visibility }
  }
  const clause = field(body, 'clause', 64, false)!
  if (!isStatusKey(clause) || !context.hasClause(clause)) {
    throw new CommentRefusal(422, `"clause": the draft has no paragraph '${clause}'`)
  }
  const visibility = body.visibility ?? 'all'
  if (!VISIBILITIES.includes(visibility as CommentVisibility)) {
    throw new CommentRefusal(
      422,
      '"visibility" must be "all" (everyone in the draft) or "chair" (the facilitator)',
    )
  }
  const anchor = field(body, 'anchor', LIMITS.anchor, true)
  if (anchor !== null && !BASE64.test(anchor)) throw new CommentRefusal(422, '"anchor" must be base64')
  const quote = field(body, 'quote', LIMITS.quote, true)
  return {
    ...base,
    replyTo: null,
    clause,
    quote: quote?.trim() ? quote : null,
    anchor: anchor || null,
    visibility: visibility as CommentVisibility,
  }
}

/**
 * A comment changed as a request body `{text?, resolved?}` asks, by `who`: only its writer (the delegation that
 * wrote it) edits its text; a thread (its first comment) is resolved or reopened by the facilitator or by the
 * delegation that opened it. `root` is the thread's first comment.
 */
export function patchedComment(
  comment: StoredComment,
  root: StoredComment,
  body: Record<string, unknown>,
  who: Commenter,
  now: number,
): StoredComment {
  if (!mayRead(root, who)) throw new CommentRefusal(404, `there is no comment '${comment.id}'`)
  if (body.text === undefined && body.resolved === undefined) {
    throw new CommentRefusal(422, 'nothing to change: give "text" or "resolved"')
  }
  let next = { ...comment }
  if (body.text !== undefined) {
    if (comment.author !== who.delegation) {
      throw new CommentRefusal(403, `only ${comment.author} edits its comment, not ${who.delegation}`)
    }
    next = { ...next, text: textOf(body), edited: now }
  }
  if (body.resolved !== undefined) {
    if (typeof body.resolved !== 'boolean') throw new CommentRefusal(422, '"resolved" must be true or false')
    if (comment.replyTo !== null) throw new CommentRefusal(422, 'a thread is resolved by its first comment')
    if (who.role !== 'chair' && comment.author !== who.delegation) {
      throw new CommentRefusal(403, `only the facilitator or ${comment.author} resolves this thread`)
    }
    next = body.resolved
      ? { ...next, resolved: now, resolvedBy: who.delegation }
      : { ...next, resolved: null, resolvedBy: null }
  }
  return next
}

/** A comment as the API shows it: times as ISO 8601. */
export const commentJSON = (c: StoredComment) => ({
  id: c.id,
  replyTo: c.replyTo,
  author: c.author,
  role: c.role,
  visibility: c.visibility,
  clause: c.clause,
  quote: c.quote,
  anchor: c.anchor,
  text: c.text,
  created: new Date(c.created).toISOString(),
  edited: c.edited === null ? null : new Date(c.edited).toISOString(),
  resolved: c.resolved === null ? null : new Date(c.resolved).toISOString(),
  resolvedBy: c.resolvedBy,
})
