// The negotiation's record: revisions of a draft (issued, read back, compared) and its history, an append-only
// log of who did what, kept by a room hook and by the requests that act outside the text.
export { type AmendmentWords, amendmentWords, wordsOf } from './amendment-words.ts'
export { changeAuthors, historyEndOf } from './change-authors.ts'
export { type ClauseLabeller, clauseLabeller } from './clause-label.ts'
export {
  BadComparison,
  type ComparisonInputs,
  compareVersions,
  comparisonInputs,
  DEFAULT_AUTHOR,
  type VersionName,
  versionName,
} from './compare-versions.ts'
export {
  COMPARISON_DOCX,
  COMPARISON_FORMATS,
  COMPARISON_LAYOUTS,
  type ComparisonFile,
  type ComparisonFormat,
  type ComparisonLayout,
  comparisonFile,
  comparisonFileName,
  comparisonRequest,
} from './comparison-file.ts'
export { HISTORY_CSV_COLUMNS, historyCSV, storedHistoryCSV } from './history-csv.ts'
export { historyEntriesOf, mayConcernHistory } from './history-entries.ts'
export { historyHook } from './history-hook.ts'
export { summarize } from './history-summary.ts'
export { filterStoredHistory, historyJSONBytes } from './history-text.ts'
export { delegationsOf, filterHistory, type HistoryFilter, historyJSON } from './history-view.ts'
export { invitationEntry } from './invitation-entry.ts'
export { issueRevision, MAX_NOTE_LENGTH, NoSuchDraft, type RevisionRequest } from './issue.ts'
export { type OralRevision, oralRevisionOf, recordOralRevision } from './oral-revision.ts'
export { revisionNumberOf, revisionSymbol } from './revision-symbol.ts'
export { setSymbolField } from './symbol-field.ts'
export { currentVersion, type DraftVersion, revisionVersion } from './versions.ts'
export { wordDiff } from './word-diff.ts'
