// The amendment model: pure functions over ProseMirror documents, shared by the editor and the server.

export {
  type IdRanges,
  inRanges,
  type MarkedWords,
  markedWords,
  type SharedItem,
  type WalkTypes,
} from './marked-words.ts'
export { isFaithfulCopy } from './move-copy.ts'
export { amendmentNames } from './names.ts'
export * from './proposal.ts'
export * from './record.ts'
export { type RecordMaps, recordMaps, type SharedMap, type SharedTypes } from './record-map.ts'
export { findOutdated, PARAGRAPH_BREAK, referredWords, referredWordsOf } from './referred.ts'
export { acceptAmendment, rejectAmendment } from './resolve.ts'
export { formatSeen, parseSeen, type Seen, seenOf } from './seen.ts'
export { type AmendmentShape, amendmentKindOf, amendmentShapeOf, proposedRecord } from './shape.ts'
export { withoutProposalsOf } from './strip.ts'
export {
  type DecidedSweep,
  decidedLeftovers,
  type RehomedId,
  type Rehoming,
  Rehomings,
  rehomedRecords,
  sweepDecided,
} from './sweep.ts'
export * from './touches.ts'
export { type CleanView, cleanDoc, cleanView } from './views.ts'
export {
  type AmendmentItem,
  type AmendmentsDocument,
  amendmentsDocument,
  amendmentsTitle,
  amendmentWording,
  type Instruction,
  ordinalWord,
} from './wording.ts'
export type { ClauseRef, Words } from './wording-language.ts'
// Words as the draft's language cuts them (Intl.Segmenter), for the wording, the comparison and the editor.
export { type WordSpan, wordAfter, wordBefore, words } from './words.ts'
