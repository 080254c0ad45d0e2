// The `penholder serve --max-*` options: sizes with or without a unit, counts, and a clear usage error for
// anything else, turned into the server's limits.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { UsageError } from '../cli/command.ts'
import { limitsOf } from '../cli/limit-options.ts'
import { resolveLimits } from '../transport/index.ts'

describe('the serve options of the server’s bounds', () => {
  it('read sizes in bytes, KB, MB and GB, and counts, into the limits they name', () => {
    assert.deepEqual(
      limitsOf({
        'max-draft-size': '4MB',
        'max-message-size': '512kb',
        'max-send-buffer': '1048576',
        'max-connections': '5000',
        'max-connections-per-draft': '1200',
        'max-connections-per-token': '8',
      }),
      {
        maxDraftBytes: 4 * 1024 * 1024,
        maxMessage: 512 * 1024,
        maxBuffered: 1024 * 1024,
        maxConnections: 5000,
        maxConnectionsPerDraft: 1200,
        maxConnectionsPerToken: 8,
      },
    )
    assert.deepEqual(limitsOf({ 'max-draft-size': '1GB' }), { maxDraftBytes: 1024 ** 3 })
  })

  it('leave every limit not given at its default', () => {
    assert.deepEqual(limitsOf({}), {})
    const limits = resolveLimits(limitsOf({ 'max-connections-per-token': '3' }))
    assert.equal(limits.maxConnectionsPerToken, 3)
    assert.equal(limits.maxDraftBytes, resolveLimits().maxDraftBytes)
  })

  for (const [option, text] of [
    ['max-draft-size', 'large'],
    ['max-draft-size', '0'],
    ['max-draft-size', '-5MB'],
    ['max-connections', '10MB'],
    ['max-connections', '2.5'],
    ['max-connections-per-token', ''],
  ] as const) {
    it(`refuse --${option} '${text}' with a usage error naming the option`, () => {
      assert.throws(
        () => limitsOf({ [option]: text }),
        (e: unknown) => e instanceof UsageError && e.message.startsWith(`--${option}: expected`),
      )
    })
  }
})
