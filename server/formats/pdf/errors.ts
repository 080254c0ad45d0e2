/** The Debian package that holds the Chromium PDF export prints with, named in every message about it. */
export const CHROMIUM_PACKAGE = 'chromium'

/**
 * Chromium is not where the printer looks for it. The API answers 503 and the CLI exits non-zero with its
 * message, which names the Debian package to install.
 */
export class ChromiumMissing extends Error {
  /** Where Chromium was looked for. */
  readonly executablePath: string

  constructor(executablePath: string) {
    super(
      `PDF export needs Chromium, which is not installed at ${executablePath} (apt-get install ${CHROMIUM_PACKAGE})`,
    )
    this.name = 'ChromiumMissing'
    this.executablePath = executablePath
  }
}

/** Every printing slot is taken and the queue is full: the API answers 503 with `Retry-After: retryAfter`. */
export class PrinterBusy extends Error {
  /** Seconds after which a new request may find room, estimated from the time recent jobs took. */
  readonly retryAfter: number

  constructor(retryAfter: number, waiting: number) {
    super(`the PDF printer is busy (${waiting} documents waiting); try again in ${retryAfter} s`)
    this.name = 'PrinterBusy'
    this.retryAfter = retryAfter
  }
}

/**
 * One print job failed while the printer itself is sound: Chromium died under it (the next job starts it
 * again), the page took longer than the job timeout, or the printer was closed.
 */
export class PrintFailed extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'PrintFailed'
  }
}

/** The failure of a job whose browser went away under it (a crash, a kill). */
export const exitedWhilePrinting = (cause: unknown): PrintFailed =>
  new PrintFailed('Chromium exited while printing (the next request starts it again)', { cause })
