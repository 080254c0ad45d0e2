/**
 * Thrown by an append to an archived draft: the store takes no update once the draft is archived, so an update a
 * process accepted before it heard of the archive (made on another process, or by `penholder draft archive`) is
 * refused rather than stored after it. Nothing was stored.
 */
export class ArchivedDraftError extends Error {
  constructor(
    readonly draft: string,
    /** When the draft was archived (ms since 1970). */
    readonly archivedAt: number,
  ) {
    super(`draft '${draft}' is archived: it takes no update`)
    this.name = 'ArchivedDraftError'
  }
}
