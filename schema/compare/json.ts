import type { ClauseType } from '../schema.ts'
import type {
  ChangeBlock,
  ClausePlace,
  ComparedItem,
  Comparison,
  ComparisonAuthor,
  ComparisonChange,
} from './comparison.ts'

/** Where a clause stands in one version, for programs: its number, its name in the draft's language, its labels. */
export interface PlaceJSON {
  /** Ordinal among the clauses of its kind under its parent: 7 for operative paragraph 7, 2 for (b). */
  number: number
  /** "operative paragraph 7", "paragraphe 7 du dispositif". */
  label: string
  /** As printed before it: "7.", "(b)"; '' for preambular paragraphs. */
  printed: string
  /** Labels from the top-level paragraph down: ["7", "(b)"]. */
  path: string[]
}

/** Who made a change: the delegation or the facilitator, an oral revision's note, and when (ms since 1970). */
export interface AuthorJSON {
  author: string
  oral?: string
  at?: number
}

/** One change, for programs; every change names its clause's number in each version where it has one. */
export type ChangeJSON = AuthorJSON & { text: string } & (
    | {
        kind: 'words'
        block: ChangeBlock
        clause: string | null
        from: PlaceJSON | null
        to: PlaceJSON | null
        deleted: string
        inserted: string
      }
    | { kind: 'inserted'; clause: string; to: PlaceJSON; words: string }
    | { kind: 'deleted'; clause: string; from: PlaceJSON; words: string }
    | { kind: 'moved'; clause: string; from: PlaceJSON; to: PlaceJSON }
    | { kind: 'renumbered'; clause: string; from: PlaceJSON; to: PlaceJSON }
    | {
        kind: 'footnote'
        change: 'inserted' | 'deleted' | 'changed'
        footnote: string
        from: { number: number } | null
        to: { number: number } | null
        clause: string | null
        deleted: string
        inserted: string
      }
  )

/** Every clause of either version, with its place in each: the table of old and new numbers. */
export interface ClauseJSON {
  clause: string
  kind: ClauseType
  /** 'changed': at the same place with its own words changed. */
  status: 'same' | 'changed' | 'inserted' | 'deleted' | 'moved'
  from: PlaceJSON | null
  to: PlaceJSON | null
}

/** A comparison as plain data (see {@link comparisonJSON}). */
export interface ComparisonJSON {
  format: 'penholder-comparison'
  version: 1
  lang: string
  from: { label: string }
  to: { label: string }
  /** How many changes of each kind ('words' counts those in the header, title, formula and closing too). */
  summary: Record<ChangeJSON['kind'], number> & { changes: number }
  changes: ChangeJSON[]
  clauses: ClauseJSON[]
}

const place = (p: ClausePlace): PlaceJSON => ({
  number: p.number,
  label: p.label,
  printed: p.printed,
  path: p.path,
})
const maybe = (p: ClausePlace | null): PlaceJSON | null => (p ? place(p) : null)

function author(a: ComparisonAuthor | undefined): AuthorJSON {
  if (!a) return { author: '' }
  return {
    author: a.name,
    ...(a.oral !== undefined ? { oral: a.oral } : {}),
    ...(a.at !== undefined ? { at: a.at } : {}),
  }
}

/**
 * A comparison as plain data for programs (`JSON.stringify` it): each change in reading order with its kind,
 * the clause's stable id and its number and name in the earlier and the later version, the words deleted and
 * inserted, who made it (and an oral revision's note), and the instruction that makes it in the wording of
 * amendments; then every clause with its old and new numbers. A renumbered paragraph reads
 * `{kind: 'renumbered', clause: 'o7', from: {number: 7, label: 'operative paragraph 7', ...}, to: {number: 6, ...}}`.
 */
export function comparisonJSON(c: Comparison): ComparisonJSON {
  const changes = c.changes.map((change) => changeJSON(c, change))
  const summary = {
    changes: changes.length,
    words: 0,
    inserted: 0,
    deleted: 0,
    moved: 0,
    renumbered: 0,
    footnote: 0,
  }
  for (const change of changes) summary[change.kind]++
  return {
    format: 'penholder-comparison',
    version: 1,
    lang: c.lang,
    from: { label: c.fromLabel },
    to: { label: c.toLabel },
    summary,
    changes,
    clauses: clausesOf([...c.preamble, ...c.operative]),
  }
}

function changeJSON(c: Comparison, change: ComparisonChange): ChangeJSON {
  switch (change.kind) {
    case 'words':
      return {
        kind: 'words',
        block: change.block,
        clause: change.clause,
        from: maybe(change.from),
        to: maybe(change.to),
        deleted: change.deleted,
        inserted: change.inserted,
        ...author(c.authors[change.author]),
        text: change.text,
      }
    case 'inserted':
      return {
        kind: 'inserted',
        clause: change.clause,
        to: place(change.to),
        words: change.words,
        ...author(c.authors[change.author]),
        text: change.text,
      }
    case 'deleted':
      return {
        kind: 'deleted',
        clause: change.clause,
        from: place(change.from),
        words: change.words,
        ...author(c.authors[change.author]),
        text: change.text,
      }
    case 'moved':
      return {
        kind: 'moved',
        clause: change.clause,
        from: place(change.from),
        to: place(change.to),
        ...author(c.authors[change.author]),
        text: change.text,
      }
    case 'renumbered':
      // A consequence of other changes, made by nobody in particular.
      return {
        kind: 'renumbered',
        clause: change.clause,
        from: place(change.from),
        to: place(change.to),
        author: '',
        text: change.text,
      }
    case 'footnote':
      return {
        kind: 'footnote',
        change: change.change,
        footnote: change.footnote,
        from: change.from === null ? null : { number: change.from },
        to: change.to === null ? null : { number: change.to },
        clause: change.clause,
        deleted: change.deleted,
        inserted: change.inserted,
        ...author(c.authors[change.author]),
        text: change.text,
      }
  }
}

function clausesOf(items: readonly ComparedItem[], out: ClauseJSON[] = []): ClauseJSON[] {
  for (const item of items) {
    if (item.type === 'quotation') clausesOf(item.children, out)
    if (item.type !== 'clause') continue
    const status = item.status === 'same' && item.text.changed ? 'changed' : item.status
    out.push({ clause: item.id, kind: item.kind, status, from: maybe(item.from), to: maybe(item.to) })
    clausesOf(item.children, out)
  }
  return out
}
