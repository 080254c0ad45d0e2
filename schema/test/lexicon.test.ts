import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import {
  classifyOpening,
  LANGUAGES,
  type Lang,
  LEXICONS,
  type LexiconEntry,
  matchOpening,
  type OpeningKind,
  openingSuggestions,
  organGender,
} from '../index.ts'

const KINDS: OpeningKind[] = ['preambular', 'operative']
const forms = (entry: LexiconEntry): string[] => (typeof entry === 'string' ? [entry] : [entry.f, entry.m])
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')

/** The minimum number of distinct entries the issue asks for, per language, for each kind. */
const MINIMUM: Record<Lang, number> = { en: 100, fr: 100, es: 60, ar: 40, zh: 40, ru: 40 }

test('each language has the number of entries the issue asks for, of each kind', () => {
  for (const lang of LANGUAGES) {
    for (const kind of KINDS) {
      const count = LEXICONS[lang][kind].length
      assert.ok(
        count >= MINIMUM[lang],
        `${lang} ${kind}: ${count} entries, expected at least ${MINIMUM[lang]}`,
      )
    }
  }
})

test('no form appears twice in a list, and a gendered entry has two different forms', () => {
  for (const lang of LANGUAGES) {
    for (const kind of KINDS) {
      const seen = new Set<string>()
      for (const entry of LEXICONS[lang][kind]) {
        if (typeof entry !== 'string') assert.notEqual(entry.f, entry.m, `${lang} ${kind}: ${entry.f}`)
        for (const form of forms(entry)) {
          assert.ok(!seen.has(form), `${lang} ${kind}: "${form}" is listed twice`)
          seen.add(form)
        }
      }
    }
  }
})

test('every phrase is trimmed, single-spaced, without the paragraph punctuation, and matches itself', () => {
  for (const lang of LANGUAGES) {
    for (const kind of KINDS) {
      for (const form of LEXICONS[lang][kind].flatMap(forms)) {
        assert.match(form, /^\S(?:.*\S)?$/u, `${lang} ${kind}: "${form}" has outer spaces`)
        assert.doesNotMatch(form, /\s{2}/u, `${lang} ${kind}: "${form}" has a double space`)
        assert.doesNotMatch(form, /[,;:.،؛，；：。]$/u, `${lang} ${kind}: "${form}" ends with punctuation`)
        const match = matchOpening(`${form} x`, lang, kind)
        assert.equal(match?.phrase, form, `${lang} ${kind}: "${form}" is not matched as itself`)
      }
    }
  }
})

test('each lexicon names its sources', () => {
  for (const lang of LANGUAGES) {
    assert.ok(LEXICONS[lang].source.length > 40, `${lang}: no source given`)
    assert.doesNotMatch(
      LEXICONS[lang].source,
      /seed list|to be completed/,
      `${lang}: source still a placeholder`,
    )
  }
})

test('matching picks the longest phrase', () => {
  const cases: [string, Lang, OpeningKind, string][] = [
    ['Noting with deep concern that the situation', 'en', 'preambular', 'Noting with deep concern'],
    ['Noting that the situation', 'en', 'preambular', 'Noting'],
    [
      'Requests the Secretary-General to submit a report',
      'en',
      'operative',
      'Requests the Secretary-General',
    ],
    [
      'Also requests the Secretary-General to submit',
      'en',
      'operative',
      'Also requests the Secretary-General',
    ],
    ['Requests the Emergency Relief Coordinator', 'en', 'operative', 'Requests'],
    ['Prie le Secrétaire général de lui présenter', 'fr', 'operative', 'Prie le Secrétaire général'],
    ['Prie instamment les parties', 'fr', 'operative', 'Prie instamment'],
    ['Demande instamment aux États', 'fr', 'operative', 'Demande instamment'],
    ['Demande aux États Membres', 'fr', 'operative', 'Demande'],
    ['Rappelant en outre la Conférence', 'fr', 'preambular', 'Rappelant en outre'],
    [
      'Solicita también al Secretario General que',
      'es',
      'operative',
      'Solicita también al Secretario General',
    ],
    ['وإذ تشير أيضا إلى قراراتها', 'ar', 'preambular', 'وإذ تشير أيضا إلى'],
    ['تطلب إلى الأمين العام أن يقدم', 'ar', 'operative', 'تطلب إلى الأمين العام'],
    ['تهيب بجميع الدول', 'ar', 'operative', 'تهيب'],
    ['回顾其以往各项决议，', 'zh', 'preambular', '回顾'],
    ['又回顾其1970年10月24日第2625(XXV)号决议', 'zh', 'preambular', '又回顾'],
    ['请秘书长向大会第五十三届会议提交报告', 'zh', 'operative', '请秘书长'],
    ['请裁军谈判会议向大会提交工作报告', 'zh', 'operative', '请'],
    [
      'просит также Генерального секретаря представить',
      'ru',
      'operative',
      'просит также Генерального секретаря',
    ],
  ]
  for (const [text, lang, kind, phrase] of cases) {
    assert.equal(matchOpening(text, lang, kind)?.phrase, phrase, text)
  }
})

test('a phrase must end at a word boundary, except in Chinese', () => {
  assert.equal(matchOpening('Noted that', 'en', 'preambular'), null)
  assert.equal(matchOpening('Decidedly', 'en', 'operative'), null)
  assert.equal(matchOpening('Requests', 'en', 'operative')?.phrase, 'Requests')
})

test('every italic opening of the French sample resolution 71/194 is recognised', () => {
  const openings: { kind: OpeningKind; italic: string; text: string }[] = []
  for (const line of fixture('fr_A-RES-71-194.md').split('\n')) {
    const m = /^(\d+\.\s+)?\*([^*<]+)\*(.*)$/u.exec(line)
    if (!m || m[2]!.endsWith(',')) continue
    openings.push({ kind: m[1] ? 'operative' : 'preambular', italic: m[2]!, text: m[2]! + m[3]! })
  }
  assert.equal(openings.filter((o) => o.kind === 'preambular').length, 12)
  assert.equal(openings.filter((o) => o.kind === 'operative').length, 15)
  for (const { kind, italic, text } of openings) {
    const match = matchOpening(text, 'fr', kind)
    assert.ok(match, `${kind} "${italic}" is not recognised`)
    assert.ok(match.phrase.startsWith(italic), `${kind} "${italic}" is matched as "${match.phrase}"`)
    assert.equal(classifyOpening(text, 'fr')?.kind, kind, `"${italic}" is not classified as ${kind}`)
  }
})

/**
 * The paragraph openings of the English sample (text copied out of the PDF of ES-11/1): a preambular
 * paragraph starts on a line that begins with a capital letter after a line ending in a comma; an operative
 * paragraph starts after its number, on the same line or the next.
 */
function englishOpenings(text: string): { kind: OpeningKind; line: string }[] {
  const lines = text.split('\n').map((l) => l.trim())
  const out: { kind: OpeningKind; line: string }[] = []
  const start = lines.indexOf('The General Assembly,')
  let previous = lines[start]!
  let i = start + 1
  for (; i < lines.length && lines[i] !== '1.'; i++) {
    const line = lines[i]!
    if (!line) continue
    if (previous.endsWith(',') && /^\p{Lu}/u.test(line)) out.push({ kind: 'preambular', line })
    previous = line
  }
  for (; i < lines.length; i++) {
    const inline = /^\d+\.\s+(\S.*)$/u.exec(lines[i]!)
    if (inline) out.push({ kind: 'operative', line: inline[1]! })
    else if (/^\d+\.$/u.test(lines[i]!)) out.push({ kind: 'operative', line: lines[i + 1]! })
  }
  return out
}

test('every paragraph opening of the English sample resolution ES-11/1 is recognised', () => {
  const openings = englishOpenings(fixture('en_A-RES-ES-11-1.txt'))
  assert.equal(openings.filter((o) => o.kind === 'preambular').length, 18)
  assert.equal(openings.filter((o) => o.kind === 'operative').length, 16)
  const found = new Map<string, OpeningKind>()
  for (const { kind, line } of openings) {
    const match = matchOpening(line, 'en', kind)
    assert.ok(match, `${kind} paragraph "${line.slice(0, 40)}" is not recognised`)
    assert.equal(
      classifyOpening(line, 'en')?.kind,
      kind,
      `"${line.slice(0, 40)}" is not classified as ${kind}`,
    )
    found.set(match.phrase, kind)
  }
  const expected: [string, OpeningKind][] = [
    ['Reaffirming', 'preambular'],
    ['Recalling also', 'preambular'],
    ['Recalling further', 'preambular'],
    ['Taking note of', 'preambular'],
    ['Bearing in mind', 'preambular'],
    ['Condemning', 'preambular'],
    ['Expressing grave concern', 'preambular'],
    ['Expressing concern also', 'preambular'],
    ['Recognizing', 'preambular'],
    ['Endorsing', 'preambular'],
    ['Welcoming', 'preambular'],
    ['Reaffirms', 'operative'],
    ['Deplores', 'operative'],
    ['Demands', 'operative'],
    ['Also demands', 'operative'],
    ['Calls upon', 'operative'],
    ['Condemns', 'operative'],
    ['Requests', 'operative'],
    ['Urges', 'operative'],
    ['Welcomes', 'operative'],
    ['Decides', 'operative'],
  ]
  for (const [phrase, kind] of expected) assert.equal(found.get(phrase), kind, phrase)
})

test('French suggestions agree with the organ', () => {
  const ga = openingSuggestions('Consc', 'fr', 'preambular', 'ga')
  assert.equal(ga[0], 'Consciente')
  assert.ok(!ga.includes('Conscient'), `the Assembly is offered ${ga.join(', ')}`)
  const sc = openingSuggestions('Consc', 'fr', 'preambular', 'sc')
  assert.equal(sc[0], 'Conscient')
  assert.ok(!sc.some((s) => s.startsWith('Consciente')), `the Council is offered ${sc.join(', ')}`)
  assert.ok(
    openingSuggestions('Profondément p', 'fr', 'preambular', 'hrc').includes('Profondément préoccupé'),
  )
  assert.ok(
    !openingSuggestions('Profondément p', 'fr', 'preambular', 'ga').includes('Profondément préoccupé'),
  )
  const match = matchOpening('Convaincue que la coopération', 'fr', 'preambular')
  assert.equal(match?.gender, 'f')
  assert.equal(matchOpening('Rappelant sa résolution', 'fr', 'preambular')?.gender, null)
})

test('Spanish suggestions and matches agree with the organ', () => {
  assert.deepEqual(openingSuggestions('Convenc', 'es', 'preambular', 'ga'), ['Convencida'])
  assert.deepEqual(openingSuggestions('Convenc', 'es', 'preambular', 'ecosoc'), ['Convencido'])
  const match = matchOpening('Profundamente preocupado por la situación', 'es', 'preambular')
  assert.equal(match?.phrase, 'Profundamente preocupado')
  assert.equal(match?.gender, 'm')
  assert.equal(organGender('es', 'ga'), 'f')
})

test('Arabic verbs agree with the organ: feminine for the Assembly, masculine for the councils', () => {
  assert.equal(organGender('ar', 'ga'), 'f')
  assert.equal(organGender('ar', 'sc'), 'm')
  assert.deepEqual(openingSuggestions('وإذ يساور', 'ar', 'preambular', 'ga', 3), [
    'وإذ يساورها القلق',
    'وإذ يساورها قلق بالغ',
    'وإذ يساورها بالغ القلق',
  ])
  const sc = openingSuggestions('يقرر', 'ar', 'operative', 'sc')
  assert.deepEqual(sc, ['يقرر', 'يقرر أيضا', 'يقرر كذلك'])
  assert.deepEqual(openingSuggestions('يقرر', 'ar', 'operative', 'ga'), [])
  const match = matchOpening('وإذ يساوره بالغ القلق إزاء', 'ar', 'preambular')
  assert.equal(match?.phrase, 'وإذ يساوره بالغ القلق')
  assert.equal(match?.gender, 'm')
})

test('Russian short participles agree with the organ and match whatever the case of the first letter', () => {
  assert.deepEqual(openingSuggestions('будучи убежд', 'ru', 'preambular', 'ga'), ['будучи убеждена'])
  assert.deepEqual(openingSuggestions('Будучи убежд', 'ru', 'preambular', 'sc'), ['будучи убежден'])
  const match = matchOpening('Будучи глубоко обеспокоена тем, что', 'ru', 'preambular')
  assert.equal(match?.phrase, 'будучи глубоко обеспокоена')
  assert.equal(match?.gender, 'f')
  assert.equal(matchOpening('Ссылаясь на свои резолюции', 'ru', 'preambular')?.phrase, 'ссылаясь на')
})

test('Chinese and English openings do not vary with the organ', () => {
  assert.equal(organGender('zh', 'ga'), null)
  assert.equal(organGender('en', 'sc'), null)
  assert.deepEqual(openingSuggestions('又回', 'zh', 'preambular', 'sc'), ['又回顾'])
  assert.deepEqual(openingSuggestions('Recalling', 'en', 'preambular', 'sc', 3), [
    'Recalling',
    'Recalling also',
    'Recalling further',
  ])
})
