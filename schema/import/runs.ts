import type { Mark } from 'prosemirror-model'

/**
 * Inline content while a text is being read, before it becomes ProseMirror nodes: text with marks, footnotes
 * (their content is text runs), cross-references, line breaks, and footnote citations not yet matched with
 * their definitions (Markdown puts definitions anywhere).
 */
export type Run =
  | { type: 'text'; text: string; marks: readonly Mark[] }
  | { type: 'footnote'; content: Run[]; marks: readonly Mark[] }
  | { type: 'xref'; target: string; marks: readonly Mark[] }
  | { type: 'break'; marks: readonly Mark[] }
  | { type: 'marker'; key: string; line: number; marks: readonly Mark[] }

const NO_MARKS: readonly Mark[] = []

/** A text run. */
export function textRun(text: string, marks: readonly Mark[] = NO_MARKS): Run {
  return { type: 'text', text, marks }
}

/** Runs for a plain string (none for an empty one). */
export function plainRuns(text: string): Run[] {
  return text ? [textRun(text)] : []
}

/**
 * The words of inline content as one string: what classification (opening phrase, header line, closing line)
 * looks at. Line breaks count as spaces, footnotes as nothing, cross-references as their target.
 */
export function plainText(runs: readonly Run[]): string {
  let out = ''
  for (const run of runs) {
    if (run.type === 'text') out += run.text
    else if (run.type === 'break') out += ' '
    else if (run.type === 'xref') out += run.target
  }
  return out
}

/** Runs `a` followed by runs `b`, with a space between them when neither side has one. */
export function joinRuns(a: Run[], b: readonly Run[], separator = ' '): Run[] {
  if (a.length === 0) return [...b]
  if (b.length === 0) return a
  const last = a[a.length - 1]!
  const first = b[0]!
  const needs =
    separator !== '' &&
    !(last.type === 'text' && last.text.endsWith(' ')) &&
    !(first.type === 'text' && first.text.startsWith(' '))
  return needs ? [...a, textRun(separator), ...b] : [...a, ...b]
}

/** The runs with `mark` added to the first `length` characters of their text (the opening phrase). */
export function markPrefix(runs: readonly Run[], length: number, mark: Mark): Run[] {
  const out: Run[] = []
  let left = length
  for (const run of runs) {
    if (left <= 0 || run.type !== 'text') {
      out.push(run)
      continue
    }
    if (run.text.length <= left) {
      out.push(textRun(run.text, mark.addToSet(run.marks)))
      left -= run.text.length
    } else {
      out.push(
        textRun(run.text.slice(0, left), mark.addToSet(run.marks)),
        textRun(run.text.slice(left), run.marks),
      )
      left = 0
    }
  }
  return out
}

/** Appends runs to a list in place (others hold the list: a footnote definition waiting for a home). */
export function appendRuns(target: Run[], more: readonly Run[], separator = ' '): void {
  const joined = joinRuns(target, more, separator)
  target.length = 0
  target.push(...joined)
}

/** Puts runs before a list's own, in place. */
export function prependRuns(target: Run[], more: readonly Run[]): void {
  const joined = joinRuns([...more], target)
  target.length = 0
  target.push(...joined)
}
