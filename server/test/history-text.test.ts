// The history served from the stored JSON text must be what serving the parsed entries gave, byte for byte:
// the same answer for every filter and for strings JSON escapes (quotes, control characters, surrogates).
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createDraft } from '../drafts/create.ts'
import {
  filterHistory,
  filterStoredHistory,
  historyCSV,
  historyJSON,
  historyJSONBytes,
  storedHistoryCSV,
} from '../record/index.ts'
import { isoTimeWriter } from '../record/iso-time.ts'
import type { HistoryEntry, NewHistoryEntry } from '../storage/index.ts'
import { SqliteStorage } from '../storage/index.ts'
import { sampleDoc, tempDir } from './helpers.ts'

const T = 1_700_000_000_000

/** Entries with every shape a history holds, and strings JSON.stringify escapes. */
function entries(): NewHistoryEntry[] {
  const awkward = [
    'Côte d’Ivoire',
    'say "no"',
    'back\\slash',
    'tab\there',
    'line\nbreak',
    '\u0001\u001f',
    '😀 ok',
    'lone \ud800 half',
    'fin \udc00',
  ]
  const out: NewHistoryEntry[] = []
  for (let i = 0; i < 60; i++) {
    const name = awkward[i % awkward.length]!
    out.push({
      at: T + i * 37_123_457 - 5_000_000_000,
      delegation: i % 4 === 0 ? 'Egypt' : name,
      role: i % 5 === 0 ? 'chair' : 'delegate',
      action: ['amendment.proposed', 'sponsor.joined', 'revision.oral', 'status.changed'][i % 4]!,
      amendment: i % 3 === 0 ? null : `a${i}`,
      clause: i % 7 === 0 ? null : `c${i % 5}`,
      label: i % 2 === 0 ? null : `operative paragraph ${i} ${name}`,
      detail:
        i % 3 === 0
          ? { proposer: 'Egypt', inserted: ['and', name], deleted: [] }
          : i % 3 === 1
            ? { sponsor: name, note: `${name}, again`, n: i * 1.5 }
            : { supporter: 'Brazil', invitee: i % 2 ? 'Egypt' : 42, nested: { list: [null, true, name] } },
    })
  }
  return out
}

describe('the history from its stored text', () => {
  it('serves the same JSON and CSV, byte for byte, for every filter', async () => {
    const dir = tempDir()
    const storage = new SqliteStorage(dir.dir)
    try {
      const draft = await createDraft(storage, sampleDoc())
      await storage.appendHistory(draft.id, entries())
      const parsed: HistoryEntry[] = await storage.history(draft.id)
      const filters = [
        {},
        { delegation: 'Egypt' },
        { delegation: 'Brazil' },
        { delegation: 'say "no"' },
        { delegation: '42' },
        { delegation: 'nobody' },
        { clause: 'c2' },
        { clause: 'c3', delegation: 'Egypt' },
      ]
      for (const filter of filters) {
        const stored = filterStoredHistory(await storage.storedHistory(draft.id, filter.clause), filter)
        const expected = filterHistory(parsed, filter)
        if (filter.delegation === 'Egypt' && !filter.clause)
          assert.ok(expected.length > 10, 'Egypt is in many')
        assert.equal(
          historyJSONBytes(stored).toString('utf8'),
          JSON.stringify({ history: expected.map(historyJSON) }),
          `JSON for ${JSON.stringify(filter)}`,
        )
        assert.equal(storedHistoryCSV(stored), historyCSV(expected), `CSV for ${JSON.stringify(filter)}`)
      }
    } finally {
      await storage.close()
      dir.remove()
    }
  })

  it('writes times as Date#toISOString does, across days, years and 1970', () => {
    const iso = isoTimeWriter()
    const times = [0, -1, 999, 86_399_999, 86_400_000, T, T + 1, 253_402_300_800_000, -62_167_219_200_001]
    for (let i = 0; i < 5000; i++) times.push(T + i * 7_654_321_987 - 10 ** 13)
    for (const at of times) assert.equal(iso(at), new Date(at).toISOString(), String(at))
  })
})
