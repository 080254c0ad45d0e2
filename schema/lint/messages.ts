import type { Gender, Lang, Organ } from '../lang.ts'

// What lint says, as data: each problem and each fix carries a code and its arguments, and its text is written
// from a table of templates, one per code, with {name} placeholders, in each of the six languages
// (`texts-en.ts` ... `texts-zh.ts`): `penholder lint` prints them in the language of `--locale` or `LANG`, the
// editor in the language of its interface (see `wording.ts` for how the templates are put together). Words of
// the draft go into the arguments as they are written; what the reader's language must name (a clause, an
// organ, a gender, a language, the marks a clause may end with) goes in as a code or as structured data, and
// has templates of its own.

/** The kinds of clause whose place is a paragraph number and sub-paragraph labels. */
export type LintParagraphKind = 'preambular' | 'operative'

/** The parts of a resolution outside its paragraphs that a problem may be in. */
export type LintPartKind = 'title' | 'header' | 'formula' | 'closing'

/** Where a problem is, or which clause a message refers to, as data that any language can name. */
export type LintPlace =
  /** A preambular or operative paragraph (`labels` empty), or one of its sub-paragraphs. */
  | {
      kind: LintParagraphKind
      /** The paragraph's ordinal among those of its kind: 4 for operative paragraph 4. */
      number: number
      /** The sub-paragraph labels from the paragraph down, as printed in the draft: ["(a)", "(ii)"]. */
      labels: readonly string[]
    }
  | { kind: LintPartKind }
  | { kind: 'footnote'; number: number }

/** The marks a clause may end with: each mark alone, or the first one followed by a conjunction ("; and"). */
export interface LintExpected {
  /** The marks as the draft's language writes them, with French's space: [" ;"], [";", ","]. */
  marks: readonly string[]
  /** The mark and the conjunction that may close the last but one sub-paragraph ("; and"), if any. */
  conjunction: string | null
}

type NoArgs = Record<string, never>

/**
 * The arguments of each problem message, by code. By convention of `wording.ts`: `organ`, `gender` and
 * `language` are codes named by the reader's language; a {@link LintPlace} is named by it; `expected` is a
 * list of marks; any other string is a word of the draft, shown as it is written.
 */
export interface LintMessageArgs {
  'empty-paragraph': NoArgs
  'empty-subparagraph': NoArgs
  'empty-quoted': NoArgs
  'empty-title': NoArgs
  'operative-verb': { word: string }
  'preambular-operative-verb': { word: string }
  'preambular-unknown': { word: string }
  agreement: { word: string; organ: Organ; gender: Gender; language: Lang; right: string }
  ending: { expected: LintExpected }
  'ending-found': { expected: LintExpected; found: string }
  'ending-last': { expected: LintExpected }
  'ending-last-found': { expected: LintExpected; found: string }
  'ending-colon': { expected: LintExpected }
  'ending-colon-found': { expected: LintExpected; found: string }
  'repeated-verb': { word: string; previous: LintPlace; written: string }
  'space-before': { mark: string; language: Lang }
  'space-after': { mark: string; language: Lang }
  'no-space-before': { mark: string; language: Lang }
  'no-space-after': { mark: string; language: Lang }
  'wrong-mark': { mark: string; right: string; language: Lang }
  unclosed: { mark: string }
  unopened: { mark: string; opening: string }
  'footnote-empty': { number: number; block: LintPlace }
  'footnote-superscript': { text: string; number: number }
}

/** The arguments of each fix label, by code (all words of the draft, as the label shows them). */
export interface LintFixArgs {
  replace: { from: string; to: string }
  'insert-at-end': { text: string }
  'insert-nbsp-before': { mark: string }
  'insert-nbsp-after': { mark: string }
  'remove-space-before': { mark: string }
  'remove-space-after': { mark: string }
  'insert-after': { text: string; word: string }
}

/** The code of a problem message: one per distinct message. */
export type LintMessageCode = keyof LintMessageArgs

/** The code of a fix label. */
export type LintFixCode = keyof LintFixArgs

/** A problem message as data: its code and the arguments its template takes, fixed once the problem is found. */
export type LintMessage = {
  [C in LintMessageCode]: { readonly code: C; readonly args: Readonly<LintMessageArgs[C]> }
}[LintMessageCode]

/** A fix label as data. */
export type LintFixMessage = {
  [C in LintFixCode]: { readonly code: C; readonly args: Readonly<LintFixArgs[C]> }
}[LintFixCode]

type Forms<K extends string> = K | `${K}.of` | `${K}.in`

/**
 * The templates that name a place and the codes messages refer to. A place has a name ("operative paragraph
 * 4"), for paragraphs a form after "of" ("of operative paragraph 4"), and, but for footnotes, a form after "in"
 * ("in operative paragraph 4", "in the title"), so that a language can contract or elide its articles; a
 * sub-paragraph's templates take {label}, its parent's name {parent} and its parent's "of" form {parentOf}.
 */
export type LintPieceKey =
  | Forms<`place.${LintParagraphKind}` | 'place.sub' | 'place.subsub'>
  | `place.${LintPartKind}`
  | `place.${LintPartKind}.in`
  | 'place.footnote'
  | `organ.${Organ}`
  | `gender.${Gender}`
  | `language.${Lang}`
  | 'expected.mark'
  | 'expected.list'
  | 'expected.or'

/**
 * The templates that frame problems for a reader: one problem a line, alone ("{clause}: {message}", as the
 * editor shows it) or with its severity ("{clause}: {severity}: {message}", as the command line prints it); the
 * severities; the count of errors and warnings (`{errors}` and `{warnings}` chosen by plural form, see
 * `wording.ts`); a file without problems (`{file}`).
 */
export type LintFrameKey =
  | 'frame.line'
  | 'frame.line.severity'
  | 'frame.error'
  | 'frame.warning'
  | 'frame.summary'
  | 'frame.clean'

/** Every key of a lint wording table: message codes, fix codes, the pieces they are made of, the frames. */
export type LintTextKey = LintMessageCode | LintFixCode | LintPieceKey | LintFrameKey

/** The templates of lint in one language, one for every key. */
export type LintTexts = Readonly<Record<LintTextKey, string>>

/** A problem message from its code and arguments, checked against the arguments that code takes. */
export const lintMessage = <C extends LintMessageCode>(code: C, args: LintMessageArgs[C]): LintMessage =>
  ({ code, args }) as LintMessage

/** A fix label from its code and arguments. */
export const fixMessage = <C extends LintFixCode>(code: C, args: LintFixArgs[C]): LintFixMessage =>
  ({ code, args }) as LintFixMessage
