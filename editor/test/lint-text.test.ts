import assert from 'node:assert/strict'
import { test } from 'node:test'
import {
  LANGUAGES,
  type LintMessage,
  type LintMessageCode,
  type LintPlace,
  type LintProblem,
  lint,
  lintLineText,
  lintMessageText,
  lintPlaceText,
  lintTexts,
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

test('every interface language has the lint texts of the schema, with the code as in the command line', () => {
  const [problem] = problems(draft([op('*Noting* the report.')]), 'operative-verb')
  for (const lang of Object.keys(UI_LANGUAGES) as (keyof typeof UI_LANGUAGES)[]) {
    assert.ok((LANGUAGES as readonly string[]).includes(lang), `${lang} has lint texts in the schema`)
    assert.equal(lintProblemText(problem!, lang), lintLineText(problem!, lintTexts(lang)))
  }
  // The strings of the interface hold no lint texts but the fix button's frame: the schema has the rest.
  for (const strings of Object.values(UI_LANGUAGES).map((l) => l.strings)) {
    assert.deepEqual(
      Object.keys(strings).filter((k) => k.startsWith('lint.')),
      ['lint.fix'],
    )
  }
})
