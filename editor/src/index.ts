// The editor's public API: what its pages are built from, and what its tests drive without a browser.
export * from './amendments/index.ts'
export { ApiError, api } from './api/client.ts'
export { type CloseOutcome, closeOutcome } from './collab/close-codes.ts'
export { collabURL, connect } from './collab/connection.ts'
export { foreignDoc } from './collab/foreign-doc.ts'
export { INVITATION_CHECK_MS, invitationEndedMessage, watchInvitation } from './collab/invitation.ts'
export { type LedgerEntry, LocalCopy, localCopyName } from './collab/local-copy.ts'
export { type DraftMeta, followMeta, knowsSchemaVersion, readMeta } from './collab/meta.ts'
export { type OpenedFrom, whenOpenable } from './collab/opening.ts'
export { type PartKind, partKey } from './collab/parts.ts'
export { type Participant, participants } from './collab/presence.ts'
export { RECONNECT_MAX_MS, Reconnection } from './collab/reconnect.ts'
export {
  docOf,
  partName,
  type RecoveredPart,
  type RecoverOptions,
  recoveredLine,
  recoveredParts,
  recoverRefused,
  unsentParts,
} from './collab/recover.ts'
export {
  forgetRecovered,
  keepRecovered,
  keptRecovered,
  RECOVERY_PAUSE_MS,
  type RecoveryStorage,
  recoveredLately,
} from './collab/recovered-store.ts'
export { CONFIRM_DELAY, type SaveStatus, SaveTracker, type SaveTrackerOptions } from './collab/status.ts'
export { UnsentLedger } from './collab/unsent.ts'
export { unconfirmedParts, untakenParts } from './collab/untaken.ts'
export { removeEmptyOpening } from './commands/backspace.ts'
export { type ClauseAt, inLeadPara, innermostClause, isClause, topClause } from './commands/clause-at.ts'
export { breakHeaderLine, leaveFormula, splitClause } from './commands/enter.ts'
export { emptyClause, insertClause, insertFootnote, insertSubparagraph } from './commands/insert.ts'
export { COMMANDS, editorKeymap } from './commands/keymap.ts'
export { moveToKind, type ParagraphKind, setParagraphKind, toggleParagraphKind } from './commands/kind.ts'
export { moveClause } from './commands/move.ts'
export { liftClause, sinkClause } from './commands/nesting.ts'
export { type EditorOptions, editorPlugins } from './draft-editor/plugins.ts'
export { type ClauseNumber, clauseNumbers, multipleWord, withMultiple } from './draft-model/clause-labels.ts'
export { languageName, listOf } from './i18n/formats.ts'
export {
  isPluralKey,
  isUILang,
  onUILanguage,
  pluralCategory,
  preferredUILanguage,
  setUILanguage,
  t,
  uiLanguage,
} from './i18n/i18n.ts'
export {
  lintClauseText,
  lintFixLabel,
  lintLookup,
  lintProblemMessage,
  lintProblemText,
} from './i18n/lint-text.ts'
export { type PluralKey, type StringKey, UI_LANGUAGES, type UILang, type UIStrings } from './i18n/strings.ts'
export { changedRanges } from './plugins/changed-ranges.ts'
export { directionPlugin } from './plugins/direction.ts'
export { draftLang } from './plugins/draft-lang.ts'
export { FootnoteView, notesPlugin } from './plugins/footnotes.ts'
export { idsKey, idsPlugin, isRemote } from './plugins/ids.ts'
export { type LintState, lintDecorations, lintKey, lintPlugin, problemsAt, relint } from './plugins/lint.ts'
export {
  type NumberingOptions,
  type NumberingState,
  numberDecorations,
  numberingKey,
  numberingOf,
  numberingPlugin,
  renumber,
} from './plugins/numbering.ts'
export { markOpenings, type OpeningState, openingKey, openingPlugin, pickOpening } from './plugins/opening.ts'
export { htmlToText, type PasteWarning, pasteClauses, pastePlugin } from './plugins/paste.ts'
export { placeholderDecorations, placeholderKey, placeholderPlugin } from './plugins/placeholder.ts'
export {
  isReadOnly,
  LOCAL_META,
  type ReadOnlyState,
  readOnlyKey,
  readOnlyPlugin,
} from './plugins/readonly.ts'
export { IDENTIFY_PATIENCE_MS, type Identified, identify } from './session/identify.ts'
export { hasExpired, isRefusedToken, isUnreachable, type Me, whoAmI } from './session/me.ts'
export { type MeStorage, rememberedMe, rememberMe, tokenFingerprint } from './session/remembered-me.ts'
export { draftIdFromPath, keepToken, takeToken, tokenFromHash } from './session/token.ts'
export { colorFor } from './view/delegation-colors.ts'
