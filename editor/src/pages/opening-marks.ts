// The steps of opening a draft page, as User Timing marks (`penholder:STEP`), so that a trace or a bench can say
// where the time from navigation to an editable document goes; they cost the page a few microseconds.

/** The steps of opening, in order: the entry ran, the page's chunk ran, who the page speaks for, the draft there, shown. */
export type OpeningStep = 'entry' | 'page' | 'identified' | 'opened' | 'shown'

/** Marks an opening step on the page's performance timeline. */
export function markOpening(step: OpeningStep): void {
  globalThis.performance?.mark?.(`penholder:${step}`)
}
