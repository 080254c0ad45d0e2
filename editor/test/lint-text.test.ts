import assert from 'node:assert/strict'
import { test } from 'node:test'
import {
  englishLint,
  LINT_ENGLISH,
  type LintFixArgs,
  type LintFixCode,
  type LintFixMessage,
  type LintMessage,
  type LintMessageArgs,
  type LintMessageCode,
  type LintPlace,
  type LintProblem,
  lint,
  lintFixText,
  lintMessageText,
  lintPlaceText,
} from '../../schema/index.ts'
import {
  lintFixLabel,
  lintLookup,
  lintProblemText,
  setUILanguage,
  UI_LANGUAGES,
  uiLanguage,
} from '../src/index.ts'
import { draft, op, pre, sub } from './draft-fixture.ts'

const NBSP = '\u00a0'
/** French text written with "~" for its no-break spaces, to keep the expected strings readable. */
const fr = (text: string) => text.replaceAll('~', NBSP)

/** The problems of a draft with a given code, in order. */
const problems = (doc: ReturnType<typeof draft>, code: LintMessageCode): LintProblem[] =>
  lint(doc).filter((p) => p.code === code)

test('a French reader reads lint problems and fixes in French, named as a UN editor names clauses', () => {
  const english = draft([
    pre('*Recalling* its resolutions,'),
    op('*Decides* to act;'),
    op('*Noting* the report.'),
  ])
  const [verb] = problems(english, 'operative-verb')
  assert.equal(
    lintProblemText(verb!, 'fr'),
    fr(
      'paragraphe 2 du dispositif~: le paragraphe doit commencer par un verbe au présent, et non par «~Noting~»',
    ),
  )

  const french = draft(
    [
      pre('*Conscient* de la nécessité d’agir,'),
      op('*Prie le Secrétaire général* de lui faire rapport ;'),
      op('*Prie le Secrétaire général* de consulter les États ;'),
      op(
        '*Demande* aux États de coopérer :',
        sub('en matière de dialogue.'),
        sub('en matière de formation ;'),
      ),
      op('*Décide* de poursuivre l’examen de la question.'),
    ],
    'fr',
  )
  const [agreement] = problems(french, 'agreement')
  assert.equal(
    lintProblemText(agreement!, 'fr'),
    fr(
      'alinéa 1 du préambule~: «~Conscient~» ne s’accorde pas avec l’Assemblée générale (nom féminin en ' +
        'français)~: écrivez «~Consciente~»',
    ),
  )
  assert.equal(lintFixLabel(agreement!.fix!, 'fr'), fr('Remplacer «~Conscient~» par «~Consciente~»'))

  const [repeated] = problems(french, 'repeated-verb')
  assert.equal(
    lintProblemText(repeated!, 'fr'),
    fr('paragraphe 2 du dispositif~: «~Prie~» reprend le verbe du paragraphe 1~: écrivez «~Prie également~»'),
  )
  assert.equal(lintFixLabel(repeated!.fix!, 'fr'), fr('Insérer «~également~» après «~Prie~»'))

  const [ending] = problems(french, 'ending-found')
  assert.equal(
    lintProblemText(ending!, 'fr'),
    fr('alinéa a) du paragraphe 3~: le texte doit se terminer par «~ ;~» ou «~ ; et~», et non par «~.~»'),
  )
  assert.equal(lintFixLabel(ending!.fix!, 'fr'), fr('Remplacer «~.~» par «~ ;~»'))
})

test('places and codes the language names: sub-paragraphs, the title, a footnote, languages', () => {
  const place = (p: LintPlace, form: 'name' | 'of' | 'in' = 'name') =>
    lintPlaceText(p, lintLookup('fr'), form)
  assert.equal(
    place({ kind: 'preambular', number: 2, labels: ['a)'] }),
    'alinéa a) de l’alinéa 2 du préambule',
  )
  assert.equal(
    place({ kind: 'operative', number: 4, labels: ['a)', 'ii)'] }),
    'sous-alinéa ii) de l’alinéa a) du paragraphe 4',
  )
  assert.equal(
    place({ kind: 'operative', number: 4, labels: ['a)'] }, 'in'),
    'dans l’alinéa a) du paragraphe 4',
  )
  const say = (message: LintMessage) => lintMessageText(message, lintLookup('fr'))
  assert.equal(
    say({ code: 'footnote-empty', args: { number: 3, block: { kind: 'title' } } }),
    'la note 3, appelée dans le titre, n’a pas de texte',
  )
  assert.equal(
    say({ code: 'no-space-before', args: { mark: ',', language: 'es' } }),
    fr('pas d’espace avant «~,~» en espagnol'),
  )
  assert.equal(
    say({
      code: 'ending-found',
      args: { expected: { marks: [';', ','], conjunction: '; and' }, found: '.' },
    }),
    fr('le texte doit se terminer par «~;~», «~,~» ou «~; and~», et non par «~.~»'),
  )
})

test('in English the editor shows what the command line prints', () => {
  const doc = draft(
    [
      pre('*Recalling* its resolutions;'),
      op('*Requests* the Secretary-General to report ;'),
      op('*Requests* the Secretary-General to consult;', sub('States,'), sub('(others.')),
    ],
    'en',
  )
  const found = lint(doc)
  assert.ok(found.length >= 5, found.map((p) => p.message).join('\n'))
  for (const p of found) {
    assert.equal(lintProblemText(p, 'en'), `${p.clause}: ${p.message}`)
    if (p.fix) assert.equal(lintFixLabel(p.fix, 'en'), p.fix.label)
  }
})

test('the text follows the interface language', () => {
  const [problem] = problems(draft([op('*Noting* the report.')]), 'operative-verb')
  const before = uiLanguage()
  try {
    setUILanguage('en')
    assert.equal(
      lintProblemText(problem!),
      "operative paragraph 1: expected a verb in the present tense, found 'Noting'",
    )
    setUILanguage('fr')
    assert.match(lintProblemText(problem!), /^paragraphe 1 du dispositif/)
  } finally {
    setUILanguage(before)
  }
})

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
  'insert-after': { text: 'también', word: 'Solicita' },
}

/** The words of the draft among a sample's arguments, which its text must show as they are. */
const words = (args: object) =>
  Object.entries(args)
    .filter(([name, value]) => typeof value !== 'object' && !['organ', 'gender', 'language'].includes(name))
    .map(([, value]) => String(value))

test('every message and fix code has a text in every interface language, with all its arguments filled', () => {
  for (const lang of Object.keys(UI_LANGUAGES) as (keyof typeof UI_LANGUAGES)[]) {
    const lookup = lintLookup(lang)
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
      for (const word of words(args))
        assert.ok(text.includes(word), `${lang} ${code} shows '${word}': ${text}`)
      if (lang === 'en') {
        const message = { code, args } as LintMessage & LintFixMessage
        const schema =
          code in FIXES ? lintFixText(message, englishLint) : lintMessageText(message, englishLint)
        assert.equal(text, schema, `${code}: the English strings are the schema's table`)
      }
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
      }
    }
  }
})

test('every lint string has a French entry, with no-break spaces where French typography puts them', () => {
  const lintKeys = (strings: Record<string, string>) =>
    Object.keys(strings).filter((k) => k.startsWith('lint.'))
  const english = lintKeys(UI_LANGUAGES.en.strings)
  assert.deepEqual(lintKeys(UI_LANGUAGES.fr.strings), english)
  assert.deepEqual(
    english.filter((k) => k !== 'lint.fix' && k !== 'lint.line').sort(),
    Object.keys(LINT_ENGLISH)
      .map((k) => `lint.${k}`)
      .sort(),
  )
  for (const key of english) {
    if (key === 'lint.fix') continue // not ours to change
    const text = UI_LANGUAGES.fr.strings[key as keyof typeof UI_LANGUAGES.fr.strings]
    assert.ok(text.trim(), key)
    assert.doesNotMatch(text, /« | »| [:;!?]|«[^\u00a0]|[^\u00a0]»|[^\s\u00a0][:;!?]/, `${key}: ${text}`)
  }
})
