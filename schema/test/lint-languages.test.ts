import assert from 'node:assert/strict'
import { test } from 'node:test'
import {
  formatLint,
  importResolution,
  LANGUAGES,
  type Lang,
  LINT_ENGLISH,
  LINT_TEXTS,
  type LintFixArgs,
  type LintFixCode,
  type LintFixMessage,
  type LintMessage,
  type LintMessageArgs,
  type LintMessageCode,
  type LintPlace,
  type LintTextKey,
  lint,
  lintFixText,
  lintMessageText,
  lintPlaceText,
  lintSummary,
  lintTexts,
} from '../index.ts'

// One sample of each code's arguments: the type checker asks for a new code's sample.
const MESSAGES: { [C in LintMessageCode]: LintMessageArgs[C] } = {
  'empty-paragraph': {},
  'empty-subparagraph': {},
  'empty-quoted': {},
  'empty-title': {},
  'operative-verb': { word: 'Noting' },
  'preambular-operative-verb': { word: 'Decides' },
  'preambular-unknown': { word: 'Pondering' },
  agreement: { word: 'Conscient', organ: 'hrc', gender: 'm', language: 'es', right: 'Consciente' },
  ending: { expected: { marks: [' ;'], conjunction: null } },
  'ending-found': { expected: { marks: [';'], conjunction: '; and' }, found: '.' },
  'ending-last': { expected: { marks: ['。'], conjunction: null } },
  'ending-last-found': { expected: { marks: ['.'], conjunction: null }, found: ';' },
  'ending-colon': { expected: { marks: [':'], conjunction: null } },
  'ending-colon-found': { expected: { marks: [':'], conjunction: null }, found: ',' },
  'repeated-verb': {
    word: 'Requests',
    previous: { kind: 'operative', number: 3, labels: [] },
    written: 'Also requests',
  },
  'space-before': { mark: '?', language: 'fr' },
  'space-after': { mark: '«', language: 'fr' },
  'no-space-before': { mark: ';', language: 'ru' },
  'no-space-after': { mark: '，', language: 'zh' },
  'wrong-mark': { mark: ',', right: '،', language: 'ar' },
  unclosed: { mark: '“' },
  unopened: { mark: ']', opening: '[' },
  'footnote-empty': { number: 7, block: { kind: 'preambular', number: 5, labels: ['(b)', '(iv)'] } },
  'footnote-superscript': { text: '12', number: 12 },
}
const FIXES: { [C in LintFixCode]: LintFixArgs[C] } = {
  replace: { from: 'Conscient', to: 'Consciente' },
  'insert-at-end': { text: ' ;' },
  'insert-nbsp-before': { mark: ':' },
  'insert-nbsp-after': { mark: '«' },
  'remove-space-before': { mark: ',' },
  'remove-space-after': { mark: '，' },
  'insert-after': { text: 'también', word: 'Solicita' },
}

/** The words of the draft among a sample's arguments, which its text must show as they are. */
const draftWords = (args: object) =>
  Object.entries(args)
    .filter(([name, value]) => typeof value !== 'object' && !['organ', 'gender', 'language'].includes(name))
    .map(([, value]) => String(value))

/** The names of a template's placeholders, a plural's options set aside. */
const placeholders = (template: string) =>
  [...template.matchAll(/\{(\w+)(?:\}|,\s*plural)/g)].map((m) => m[1]!).sort()

test('every lint code, fix and piece has a text in each of the six languages, with the same placeholders', () => {
  const keys = Object.keys(LINT_ENGLISH).sort()
  for (const lang of LANGUAGES) {
    const table = LINT_TEXTS[lang]
    assert.deepEqual(Object.keys(table).sort(), keys, `${lang}: the same keys as English`)
    for (const key of keys as LintTextKey[]) {
      assert.ok(table[key].trim(), `${lang} ${key} is empty`)
      // A language may name a place in another form ({previous} where English has {previousOf}), but it
      // takes every argument the English takes, and no other.
      const place = (name: string) => name.replace(/(?:Of|In)$/, '')
      assert.deepEqual(
        [...new Set(placeholders(table[key]).map(place))].sort(),
        [...new Set(placeholders(LINT_ENGLISH[key]).map(place))].sort(),
        `${lang} ${key}: ${table[key]}`,
      )
    }
  }
})

test('every message and fix writes out whole in each language, showing the words of the draft', () => {
  for (const lang of LANGUAGES) {
    const lookup = lintTexts(lang)
    const texts: [string, string, object][] = [
      ...Object.entries(MESSAGES).map(([code, args]): [string, string, object] => [
        code,
        lintMessageText({ code, args } as LintMessage, lookup),
        args,
      ]),
      ...Object.entries(FIXES).map(([code, args]): [string, string, object] => [
        code,
        lintFixText({ code, args } as LintFixMessage, lookup),
        args,
      ]),
    ]
    for (const [code, text, args] of texts) {
      assert.doesNotMatch(text, /[{}]/, `${lang} ${code}: ${text}`)
      for (const word of draftWords(args))
        assert.ok(text.includes(word), `${lang} ${code} shows '${word}': ${text}`)
    }
    const places: LintPlace[] = [
      { kind: 'preambular', number: 1, labels: [] },
      { kind: 'operative', number: 2, labels: ['(a)', '(i)', 'a.'] },
      { kind: 'title' },
      { kind: 'header' },
      { kind: 'formula' },
      { kind: 'closing' },
      { kind: 'footnote', number: 4 },
    ]
    for (const place of places) {
      const forms =
        place.kind === 'footnote' ? ['name'] : 'labels' in place ? ['name', 'of', 'in'] : ['name', 'in']
      for (const form of forms as ('name' | 'of' | 'in')[]) {
        const text = lintPlaceText(place, lookup, form)
        assert.doesNotMatch(text, /[{}]/, `${lang} ${place.kind} ${form}: ${text}`)
        if ('number' in place) assert.ok(text.includes(String(place.number)), `${lang}: ${text}`)
        if ('labels' in place)
          for (const label of place.labels) assert.ok(text.includes(label), `${lang}: ${text}`)
      }
    }
  }
})

test('places are named as each language names them, sub-paragraphs included', () => {
  const sub: LintPlace = { kind: 'operative', number: 4, labels: ['(b)', '(ii)'] }
  const names = Object.fromEntries(LANGUAGES.map((lang) => [lang, lintPlaceText(sub, lintTexts(lang))]))
  assert.deepEqual(names, {
    ar: 'الفقرة الفرعية (ii) من الفقرة الفرعية (b) من الفقرة 4 من المنطوق',
    en: 'operative paragraph 4 (b) (ii)',
    es: 'inciso (ii) del apartado (b) del párrafo 4 de la parte dispositiva',
    fr: 'sous-alinéa (ii) de l’alinéa (b) du paragraphe 4',
    ru: 'подпункт (ii) подпункта (b) пункта 4 постановляющей части',
    // The label between the number and 段, as S/RES/1727 (2006) writes "第2(a)段".
    zh: '执行部分第4(b)(ii)段',
  })
  assert.equal(
    lintPlaceText({ kind: 'preambular', number: 3, labels: [] }, lintTexts('ru'), 'in'),
    'в пункте 3 преамбулы',
  )
})

const PLANTED = [
  'The General Assembly,',
  'Recalling its resolution 70/1,',
  '1. Noting the report of the Secretary-General;',
  '2. Decides to remain seized of the matter.',
].join('\n\n')

test('lint on a planted error gives its message in the chosen language, with the same code', () => {
  const problems = lint(importResolution(PLANTED).doc).filter((p) => p.code === 'operative-verb')
  assert.equal(problems.length, 1)
  const lines = Object.fromEntries(LANGUAGES.map((lang) => [lang, formatLint(problems, lang)]))
  assert.deepEqual(lines, {
    ar: 'الفقرة 1 من المنطوق: خطأ: يُتوقع فعل في صيغة المضارع، لا “Noting”',
    en: "operative paragraph 1: error: expected a verb in the present tense, found 'Noting'",
    es: 'párrafo 1 de la parte dispositiva: error: se esperaba un verbo en presente, no “Noting”',
    fr: 'paragraphe 1 du dispositif\u00a0: erreur\u00a0: le paragraphe doit commencer par un verbe au présent, et non par «\u00a0Noting\u00a0»',
    ru: 'пункт 1 постановляющей части: ошибка: ожидался глагол в настоящем времени, а не «Noting»',
    zh: '执行部分第1段：错误：段首应为执行部分的动词，而不是“Noting”',
  })
  // The problem itself keeps its English fields, which `--json` prints whatever the language.
  assert.equal(problems[0]!.message, "expected a verb in the present tense, found 'Noting'")
})

test('counts of errors and warnings take the plural form each language gives the number', () => {
  const problems = (errors: number, warnings: number) => [
    ...Array.from({ length: errors }, () => ({ severity: 'error' as const })),
    ...Array.from({ length: warnings }, () => ({ severity: 'warning' as const })),
  ]
  const say = (lang: Lang, errors: number, warnings: number) => lintSummary(problems(errors, warnings), lang)
  assert.equal(say('en', 1, 2), '1 error, 2 warnings')
  assert.equal(say('fr', 0, 1), '0 erreur, 1 avertissement')
  assert.equal(say('es', 2, 1), '2 errores, 1 advertencia')
  // Russian: one for 1 and 21, few for 2-4 and 22, many for 5-20.
  assert.equal(say('ru', 1, 3), '1 ошибка, 3 предупреждения')
  assert.equal(say('ru', 5, 21), '5 ошибок, 21 предупреждение')
  assert.equal(say('ru', 22, 11), '22 ошибки, 11 предупреждений')
  // Arabic: zero, one, two, few (3-10), many (11-99), other (100).
  assert.equal(say('ar', 0, 1), 'لا أخطاء، تحذير واحد')
  assert.equal(say('ar', 2, 3), 'خطآن، 3 تحذيرات')
  assert.equal(say('ar', 11, 100), '11 خطأً، 100 تحذير')
  assert.equal(say('zh', 3, 0), '3个错误，0个警告')
})

test("the French texts set no-break spaces where French typography puts them, as the UN's French texts do", () => {
  for (const [key, text] of Object.entries(LINT_TEXTS.fr)) {
    assert.doesNotMatch(text, /« | »| [:;!?]|«[^\u00a0]|[^\u00a0]»|[^\s\u00a0][:;!?]/, `${key}: ${text}`)
  }
})
