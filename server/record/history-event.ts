import type { HistoryAction } from '../../schema/index.ts'

/**
 * Something an update did that the history keeps, before it is dated and its clause named: which version of
 * the draft names its clause (`before` the update for what it took away, `after` for what it added), and, for a
 * decision on an amendment, the amendment whose words the entry gives.
 */
export interface HistoryEvent {
  action: HistoryAction
  amendment: string | null
  clause: string | null
  /** The draft the clause is named in: as it was before the update, or as the update leaves it. */
  labelIn: 'before' | 'after'
  detail: Record<string, unknown>
  /** The amendment whose words (inserted, deleted, whole paragraph) the detail gets, from the draft before. */
  wordsOf?: string
}
