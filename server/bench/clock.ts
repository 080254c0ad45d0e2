// The one clock of a benchmark: CLOCK_MONOTONIC, the same in every thread of the process, so that a keystroke
// timed in one worker and its application timed in another can be subtracted.

/** Milliseconds on the process-wide monotonic clock. */
export const now = (): number => Number(process.hrtime.bigint()) / 1e6
