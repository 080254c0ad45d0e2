// Suggestion mode (DESIGN.md section 5): a delegation's edits become proposals, recorded as amendments.
export { newAmendmentId, type SuggestionContext } from './context.ts'
export {
  acceptAmendmentCommand,
  type DecisionContext,
  decideAmendments,
  decideClause,
  decideDelegation,
  rejectAmendmentCommand,
} from './decisions.ts'
export {
  type AmendmentUpdate,
  type ExemptMeta,
  exempt,
  type SuggestionMeta,
  type SuggestionTrMeta,
  suggestionKey,
  suggestionMetaOf,
} from './meta.ts'
export {
  mergeAmendments,
  type OwnAmendmentContext,
  RATIONALE_LIMIT,
  setRationale,
  splitAmendment,
  supportAmendment,
  withdrawAmendment,
} from './own-amendments.ts'
export { proposeDeleteClause, proposeMove, type RecognizedMove, recognizeMove } from './paragraphs.ts'
export {
  proposeDeletion,
  type SuggestionOptions,
  suggestionContext,
  suggestionPlugin,
  withSuggestions,
} from './plugin.ts'
export { applyRecordChanges, reconcileRecords } from './records.ts'
export { findOutdated, markOutdated, rebaseAmendment, referredWords } from './referred.ts'
export { type AmendmentStore, mapStore, yMapStore } from './store.ts'
export { suggestTransaction } from './transform.ts'
