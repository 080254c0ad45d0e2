import type { LintFixMessage, LintMessage, LintPlace } from './messages.ts'

/** How serious a lint problem is: an error makes `penholder lint` exit with status 1, a warning does not. */
export type LintSeverity = 'error' | 'warning'

/** What a fix does, beside its label's code and arguments (see {@link LintFixMessage}). */
interface LintFixFields {
  /** What the fix does, for a menu, in English: "Replace ';' by ' ;'". */
  label: string
  /** Document range replaced (equal for an insertion). */
  from: number
  to: number
  /** The text put in its place (empty for a deletion). */
  insert: string
}

/**
 * A text replacement that removes a problem, described as data so that the editor can apply it as one
 * transaction and the command line can print it. Offered only where the right text is certain. Its `code`
 * and `args` say what it does in any language (see `wording.ts`).
 */
export type LintFix = LintFixFields & LintFixMessage

/** A problem's fields beside its message's code and arguments (see {@link LintMessage}). */
interface LintProblemFields {
  /** The rule that found it: "ending", "operative-verb", "spacing", ... (see `lint.ts`). */
  rule: string
  severity: LintSeverity
  /** Where it is, in English: "operative paragraph 4", "operative paragraph 2 (a)", "title", "footnote 3". */
  clause: string
  /** The same place as data, for a reader in another language. */
  readonly place: LintPlace
  /** The stable id of that clause or footnote, so a panel can follow it when it moves; null for the title. */
  clauseId: string | null
  /** What is wrong, in English: "expected a verb in the present tense, found 'Noting'". */
  message: string
  /** Document positions of the offending text, so that the editor can underline it. */
  from: number
  to: number
  fix?: LintFix
}

/**
 * One problem found in a draft, named as a delegate names the clause it is in. Its `code` and `args` say what
 * is wrong in any language; `message` and `clause` are their English text, as the command line prints it.
 */
export type LintProblem = LintProblemFields & LintMessage
