import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import type { Node } from 'prosemirror-model'
import { forEachBlock, importResolution } from '../index.ts'

const english = readFileSync(new URL('fixtures/en_A-RES-ES-11-1.txt', import.meta.url), 'utf8')

// What a spelling dictionary says of the words the text needs repaired; the command line and the server pass
// the Hunspell dictionary of the text's language (server/import/dictionary.ts, which schema/ may not import,
// tested on this same text in server/test/import-dictionary.test.ts).
const KNOWN = new Set([
  'geneva',
  'humanitarian',
  'escalation',
  'personnel',
  'medical',
  'current',
  'situation',
])
const dictionary = (word: string) => KNOWN.has(word.toLowerCase())

const read = (options = {}) => importResolution(english, { dictionary, ...options })

const clauses = (doc: Node, kind: string) => {
  const out: Node[] = []
  forEachBlock(doc, (n) => {
    if (n.type.name === kind) out.push(n)
  })
  return out
}
const opening = (clause: Node) => {
  let text = ''
  clause.firstChild!.forEach((c) => {
    if (c.marks.some((m) => m.type.name === 'opening')) text += c.text
  })
  return text
}
const shown = (para: Node) => {
  let out = ''
  para.forEach((c) => {
    out += c.isText ? c.text : c.type.name === 'footnote' ? `[^${c.textContent}]` : ''
  })
  return out
}
const child = (doc: Node, name: string) => {
  let found: Node | null = null
  forEachBlock(doc, (n) => {
    if (n.type.name === name) found = n
  })
  return found as unknown as Node
}

test('the English PDF text imports to 18 preambular and 16 operative paragraphs with their opening phrases', () => {
  const { doc, format, lang, warnings } = read()
  assert.equal(format, 'pdf-text')
  assert.equal(lang, 'en')
  assert.equal(doc.attrs.organ, 'ga')
  assert.deepEqual(warnings, [])
  const pre = clauses(doc, 'preambular')
  const op = clauses(doc, 'operative')
  assert.equal(pre.length, 18)
  assert.equal(op.length, 16)
  assert.deepEqual(pre.map(opening), [
    'Reaffirming',
    'Recalling',
    'Recalling also',
    'Taking note of',
    'Recalling',
    'Recalling also',
    'Recalling further',
    'Bearing in mind',
    'Recalling',
    'Condemning',
    'Reaffirming',
    'Expressing grave concern',
    'Recognizing',
    'Endorsing',
    'Condemning',
    'Expressing grave concern',
    'Expressing concern also',
    'Welcoming',
  ])
  assert.equal(opening(op[0]!), 'Reaffirms')
  assert.equal(opening(op[3]!), 'Also demands')
  assert.equal(opening(op[6]!), 'Calls upon')
  assert.equal(opening(op[9]!), 'Deplores')
  assert.equal(opening(op[15]!), 'Decides')
  assert.equal(
    pre[0]!.textContent,
    'Reaffirming the paramount importance of the Charter of the United Nations in the promotion of the rule of law among nations,',
  )
  assert.equal(
    op[1]!.textContent,
    'Deplores in the strongest terms the aggression by the Russian Federation against Ukraine in violation of Article 2 (4) of the Charter;',
  )
})

test('the three footnotes of the English PDF text are matched with the numbers that cite them', () => {
  const { doc } = read()
  const op = clauses(doc, 'operative')
  assert.equal(
    shown(op[6]!.firstChild!),
    'Calls upon the Russian Federation to abide by the principles set forth in the Charter and the Declaration on Friendly Relations;[^Resolution 2625 (XXV), annex.]',
  )
  assert.match(
    shown(op[10]!.firstChild!),
    /the Geneva Conventions of 1949\[\^United Nations, Treaty Series, vol\. 75, Nos\. 970–973\.\] and Additional Protocol I thereto of 1977,\[\^Ibid\., vol\. 1125, No\. 17512\.\] as applicable,/,
  )
  const all: string[] = []
  doc.descendants((n) => {
    if (n.type.name === 'footnote') all.push(n.textContent)
    return true
  })
  assert.deepEqual(all, [
    'Resolution 2625 (XXV), annex.',
    'United Nations, Treaty Series, vol. 75, Nos. 970–973.',
    'Ibid., vol. 1125, No. 17512.',
  ])
  // Numbers that are part of the text stay text.
  assert.match(op[1]!.textContent, /Article 2 \(4\) of the Charter/)
})

test('the paragraph that runs from page 1 onto page 2 is one paragraph', () => {
  const pre = clauses(read().doc, 'preambular')
  assert.match(
    pre[5]!.textContent,
    /in accordance with the Charter of the United Nations, and reaffirming the principles contained therein/,
  )
  assert.ok(pre[5]!.textContent.endsWith('incompatible with the purposes and principles of the Charter,'))
})

test('words broken by the extraction are repaired where the document or the dictionary makes it certain', () => {
  const op = clauses(read().doc, 'operative')
  assert.match(op[10]!.textContent, /including the Geneva Conventions of 1949/)
  assert.match(op[10]!.textContent, /medical personnel and humanitarian personnel exclusively/)
  assert.match(op[14]!.textContent, /to support the de-escalation of the current situation/)
  // Without the dictionary, "Genev a" is not certain ("Geneva" stands nowhere else in the text), while
  // "humanitarian" and "de-escalation" are words of the document itself.
  const without = clauses(read({ dictionary: undefined }).doc, 'operative')
  assert.match(without[10]!.textContent, /including the Genev a Conventions/)
  assert.match(without[10]!.textContent, /humanitarian personnel exclusively/)
  assert.match(without[14]!.textContent, /the de-escalation of the current/)
  // Nothing else changes: every word of the paragraphs is a word of the extracted text.
  const source = new Set(english.split(/\s+/))
  const words = (para: Node) => {
    const out: string[] = []
    para.forEach((c) => {
      if (c.isText) out.push(...c.text!.split(' ').filter(Boolean))
    })
    return out
  }
  for (const clause of [...clauses(read().doc, 'preambular'), ...op]) {
    for (const w of words(clause.firstChild!)) {
      if (['Geneva', 'humanitarian', 'de-escalation'].includes(w)) continue
      assert.ok(source.has(w), `"${w}" is not in the extracted text`)
    }
  }
})

test('no running header or footer leaks into the paragraphs', () => {
  const { doc } = read()
  const text = [...clauses(doc, 'preambular'), ...clauses(doc, 'operative')]
    .map((c) => c.textContent)
    .join('\n')
  for (const mark of [
    '22-04067',
    '210322',
    '*2204067*',
    '2/4',
    '3/4',
    '4/4',
    'A/RES/ES-11/1',
    'Aggression against Ukraine',
    '____',
  ]) {
    assert.ok(!text.includes(mark), `"${mark}" leaked into a paragraph`)
  }
})

test('header fields, title number, formula and closing lines of the English PDF text land in their nodes', () => {
  const { doc } = read()
  const fields: [string, string][] = []
  child(doc, 'header').forEach((f) => {
    fields.push([f.attrs.name, f.textContent])
  })
  assert.deepEqual(fields, [
    ['organ', 'General Assembly'],
    ['distribution', 'Distr.: General'],
    ['date', '18 March 2022'],
    ['symbol', 'A/RES/ES-11/1'],
    ['session', 'Eleventh emergency special session'],
    ['agenda', 'Agenda item 5'],
    [
      'agendaTitle',
      'Letter dated 28 February 2014 from the Permanent Representative of Ukraine to the United Nations addressed to the President of the Security Council (S/2014/136)',
    ],
    ['adoption', 'Resolution adopted by the General Assembly on 2 March 2022'],
    ['basis', '[without reference to a Main Committee (A/ES-11/L.1 and A/ES-11/L.1/Add.1)]'],
  ])
  const title = child(doc, 'title')
  assert.equal(title.attrs.number, 'ES-11/1')
  assert.equal(title.textContent, 'Aggression against Ukraine')
  assert.equal(child(doc, 'formula').textContent, 'The General Assembly,')
  assert.deepEqual(
    child(doc, 'closing').content.content.map((p) => p.textContent),
    ['1st plenary meeting', '2 March 2022'],
  )
})

test('text from a PDF without form feeds is recognised by its page marks; lines it cannot place are reported', () => {
  const text = [
    'A/RES/80/1',
    'General Assembly',
    'Distr.: General',
    '1 October 2025',
    'A stray line from the layout',
    '',
    'Eightieth session',
    '',
    '80/1. A title',
    'The General Assembly,',
    'Recalling its resolution 79/1 of 1 October 2024, and the decisions taken at its',
    'previous sessions,',
    '1. Decides to remain seized of the matter.',
    '25-01234 (E)',
    'Please recycle',
  ].join('\n')
  const { doc, format, warnings } = importResolution(text)
  assert.equal(format, 'pdf-text')
  assert.deepEqual(warnings, [
    {
      line: 5,
      message: 'header line not recognised: "A stray line from the layout"; kept in the date field',
    },
  ])
  assert.equal(
    clauses(doc, 'preambular')[0]!.textContent,
    'Recalling its resolution 79/1 of 1 October 2024, and the decisions taken at its previous sessions,',
  )
  assert.equal(clauses(doc, 'operative')[0]!.textContent, 'Decides to remain seized of the matter.')
  assert.equal(child(doc, 'title').attrs.number, '80/1')
})

test('footnote markers and numbers extracted as superscript digits are matched too', () => {
  const text = [
    'The General Assembly,',
    'Recalling its resolution 70/1,¹ and the Paris Agreement²,',
    '1. Decides to remain seized of the matter.',
    '__________________',
    '¹ Resolution 70/1, annex.',
    '² FCCC/CP/2015/10/Add.1, decision 1/CP.21, annex.',
    '\f22-00001 (E)',
  ].join('\n')
  const { doc, format, warnings } = importResolution(text)
  assert.equal(format, 'pdf-text')
  assert.deepEqual(warnings, [])
  assert.equal(
    shown(clauses(doc, 'preambular')[0]!.firstChild!),
    'Recalling its resolution 70/1,[^Resolution 70/1, annex.] and the Paris Agreement[^FCCC/CP/2015/10/Add.1, decision 1/CP.21, annex.],',
  )
})
