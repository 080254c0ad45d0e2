import * as Y from 'yjs'
import { markedWords, parseSeen, type Seen, SHARED, type WalkTypes } from '../../schema/index.ts'
import { readRecord, type UpdateChange } from '../model/index.ts'
import type { Crossed } from './sweep.ts'

/**
 * The marks of decided amendments (`leftovers`, see `leftoversOf`) whose decision says what the facilitator's
 * editor showed of them (the record's `seen`), each with the words it covers in the draft as it stands before
 * the update, by formatting key: what the sweep needs to give the words marked meanwhile to a new proposal (see
 * sweep.ts). Call it before the update is applied to the draft: `change.before` must still be the draft
 * without it. Throws a RangeError for a `seen` that does not read.
 */
export function crossedMarks(
  change: UpdateChange,
  leftovers: ReadonlyMap<string, boolean>,
): Map<string, Crossed> {
  const out = new Map<string, Crossed>()
  const records = change.after.getMap<unknown>(SHARED.amendments)
  const seen = new Map<string, Seen>()
  for (const id of leftovers.keys()) {
    const value = records.get(id)
    const record = value === undefined ? undefined : readRecord(value, `amendments.${id}`)
    if (record?.seen !== undefined) seen.set(id, parseSeen(record.seen, `amendments.${id}.seen`))
  }
  if (seen.size === 0) return out
  const fragment = change.before.getXmlFragment(SHARED.document)
  for (const [key, words] of markedWords(fragment, new Set(seen.keys()), Y as unknown as WalkTypes)) {
    out.set(key, { words, seen: seen.get(words.id)! })
  }
  return out
}
