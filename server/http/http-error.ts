/** An answer other than success: the status and the JSON body `{error, detail}` the client receives. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    readonly detail: string,
    /** Headers the answer carries besides the usual ones (`Retry-After` on a 503). */
    readonly headers: Record<string, string> = {},
  ) {
    super(detail)
    this.name = 'HttpError'
  }
}

/**
 * Runs `f`, answering its RangeError (what the request asks for cannot be done: a file that is no resolution, a
 * view that cannot be written) with 422 and the reason.
 */
export async function unprocessable<T>(f: () => T | Promise<T>): Promise<T> {
  try {
    return await f()
  } catch (e) {
    if (e instanceof RangeError) throw new HttpError(422, 'invalid', e.message)
    throw e
  }
}
