import type { Transaction } from 'prosemirror-state'
import { PluginKey } from 'prosemirror-state'
import type { AmendmentKind, AmendmentRecord } from '../../../schema/index.ts'

/** Key of the suggestion plugin, and of the meta that marks transactions this part made. */
export const suggestionKey = new PluginKey('suggestion')

/** What an existing amendment's record must say after its content changed. */
export interface AmendmentUpdate {
  id: string
  kind: AmendmentKind
  clause: string
  after?: string
  original: string
  updated: number
}

/** The record changes a suggestion transaction implies, for `applyRecordChanges`. */
export interface SuggestionMeta {
  type: 'suggestion'
  delegation: string
  /** Records of the amendments the change started. */
  created: AmendmentRecord[]
  /** Existing amendments whose content changed. */
  touched: AmendmentUpdate[]
  /** Existing amendments of which nothing is left in the text, whose records should go. */
  emptied: string[]
}

/**
 * Marks a transaction this part built itself (a decision, a move, a split of amendments): the dispatch wrapper
 * passes it through unchanged, and it writes its records on its own.
 */
export interface ExemptMeta {
  type: 'exempt'
  /** What it does, for readers of the transaction: 'accept', 'reject', 'withdraw', 'split', 'merge'. */
  action: string
}

/** The meta this part sets on its transactions. */
export type SuggestionTrMeta = SuggestionMeta | ExemptMeta

/** The meta this part set on a transaction, or undefined for anyone else's transaction. */
export const suggestionMetaOf = (tr: Transaction): SuggestionTrMeta | undefined =>
  tr.getMeta(suggestionKey) as SuggestionTrMeta | undefined

/** Marks a transaction as built by this part, so suggestion mode leaves it as it is. */
export const exempt = (tr: Transaction, action: string): Transaction =>
  tr.setMeta(suggestionKey, { type: 'exempt', action } satisfies ExemptMeta)
