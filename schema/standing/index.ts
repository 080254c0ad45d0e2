// Where each paragraph stands (issue 13): statuses, square brackets, alternative wordings; pure functions
// shared by the editor, the server and the exports.
export * from './alternatives.ts'
export { bracketMark, bracketsIn, placeBrackets, removeBrackets } from './brackets.ts'
export { alternativesOf, type ParagraphBrackets, paragraphBrackets, type ShownAlternative } from './layout.ts'
export { pickAlternative, setAlternatives } from './pick.ts'
export * from './status.ts'
export { type StandingSummary, standingSummary, statusOfClause } from './summary.ts'
export { STANDING_WORDS, type StandingWords } from './words.ts'
