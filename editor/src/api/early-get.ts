// A page's first API request, sent by its entry script before the page's code has loaded (GET /me on the draft
// page): the request and the loading of the code then overlap, rather than one waiting for the other. The code,
// once loaded, takes up the answer through `api()` as if it had asked itself.

/** The GETs sent early and not yet taken up, by token and path. */
const sent = new Map<string, Promise<Response>>()

const keyOf = (token: string, path: string) => `${token} ${path}`

/** Sends a GET of the API now, for the next `api()` call with the same token and path to take up. */
export function getEarly(token: string, path: string): void {
  const response = fetch(path, {
    headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
    cache: 'no-store',
  })
  // A failure (the network down) is the taker's to handle; until then it must not be reported as unhandled.
  response.catch(() => {})
  sent.set(keyOf(token, path), response)
}

/** The response of a GET sent early with this token and path, once (later calls ask the server again). */
export function takeEarly(token: string, path: string): Promise<Response> | undefined {
  const key = keyOf(token, path)
  const response = sent.get(key)
  sent.delete(key)
  return response
}
