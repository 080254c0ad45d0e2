/** An answer other than success: the status and the JSON body `{error, detail}` the client receives. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    readonly detail: string,
  ) {
    super(detail)
    this.name = 'HttpError'
  }
}
