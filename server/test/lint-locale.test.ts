import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, test } from 'node:test'
import { messageLanguage } from '../cli/locale.ts'

const bin = new URL('../../bin/penholder.js', import.meta.url).pathname
const dir = mkdtempSync(join(tmpdir(), 'penholder-lint-locale-'))
after(() => rmSync(dir, { recursive: true, force: true }))

// A draft with one planted error: an operative paragraph that opens with a preambular phrase.
const file = join(dir, 'planted.txt')
writeFileSync(
  file,
  [
    'The General Assembly,',
    'Recalling its resolution 70/1,',
    '1. Noting the report of the Secretary-General;',
    '2. Decides to remain seized of the matter.',
  ].join('\n\n'),
)

/** `penholder lint` with only the locale variables given, whatever the machine running the tests has. */
function penholderLint(args: string[], locale: Record<string, string> = {}) {
  const env = { ...process.env }
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG', 'LANGUAGE']) delete env[name]
  const r = spawnSync(process.execPath, [bin, 'lint', file, ...args], {
    encoding: 'utf8',
    timeout: 60000,
    env: { ...env, ...locale },
  })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

const NBSP = '\u00a0'

test('penholder lint speaks the language of --locale, then of LANG, with the same exit status', () => {
  const english = penholderLint([])
  assert.equal(english.status, 1)
  assert.match(
    english.stdout,
    /^operative paragraph 1: error: expected a verb in the present tense, found 'Noting'$/m,
  )
  assert.match(english.stdout, /^2 errors, 0 warnings$/m)

  const french = penholderLint(['--locale', 'fr'])
  assert.equal(french.status, 1)
  assert.ok(
    french.stdout.includes(
      `paragraphe 1 du dispositif${NBSP}: erreur${NBSP}: le paragraphe doit commencer par un verbe au présent, et non par «${NBSP}Noting${NBSP}»`,
    ),
    french.stdout,
  )
  const russian = penholderLint([], { LANG: 'ru_RU.UTF-8' })
  assert.match(
    russian.stdout,
    /^пункт 1 постановляющей части: ошибка: ожидался глагол в настоящем времени, а не «Noting»$/m,
  )
  assert.match(russian.stdout, /^2 ошибки, 0 предупреждений$/m)
  // The order of --locale, LC_ALL, LC_MESSAGES and LANG is checked on messageLanguage below, without a
  // process each.
})

test('--json keeps the codes and arguments, and gives clause, message and fix label in the language', () => {
  const english = JSON.parse(penholderLint(['--json']).stdout)
  const french = JSON.parse(penholderLint(['--json', '--locale', 'fr']).stdout)
  const key = (p: { code: string; rule: string; severity: string; args: unknown; place: unknown }) =>
    JSON.stringify([p.code, p.rule, p.severity, p.args, p.place])
  assert.deepEqual(french.map(key), english.map(key))
  const verb = french.find((p: { code: string }) => p.code === 'operative-verb')
  assert.equal(verb.clause, 'paragraphe 1 du dispositif')
  assert.match(verb.message, /^le paragraphe doit commencer par un verbe au présent/)
})

test('a --locale that is not one of the six languages is a usage error; the environment falls back', () => {
  const r = penholderLint(['--locale', 'de'])
  assert.equal(r.status, 2)
  assert.match(r.stderr.trim(), /^penholder: --locale must be one of ar, en, es, fr, ru, zh, got 'de'$/)
  assert.equal(messageLanguage(undefined, {}), 'en')
  assert.equal(messageLanguage(undefined, { LANG: 'C.UTF-8' }), 'en')
  assert.equal(messageLanguage(undefined, { LANG: 'fr_CA.UTF-8' }), 'fr')
  assert.equal(messageLanguage(undefined, { LANG: 'fr_FR', LC_MESSAGES: 'es_ES' }), 'es')
  assert.equal(messageLanguage(undefined, { LANG: 'fr_FR', LC_ALL: 'POSIX' }), 'en')
  assert.equal(messageLanguage('zh-CN', { LANG: 'fr_FR' }), 'zh')
  assert.equal(messageLanguage('zh', { LANG: 'ru_RU.UTF-8' }), 'zh')
  assert.equal(messageLanguage(undefined, { LANG: 'ru_RU.UTF-8', LC_ALL: 'ar_EG.UTF-8' }), 'ar')
  assert.equal(messageLanguage(undefined, { LANG: 'es_ES.UTF-8' }), 'es')
  assert.equal(messageLanguage(undefined, { LANG: 'de_DE.UTF-8' }), 'en')
})
