import * as Y from 'yjs'
import { type AmendmentRecord, isPending, OWN_STATUSES, SHARED } from '../../schema/index.ts'
import type { UpdateChange } from '../model/index.ts'
import { readRecordAt } from './record-shapes.ts'

/** The statuses a delegation may give its own amendment: it proposes, or withdraws it. */
const OWN: readonly string[] = OWN_STATUSES

/** The delegations that support any of a delegation's amendments before the update. */
function supportersOf(change: UpdateChange, delegation: string): Set<string> {
  const out = new Set<string>()
  change.before.getMap<unknown>(SHARED.amendments).forEach((value, key) => {
    const record = readRecordAt(value, key, `amendments.${key}`)
    if (typeof record !== 'string' && record.delegation === delegation) {
      for (const name of record.supporters) out.add(name)
    }
  })
  return out
}

/** The record with the fields only a supporter changes left out, to compare the rest. */
const withoutSupport = (record: AmendmentRecord): string =>
  JSON.stringify({ ...record, supporters: [], updated: 0 })

function newRecord(record: AmendmentRecord, delegation: string, change: UpdateChange, where: string) {
  if (record.delegation !== delegation) return `${where}: writes a record in ${record.delegation}'s name`
  if (record.status === 'accepted' || record.status === 'rejected') {
    return `${where}: a delegation cannot decide its own amendment (${record.status})`
  }
  if (record.supporters.length > 0) {
    // Splitting an amendment in two gives the new half the supporters of the old one.
    const known = supportersOf(change, delegation)
    const stranger = record.supporters.find((name) => !known.has(name))
    if (stranger) return `${where}: names ${stranger} as a supporter`
  }
  return null
}

function ownRecord(was: AmendmentRecord, is: AmendmentRecord | undefined, where: string) {
  if (!isPending(was.status)) return `${where}: the amendment was ${was.status} and can no longer change`
  if (!is) return null
  if (is.delegation !== was.delegation)
    return `${where}: gives ${was.delegation}'s amendment to ${is.delegation}`
  if (is.status !== was.status && !OWN.includes(is.status)) {
    return `${where}: a delegation cannot set its amendment ${is.status}`
  }
  if (is.created !== was.created) return `${where}: changes when the amendment was proposed`
  const added = is.supporters.find((name) => !was.supporters.includes(name))
  if (added) return `${where}: names ${added} as a supporter`
  return null
}

/**
 * Another delegation's record may change only in whether `me` supports it. Also once it is decided: a support
 * that crossed the facilitator's decision is harmless, and refusing it would cut off an honest delegation.
 */
function othersRecord(was: AmendmentRecord, is: AmendmentRecord | undefined, me: string, where: string) {
  if (!is) return `${where}: deletes ${was.delegation}'s amendment`
  if (withoutSupport(is) !== withoutSupport(was)) return `${where}: changes ${was.delegation}'s amendment`
  const others = (r: AmendmentRecord) => JSON.stringify(r.supporters.filter((name) => name !== me).sort())
  if (others(is) !== others(was) || is.supporters.includes(me) === was.supporters.includes(me)) {
    return `${where}: changes the supporters of ${was.delegation}'s amendment other than ${me}`
  }
  return null
}

/**
 * Why a delegation's changes to amendment records are more than it may make, or null. Records are nested maps
 * of their fields (schema's RECORD_KEYS), read whole before and after the update, so that a change of one
 * field is judged as a change of the record. A delegation may create records of its own (proposed, or
 * withdrawn), change its own pending ones (proposed again after being outdated, or withdrawn; never accepted
 * or rejected, never another's name, no supporters added) or delete them, and add itself to, or take itself
 * off, the supporters of another delegation's amendment, changing nothing else of it. It writes the field form
 * only: a record as one plain value, or a shared type where a plain field belongs, is refused. Only the keys
 * the update changed are read.
 */
export function recordsRefusal(change: UpdateChange, delegation: string): string | null {
  const after = change.after.getMap<unknown>(SHARED.amendments)
  const before = change.before.getMap<unknown>(SHARED.amendments)
  for (const entry of change.amendments) {
    const where = `amendments.${entry.key}`
    const value = after.get(entry.key)
    if (value !== undefined && !(value instanceof Y.Map)) {
      return `${where}: a record is a map of its fields, not one value`
    }
    const is = value === undefined ? undefined : readRecordAt(value, entry.key, where)
    if (typeof is === 'string') return is
    const previous = before.get(entry.key)
    const was = previous === undefined ? undefined : readRecordAt(previous, entry.key, where)
    if (typeof was === 'string') return `${where}: changes an unreadable record (${was})`
    const reason = !was
      ? is && newRecord(is, delegation, change, where)
      : was.delegation === delegation
        ? ownRecord(was, is, where)
        : othersRecord(was, is, delegation, where)
    if (reason) return reason
  }
  return null
}
