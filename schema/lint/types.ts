/** How serious a lint problem is: an error makes `penholder lint` exit with status 1, a warning does not. */
export type LintSeverity = 'error' | 'warning'

/**
 * A text replacement that removes a problem, described as data so that the editor can apply it as one
 * transaction and the command line can print it. Offered only where the right text is certain.
 */
export interface LintFix {
  /** What the fix does, for a menu: "Replace ';' by ' ;'". */
  label: string
  /** Document range replaced (equal for an insertion). */
  from: number
  to: number
  /** The text put in its place (empty for a deletion). */
  insert: string
}

/** One problem found in a draft, named as a delegate names the clause it is in. */
export interface LintProblem {
  /** The rule that found it: "ending", "operative-verb", "spacing", ... (see `lint.ts`). */
  rule: string
  severity: LintSeverity
  /** "operative paragraph 4", "preambular paragraph 3", "operative paragraph 2 (a)", "title", "footnote 3". */
  clause: string
  /** The stable id of that clause or footnote, so a panel can follow it when it moves; null for the title. */
  clauseId: string | null
  /** What is wrong: "expected a verb in the present tense, found 'Noting'". */
  message: string
  /** Document positions of the offending text, so that the editor can underline it. */
  from: number
  to: number
  fix?: LintFix
}
