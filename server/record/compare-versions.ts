import type { Node } from 'prosemirror-model'
import { type CompareOptions, type Comparison, cleanDoc, compareDrafts } from '../../schema/index.ts'
import type { LiveDrafts } from '../drafts/read.ts'
import type { Storage } from '../storage/index.ts'
import { changeAuthors } from './change-authors.ts'
import { NoSuchDraft } from './issue.ts'
import { currentVersion, type DraftVersion, revisionVersion } from './versions.ts'

/** A version a comparison names: a revision's number, or 'current' for the live text. */
export type VersionName = number | 'current'

/** Who made the changes no accepted proposal or oral revision explains: the facilitator's direct edits. */
export const DEFAULT_AUTHOR = 'Facilitator'

/** A comparison asked of versions that cannot be compared: no such revision (`missing`), or the later one first. */
export class BadComparison extends Error {
  constructor(
    message: string,
    readonly missing = false,
  ) {
    super(message)
  }
}

/** Reads a version name as a query or an option gives it: "1", "2" ..., or "current". */
export function versionName(text: string | null | undefined, field: string): VersionName {
  if (text === 'current') return 'current'
  if (text && /^[1-9]\d{0,8}$/.test(text)) return Number(text)
  throw new BadComparison(`"${field}" must be a revision number (1, 2 ...) or "current", not '${text ?? ''}'`)
}

/**
 * How a version is named in the comparison's heading: a revision by its symbol (else "Rev.N"); the live text,
 * which carries the latest revision's symbol, as the current text.
 */
function labelOf(version: DraftVersion): string {
  if (version.revision !== null) return version.symbol || `Rev.${version.revision}`
  return version.symbol ? `${version.symbol}, current text` : 'current text'
}

/** What a comparison compares: the two versions' clean texts and how (`compareDrafts`'s arguments). */
export interface ComparisonInputs {
  from: Node
  to: Node
  options: CompareOptions
}

/**
 * Compares two versions of a draft (`from` a revision, `to` a later revision or the live text): the accepted
 * amendments' marks are taken in and pending proposals left out of both, and every change is attributed to the
 * delegation whose accepted proposal made it, the facilitator's oral revision (with its note), or else the
 * facilitator, from the history between the two. Throws NoSuchDraft, or BadComparison for versions that do not
 * exist or are not in order.
 */
export async function compareVersions(
  storage: Storage,
  draft: string,
  from: VersionName,
  to: VersionName,
  rooms?: LiveDrafts,
): Promise<Comparison> {
  const inputs = await comparisonInputs(storage, draft, from, to, rooms)
  return compareDrafts(inputs.from, inputs.to, inputs.options)
}

/**
 * What {@link compareVersions} compares, for a caller that compares elsewhere (the export pool writes the Word
 * file of a comparison in a worker thread). Throws as compareVersions does.
 */
export async function comparisonInputs(
  storage: Storage,
  draft: string,
  from: VersionName,
  to: VersionName,
  rooms?: LiveDrafts,
): Promise<ComparisonInputs> {
  if (!(await storage.draft(draft))) throw new NoSuchDraft(draft)
  if (from === 'current') {
    throw new BadComparison('"from" must be a revision: a comparison runs from an issued revision')
  }
  if (to !== 'current' && to <= from) {
    throw new BadComparison(`"to" (${to}) must be a later revision than "from" (${from}), or "current"`)
  }
  const version = async (n: number) => {
    const found = await revisionVersion(storage, draft, n)
    if (!found) throw new BadComparison(`draft '${draft}' has no revision ${n}`, true)
    return found
  }
  const earlier = await version(from)
  const later = to === 'current' ? await currentVersion(storage, draft, rooms) : await version(to)
  if (!later) throw new NoSuchDraft(draft)
  const history = await storage.history(draft)
  return {
    from: cleanDoc(earlier.doc, earlier.records),
    to: cleanDoc(later.doc, later.records),
    options: {
      authors: changeAuthors(history, from, to === 'current' ? null : to),
      defaultAuthor: DEFAULT_AUTHOR,
      defaultAt: later.date,
      fromLabel: labelOf(earlier),
      toLabel: labelOf(later),
    },
  }
}
