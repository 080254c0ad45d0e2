import { takeEarly } from './early-get.ts'

/** An HTTP API call that failed, with the status and the server's own message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

/**
 * Calls the server's JSON API with the token in an `Authorization: Bearer` header (never in the URL), or takes up
 * the answer of the same GET the page's entry sent early (`early-get.ts`). Returns
 * the parsed body; throws an {@link ApiError} that says what failed ("GET /api/drafts/x/me: 401 the invitation
 * has expired").
 */
export async function api<T>(
  token: string,
  path: string,
  init: { method?: string; body?: unknown } = {},
): Promise<T> {
  const method = init.method ?? 'GET'
  const headers: Record<string, string> = { Authorization: `Bearer ${token}`, Accept: 'application/json' }
  if (init.body !== undefined) headers['Content-Type'] = 'application/json'
  const early = method === 'GET' && init.body === undefined ? takeEarly(token, path) : undefined
  const response = await (early ??
    fetch(path, {
      method,
      headers,
      ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
      cache: 'no-store',
    }))
  const text = await response.text()
  let body: unknown = null
  try {
    body = text ? JSON.parse(text) : null
  } catch {
    body = text
  }
  if (!response.ok) {
    const answer = typeof body === 'object' && body ? (body as { error?: unknown; detail?: unknown }) : null
    const reason = answer?.detail
      ? String(answer.detail)
      : answer?.error
        ? String(answer.error)
        : typeof body === 'string' && body
          ? body.slice(0, 200)
          : response.statusText
    throw new ApiError(response.status, `${method} ${path}: ${response.status} ${reason}`)
  }
  return body as T
}

/** The file name an answer's `Content-Disposition` gives (its UTF-8 `filename*` first), or null. */
function dispositionName(header: string | null): string | null {
  if (!header) return null
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(header)
  if (utf8) {
    try {
      return decodeURIComponent(utf8[1]!)
    } catch {
      // Fall back to the plain name.
    }
  }
  return /filename="([^"]+)"/i.exec(header)?.[1] ?? null
}

/**
 * Fetches a file from the API (an export) and hands it to the browser as a download, named as the server names
 * it (else `filename`). Throws an {@link ApiError} with the server's own reason ("503 Chromium is not
 * installed…").
 */
export async function download(token: string, path: string, filename: string): Promise<void> {
  const response = await fetch(path, { headers: { Authorization: `Bearer ${token}` }, cache: 'no-store' })
  if (!response.ok) {
    let reason = response.statusText
    try {
      const answer = (await response.json()) as { detail?: unknown }
      if (answer?.detail) reason = String(answer.detail)
    } catch {
      // Not JSON: the status text says enough.
    }
    throw new ApiError(response.status, `GET ${path}: ${response.status} ${reason}`)
  }
  filename = dispositionName(response.headers.get('Content-Disposition')) ?? filename
  const blob = await response.blob()
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
