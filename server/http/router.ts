import { existsSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { join } from 'node:path'
import { archiveDraft, deleteDraft, unarchiveDraft } from './api-archive.ts'
import { createComment, listComments, updateComment } from './api-comments.ts'
import { compareRoute } from './api-compare.ts'
import { createDraftRoute, getDraft, listDrafts, me, previewImport } from './api-drafts.ts'
import { exportDraft } from './api-export.ts'
import { getHistory, oralRevisionRoute } from './api-history.ts'
import { createInvitation, listInvitations, revokeInvitation } from './api-invitations.ts'
import { exportRevision, getRevision, issueRevisionRoute, listRevisions } from './api-revisions.ts'
import { type AppContext, baseUrlOf, type RequestContext } from './context.ts'
import { HttpError } from './http-error.ts'
import { plainDraftPage, plainHomePage } from './plain-pages.ts'
import { sendError, sendJSON, sendText } from './respond.ts'
import { editorPageHeaders, plainPageHeaders } from './security-headers.ts'
import { sendStatic } from './static-files.ts'

type Handler = (ctx: RequestContext) => Promise<void>

const ID = '([^/]+)'

async function editorPage(
  ctx: RequestContext,
  file: string,
  plain: (nonce: string) => string,
): Promise<void> {
  const base = baseUrlOf(ctx)
  if (await sendStatic(ctx, ctx.app.editorDir, file, editorPageHeaders(base))) return
  const { nonce, headers } = plainPageHeaders(base)
  sendText(ctx.res, 200, 'text/html; charset=utf-8', plain(nonce), {
    ...headers,
    'Cache-Control': 'no-cache',
  })
}

async function asset(ctx: RequestContext): Promise<void> {
  const relative = decodeURIComponent(ctx.params[0]!)
  if (!(await sendStatic(ctx, join(ctx.app.editorDir, 'assets'), relative))) {
    throw new HttpError(404, 'not-found', `no asset ${relative}`)
  }
}

/** GET /sw.js: the draft page's service worker (`editor/src/offline/service-worker.ts`, built to `sw.js`). */
async function serviceWorker(ctx: RequestContext): Promise<void> {
  if (!(await sendStatic(ctx, ctx.app.editorDir, 'sw.js'))) {
    throw new HttpError(404, 'not-found', 'the editor was built without its service worker (sw.js)')
  }
}

/** Every route: method, path pattern (its groups are the parameters), handler. */
const ROUTES: [string, RegExp, Handler][] = [
  ['GET', /^\/healthz$/, async (ctx) => sendJSON(ctx.res, 200, { ok: true })],
  ['GET', /^\/api\/drafts$/, listDrafts],
  ['POST', /^\/api\/drafts$/, createDraftRoute],
  ['POST', /^\/api\/import\/preview$/, previewImport],
  ['GET', new RegExp(`^/api/drafts/${ID}$`), getDraft],
  ['GET', new RegExp(`^/api/drafts/${ID}/export$`), exportDraft],
  ['GET', new RegExp(`^/api/drafts/${ID}/me$`), me],
  ['GET', new RegExp(`^/api/drafts/${ID}/invitations$`), listInvitations],
  ['POST', new RegExp(`^/api/drafts/${ID}/invitations$`), createInvitation],
  ['DELETE', new RegExp(`^/api/drafts/${ID}/invitations/${ID}$`), revokeInvitation],
  // The negotiation's record: revisions, the history, oral revisions.
  ['GET', new RegExp(`^/api/drafts/${ID}/revisions$`), listRevisions],
  ['POST', new RegExp(`^/api/drafts/${ID}/revisions$`), issueRevisionRoute],
  ['GET', new RegExp(`^/api/drafts/${ID}/revisions/${ID}$`), getRevision],
  ['GET', new RegExp(`^/api/drafts/${ID}/revisions/${ID}/export$`), exportRevision],
  ['GET', new RegExp(`^/api/drafts/${ID}/history$`), getHistory],
  ['POST', new RegExp(`^/api/drafts/${ID}/oral-revisions$`), oralRevisionRoute],
  ['GET', new RegExp(`^/api/drafts/${ID}/compare$`), compareRoute],
  ['GET', new RegExp(`^/d/${ID}/rev/${ID}$`), (ctx) => editorPage(ctx, 'draft.html', plainDraftPage)],
  // Comments (issue 13): read as the token may, written as its delegation.
  ['GET', new RegExp(`^/api/drafts/${ID}/comments$`), listComments],
  ['POST', new RegExp(`^/api/drafts/${ID}/comments$`), createComment],
  ['PATCH', new RegExp(`^/api/drafts/${ID}/comments/${ID}$`), updateComment],
  // Archive and delete (issue 16): the facilitator's.
  ['POST', new RegExp(`^/api/drafts/${ID}/archive$`), archiveDraft],
  ['POST', new RegExp(`^/api/drafts/${ID}/unarchive$`), unarchiveDraft],
  ['DELETE', new RegExp(`^/api/drafts/${ID}$`), deleteDraft],
  ['GET', /^\/$/, (ctx) => editorPage(ctx, 'home.html', plainHomePage)],
  ['GET', new RegExp(`^/d/${ID}$`), (ctx) => editorPage(ctx, 'draft.html', plainDraftPage)],
  ['GET', /^\/assets\/(.+)$/, asset],
  // Offline-safe editing: the draft page's service worker, at the root so that it may answer the draft pages.
  ['GET', /^\/sw\.js$/, serviceWorker],
]

/**
 * The HTTP side of the server: the JSON API and the editor's pages and assets. Every error is answered as JSON
 * `{error, detail}` with its status; a fault of the server is logged and answered 500 without details.
 */
export function createRequestHandler(app: AppContext): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    let url: URL
    try {
      url = new URL(req.url ?? '/', 'http://localhost')
    } catch {
      return sendError(res, new HttpError(400, 'bad-request', 'the request URL cannot be read'))
    }
    const method = req.method === 'HEAD' ? 'GET' : (req.method ?? 'GET')
    let allowed: string[] = []
    for (const [routeMethod, pattern, handler] of ROUTES) {
      const match = pattern.exec(url.pathname)
      if (!match) continue
      if (routeMethod !== method) {
        allowed.push(routeMethod)
        continue
      }
      allowed = []
      const ctx: RequestContext = { req, res, url, params: match.slice(1), app }
      handler(ctx).catch((e: unknown) => {
        if (res.headersSent) return void res.destroy()
        if (e instanceof HttpError) return sendError(res, e)
        if (e instanceof URIError)
          return sendError(res, new HttpError(400, 'bad-request', 'a path part is not valid URL encoding'))
        app.log('http.error', { method, path: url.pathname, error: (e as Error)?.message ?? String(e) })
        sendError(res, new HttpError(500, 'internal', 'the server failed to answer; the fault is in its log'))
      })
      return
    }
    if (allowed.length > 0) {
      res.setHeader('Allow', allowed.join(', '))
      return sendError(
        res,
        new HttpError(405, 'method-not-allowed', `${url.pathname} takes ${allowed.join(', ')}`),
      )
    }
    sendError(res, new HttpError(404, 'not-found', `nothing at ${url.pathname}`))
  }
}

/** Whether the editor bundle has been built into `dir`. */
export const editorBuilt = (dir: string): boolean => existsSync(join(dir, 'draft.html'))
