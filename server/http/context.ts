import type { IncomingMessage, ServerResponse } from 'node:http'
import { type Authority, type Claims, TokenError } from '../auth/index.ts'
import type { ExportPool, PdfPrinter } from '../formats/index.ts'
import type { Log } from '../log.ts'
import type { RoomRegistry } from '../room/index.ts'
import type { DraftMeta, Storage } from '../storage/index.ts'
import type { CollabTransport } from '../transport/index.ts'
import { HttpError } from './http-error.ts'

/** What the HTTP side of the server works with. */
export interface AppContext {
  storage: Storage
  authority: Authority
  rooms: RoomRegistry
  transport: CollabTransport
  /** Prints PDF exports, keeping one Chromium warm for all of them. */
  pdf: PdfPrinter
  /** Writes the other exports in worker threads, off the event loop that serves the rooms. */
  exports: ExportPool
  log: Log
  /** Where links point and where the pages run: `--base-url`, else the listening address; never the Host header. */
  baseUrl: string
  /** The folder of the built editor (editor/dist). */
  editorDir: string
}

/** One request being answered: the request, the response, its URL and the path parameters of its route. */
export interface RequestContext {
  req: IncomingMessage
  res: ServerResponse
  url: URL
  params: string[]
  app: AppContext
}

/** The `i`-th path parameter of a request's route, URL-decoded. */
export const param = (ctx: RequestContext, i: number): string => decodeURIComponent(ctx.params[i]!)

/** The token of a request: `Authorization: Bearer TOKEN`, else the `token` query parameter. */
export function tokenOf(ctx: RequestContext): string | null {
  const header = ctx.req.headers.authorization
  const bearer = header && /^Bearer\s+(\S+)$/i.exec(header)
  return bearer ? bearer[1]! : ctx.url.searchParams.get('token')
}

/** Checks the request's token (for a draft, or for the server), turning a refusal into a 401 or 403. */
export async function authenticate(ctx: RequestContext, draftId?: string): Promise<Claims> {
  try {
    return await ctx.app.authority.check(tokenOf(ctx), draftId)
  } catch (e) {
    if (e instanceof TokenError) throw new HttpError(e.status, e.failure, e.message)
    throw e
  }
}

/** Refuses (403) a token whose role is not the facilitator's. */
export function requireChair(claims: Claims): void {
  if (claims.role !== 'chair') {
    throw new HttpError(
      403,
      'forbidden',
      `this needs a facilitator (chair) token, not a ${claims.role} token`,
    )
  }
}

/** The listing of a draft the token opens, or a 404. */
export async function draftOr404(ctx: RequestContext, id: string): Promise<DraftMeta> {
  const meta = await ctx.app.storage.draft(id)
  if (!meta) throw new HttpError(404, 'not-found', `there is no draft '${id}'`)
  return meta
}

/**
 * The listing of a draft that may still be changed, or a 404, or a 409 for an archived draft (read-only for
 * everyone: it is read and exported, and nothing is added to it).
 */
export async function openDraftOr409(ctx: RequestContext, id: string): Promise<DraftMeta> {
  const meta = await draftOr404(ctx, id)
  if (meta.archived !== null)
    throw new HttpError(
      409,
      'archived',
      `draft '${id}' is archived: it can be read and exported, not changed`,
    )
  return meta
}

/** The base of the links the server hands out: the configured one, whatever Host the request names. */
export const baseUrlOf = (ctx: RequestContext): string => ctx.app.baseUrl

/** A draft's listing as the API shows it. */
export const draftJSON = (meta: DraftMeta) => ({
  id: meta.id,
  title: meta.title,
  symbol: meta.symbol,
  lang: meta.lang,
  organ: meta.organ,
  created: new Date(meta.created).toISOString(),
  updated: new Date(meta.updated).toISOString(),
  archived: meta.archived === null ? null : new Date(meta.archived).toISOString(),
})
