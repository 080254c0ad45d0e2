// Which store a command works on: `--store URL`, `--data DIR`, PENHOLDER_STORE, or ./data; and the URL as it may
// be printed, its password masked.
import assert from 'node:assert/strict'
import { resolve } from 'node:path'
import { afterEach, describe, it } from 'node:test'
import { UsageError } from '../cli/command.ts'
import { storeChoiceOf } from '../cli/server-options.ts'
import { maskedStoreUrl } from '../storage/index.ts'

const URL_A = 'postgres://ph:s3cret@db.example:5432/penholder'

describe('the store a command works on', () => {
  const saved = process.env.PENHOLDER_STORE
  afterEach(() => {
    if (saved === undefined) delete process.env.PENHOLDER_STORE
    else process.env.PENHOLDER_STORE = saved
  })

  it('takes --store, else --data, else PENHOLDER_STORE, else ./data', () => {
    delete process.env.PENHOLDER_STORE
    assert.deepEqual(storeChoiceOf({}), { dataDir: resolve('data') })
    assert.deepEqual(storeChoiceOf({ data: 'elsewhere' }), { dataDir: resolve('elsewhere') })
    assert.deepEqual(storeChoiceOf({ store: URL_A }), { url: URL_A })
    process.env.PENHOLDER_STORE = 'postgresql://ph@localhost/env'
    assert.deepEqual(storeChoiceOf({}), { url: 'postgresql://ph@localhost/env' })
    assert.deepEqual(storeChoiceOf({ store: URL_A }), { url: URL_A })
    assert.deepEqual(storeChoiceOf({ data: 'elsewhere' }), { dataDir: resolve('elsewhere') })
    process.env.PENHOLDER_STORE = ''
    assert.deepEqual(storeChoiceOf({}), { dataDir: resolve('data') })
    // A Unix socket is named by ?host=.
    assert.deepEqual(storeChoiceOf({ store: 'postgres:///penholder?host=/run/postgresql' }), {
      url: 'postgres:///penholder?host=/run/postgresql',
    })
  })

  it('refuses both options at once, and a URL that names no PostgreSQL database, without the password', () => {
    const refuses = (values: { data?: string; store?: string }, message: RegExp, status: number) =>
      assert.throws(
        () => storeChoiceOf(values),
        (e: Error) => {
          assert.ok(e instanceof UsageError)
          assert.equal(e.status, status)
          assert.match(e.message, message)
          assert.doesNotMatch(e.message, /s3cret/)
          return true
        },
      )
    refuses({ store: URL_A, data: 'data' }, /--store and --data name two different stores/, 2)
    refuses(
      { store: 'mysql://ph:s3cret@db/penholder' },
      /^--store: 'mysql:\/\/ph:\*\*\*@db\/penholder' is not a PostgreSQL URL \(expected postgres:\/\/USER:PASS@HOST:PORT\/DB\)$/,
      1,
    )
    refuses(
      { store: 'postgres://ph:s3cret@[bad/penholder' },
      /^--store: not a URL: 'postgres:\/\/ph:\*\*\*@\[bad/,
      1,
    )
    refuses(
      { store: 'postgres://ph:s3cret@/penholder' },
      /not a URL: 'postgres:\/\/ph:\*\*\*@\/penholder'/,
      1,
    )
    refuses({ store: 'postgres:///penholder' }, /names no host/, 1)
    process.env.PENHOLDER_STORE = './data'
    refuses({}, /^PENHOLDER_STORE: not a URL: '.\/data'/, 1)
  })

  it('masks the password wherever it prints the URL', () => {
    assert.equal(maskedStoreUrl(URL_A), 'postgres://ph:***@db.example:5432/penholder')
    assert.equal(
      maskedStoreUrl('postgres://ph:s3cr%40t@db/p?sslmode=require'),
      'postgres://ph:***@db/p?sslmode=require',
    )
    assert.equal(maskedStoreUrl('postgres://ph@db.example/penholder'), 'postgres://ph@db.example/penholder')
    assert.equal(maskedStoreUrl('postgres://ph:s3cret@[bad/penholder'), 'postgres://ph:***@[bad/penholder')
  })
})
