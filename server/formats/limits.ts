/**
 * The largest file read as a resolution in any format. A Word file of a long resolution with its footnotes is a
 * few hundred kilobytes; a logo or two stays well under this.
 */
export const MAX_FILE_BYTES = 10 * 1024 * 1024

/**
 * How much a Word file may unpack to, so that a small zip that inflates to gigabytes is refused after a bounded
 * amount of work: the parts read (the body, footnotes, numbering, styles, settings) each, and all of them.
 */
export const MAX_PART_BYTES = 32 * 1024 * 1024

/** The sum of the unpacked sizes of the parts read from one Word file. */
export const MAX_UNPACKED_BYTES = 64 * 1024 * 1024

/** Entries in a Word file's zip: a Word document has a few dozen. */
export const MAX_ZIP_ENTRIES = 2000

/** Throws a RangeError when a file of this many bytes is too large to be read as a resolution. */
export function assertFileSize(size: number): void {
  if (size > MAX_FILE_BYTES) {
    const mb = (size / 1024 / 1024).toFixed(1)
    throw new RangeError(
      `the file is ${mb} MB; a resolution file is at most ${MAX_FILE_BYTES / 1024 / 1024} MB`,
    )
  }
}
