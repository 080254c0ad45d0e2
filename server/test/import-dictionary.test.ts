import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { after, test } from 'node:test'
import type { Node } from 'prosemirror-model'
import { forEachBlock, importResolution } from '../../schema/index.ts'
import { readResolutionFile, stopUploadThread } from '../formats/index.ts'
import { dictionaryFiles, spellingDictionaries, spellingDictionary } from '../import/dictionary.ts'

after(stopUploadThread)

const fixture = (name: string) =>
  readFileSync(new URL(`../../schema/test/fixtures/${name}`, import.meta.url), 'utf8')

/** A page of text copied from a PDF, with the given lines between the formula and a closing paragraph. */
const pdfText = (formula: string, lines: string[], closing: string) =>
  [formula, ...lines, closing, '22-04067 (E)'].join('\n')

const operative = (doc: Node) => {
  const out: string[] = []
  forEachBlock(doc, (n) => {
    if (n.type.name === 'operative' || n.type.name === 'preambular') out.push(n.textContent)
  })
  return out.join('\n')
}

test('the English dictionary knows words and names in any case, and not the pieces PDF extraction leaves', () => {
  const known = spellingDictionary('en')!
  for (const word of [
    'geneva',
    'Geneva',
    'humanitarian',
    'escalation',
    'resolution',
    'community',
    'recognized',
  ])
    assert.ok(known(word), word)
  for (const word of ['genev', 'humani', 'tarian', 'commu', 'nity', 'recogni', 'xyzzyq'])
    assert.ok(!known(word), word)
  assert.equal(spellingDictionary('en'), known, 'loaded once, kept')
  assert.equal(spellingDictionary('ar'), undefined, 'no Arabic dictionary')
  assert.equal(spellingDictionary('zh'), undefined, 'no Chinese dictionary')
  assert.equal(spellingDictionaries('community', 'zh'), false)
})

test('every dictionary package is found and read (ES modules whose files are read here directly)', () => {
  for (const lang of ['en', 'es', 'ru'] as const) {
    const { aff, dic } = dictionaryFiles(lang)
    assert.match(aff.toString('utf8'), /^SET UTF-8$/m, `${lang}.aff`)
    assert.ok(Number.parseInt(dic.toString('utf8'), 10) > 10_000, `${lang}.dic counts its words`)
  }
  assert.throws(() => dictionaryFiles('ar'), /^RangeError: no spelling dictionary for 'ar'$/)
  assert.throws(() => dictionaryFiles('fr'), /^RangeError: no spelling dictionary for 'fr'$/)
})

test('with the English dictionary, "Genev a", "commu nity" and "recogni zed" are repaired; nothing else changes', () => {
  const text = pdfText(
    'The General Assembly,',
    [
      'Recalling the obligations of all parties under international humanitarian law, including the Genev a',
      'Conventions of 1949, and recogni zed the role of the international commu nity,',
    ],
    '1. Decides to remain seized of the matter.',
  )
  assert.match(operative(importResolution(text).doc), /the Genev a Conventions/)
  const repaired = operative(importResolution(text, { dictionary: spellingDictionaries }).doc)
  assert.match(
    repaired,
    /the Geneva Conventions of 1949, and recognized the role of the international community,/,
  )

  // A whole resolution extracted from its PDF: the three repairs the text needs, and no other word changed.
  const english = fixture('en_A-RES-ES-11-1.txt')
  const whole = importResolution(english, { dictionary: spellingDictionaries }).doc
  const text2 = operative(whole)
  assert.match(text2, /including the Geneva Conventions of 1949/)
  assert.match(text2, /the de-escalation of the current situation/)
  const source = new Set(english.split(/\s+/))
  forEachBlock(whole, (n) => {
    if (n.type.name !== 'operative' && n.type.name !== 'preambular') return
    n.firstChild?.forEach((c) => {
      for (const w of c.isText ? c.text!.split(' ').filter(Boolean) : []) {
        if (['Geneva', 'humanitarian', 'de-escalation'].includes(w)) continue
        assert.ok(source.has(w), `"${w}" is not in the extracted text`)
      }
    })
  })
})

test('Spanish and Russian words broken by the extraction are repaired with their own dictionaries', () => {
  const spanish = pdfText(
    'La Asamblea General,',
    ['Reconociendo la labor de la comu nidad internacional en la asistencia humani taria,'],
    '1. Decide seguir ocupándose de la cuestión.',
  )
  assert.match(
    operative(importResolution(spanish, { lang: 'es', dictionary: spellingDictionaries }).doc),
    /la labor de la comunidad internacional en la asistencia humanitaria,/,
  )
  const russian = pdfText(
    'Генеральная Ассамблея,',
    ['признавая роль междуна родного сообще ства в оказании гуманитарной помощи,'],
    '1. постановляет продолжать заниматься этим вопросом.',
  )
  assert.match(
    operative(importResolution(russian, { lang: 'ru', dictionary: spellingDictionaries }).doc),
    /роль международного сообщества в оказании/,
  )
})

test('the server imports text in a worker thread: its event loop runs while a dictionary loads', async () => {
  await stopUploadThread()
  const text = pdfText(
    'The General Assembly,',
    ['Recalling the role of the international commu nity,'],
    '1. Decides to remain seized of the matter.',
  )
  let ticked = false
  setTimeout(() => {
    ticked = true
  }, 0)
  const read = readResolutionFile(new TextEncoder().encode(text))
  const { doc, format } = await read
  assert.equal(ticked, true, 'a timer ran before the import ended')
  assert.equal(format, 'pdf-text')
  assert.match(operative(doc), /the role of the international community,/)
  await assert.rejects(readResolutionFile(new TextEncoder().encode('hello there')), {
    name: 'RangeError',
    message: /^no paragraphs found: /,
  })
})
