/**
 * Raised when a shared document (or a part of it) does not convert to a document the schema accepts. `at` is a
 * path such as `doc/4:operative_part/2:operative/0:para` (index and node type at each level) naming where the
 * problem is.
 */
export class InvalidDocumentError extends RangeError {
  constructor(
    readonly at: string,
    readonly reason: string,
  ) {
    super(`${at}: ${reason}`)
    this.name = 'InvalidDocumentError'
  }
}
