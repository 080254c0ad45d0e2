import type { Role } from '../../schema/index.ts'
import type { LiveDrafts } from '../drafts/read.ts'
import type { NewHistoryEntry, Storage } from '../storage/index.ts'
import { clauseLabeller } from './clause-label.ts'
import { MAX_NOTE_LENGTH, NoSuchDraft } from './issue.ts'
import { currentVersion, revisionVersion } from './versions.ts'
import { wordDiff } from './word-diff.ts'

/**
 * A change the facilitator made orally in the meeting, as her editor reports it once she has made it in the
 * text: the clause, its words before and after, and her note ("as orally revised by the facilitator").
 */
export interface OralRevision {
  clause: string
  before: string
  after: string
  note: string
  /** How her editor named the clause, used when the draft no longer holds it (she deleted it). */
  label?: string
}

const MAX_TEXT = 100_000

/** Checks an oral revision as a request gives it; a RangeError names the field that is wrong. */
export function oralRevisionOf(body: Record<string, unknown>): OralRevision {
  const text = (field: string, max: number, empty = true): string => {
    const value = body[field]
    if (typeof value !== 'string' || (!empty && value.trim() === '')) {
      throw new RangeError(`"${field}" must be ${empty ? 'a string' : 'a non-empty string'}`)
    }
    if (value.length > max) throw new RangeError(`"${field}" is longer than ${max} characters`)
    return value
  }
  const oral: OralRevision = {
    clause: text('clause', 200, false),
    before: text('before', MAX_TEXT),
    after: text('after', MAX_TEXT),
    note: text('note', MAX_NOTE_LENGTH).trim(),
  }
  if (body.label !== undefined) oral.label = text('label', 200)
  if (oral.before.trim() === oral.after.trim()) {
    throw new RangeError(
      '"before" and "after" are the same: an oral revision changes the words of a paragraph',
    )
  }
  return oral
}

/**
 * Records an oral revision in a draft's history (`revision.oral`): who, when, the clause named as the draft
 * numbers it now (else as the last revision did, else as her editor did), the words inserted and deleted, and
 * the note. The text itself she changed in the editor, as any facilitator's edit. Throws NoSuchDraft.
 */
export async function recordOralRevision(
  storage: Storage,
  draft: string,
  oral: OralRevision,
  by: { delegation: string; role: Role },
  rooms?: LiveDrafts,
  now: () => number = Date.now,
): Promise<NewHistoryEntry> {
  const current = await currentVersion(storage, draft, rooms, now)
  if (!current) throw new NoSuchDraft(draft)
  let label = clauseLabeller(current.doc, current.records)(oral.clause)
  if (label === null) {
    const last = (await storage.revisions(draft)).at(-1)
    const issued = last && (await revisionVersion(storage, draft, last.n))
    label = (issued && clauseLabeller(issued.doc, issued.records)(oral.clause)) ?? oral.label ?? null
  }
  const paragraph = oral.before.trim() === '' ? 'insert' : oral.after.trim() === '' ? 'delete' : undefined
  const entry: NewHistoryEntry = {
    at: now(),
    delegation: by.delegation,
    role: by.role,
    action: 'revision.oral',
    amendment: null,
    clause: oral.clause,
    label,
    detail: {
      note: oral.note,
      before: oral.before,
      after: oral.after,
      ...wordDiff(oral.before, oral.after),
      ...(paragraph ? { paragraph } : {}),
    },
  }
  await storage.appendHistory(draft, [entry])
  return entry
}
