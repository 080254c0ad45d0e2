import assert from 'node:assert/strict'
import { test } from 'node:test'
import { amendmentsHTML, amendmentsMarkdown, amendmentsText, writeView } from '../index.ts'
import { viewsRecords, viewsSample } from './views-sample.ts'

const amendments = (delegation: string, format: 'md' | 'txt' | 'html', lang: 'en' | 'fr' = 'en') =>
  writeView(viewsSample(lang), viewsRecords(), { view: 'amendments', format, delegation })

test("Egypt's amendments document: its title, then numbered instructions in English", () => {
  assert.equal(
    amendments('Egypt', 'txt'),
    `${[
      'Egypt: amendments to draft resolution A/C.3/71/L.23',
      '1. In the first preambular paragraph, after the word “Recalling”, insert the word “also”;',
      '2. In operative paragraph 1, replace the word “promote” with the words “promote and protect”;',
      '3. After operative paragraph 1, insert a new paragraph reading:',
      '    Calls upon States to act;',
      '4. Move operative paragraph 3 to follow operative paragraph 5.',
    ].join('\n\n')}\n`,
  )
})

test("Chile's amendments document leaves out Egypt's and its own rejected one", () => {
  const text = amendments('Chile', 'txt')
  assert.match(text, /^Chile: amendments to draft resolution A\/C\.3\/71\/L\.23\n/)
  assert.match(
    text,
    /^1\. After the first preambular paragraph, insert a new paragraph reading:\n\n {4}Noting with concern the report,$/m,
  )
  assert.match(text, /^2\. In operative paragraph 1, replace the word “promote” with the word “advance”;$/m)
  assert.match(text, /^3\. Delete operative paragraph 2\.$/m)
  assert.doesNotMatch(text, /^4\./m)
  assert.ok(!text.includes('protect') && !text.includes('“all”'))
})

test('the French amendments document is worded in French, with French punctuation', () => {
  const text = amendments('Egypt', 'txt', 'fr')
  assert.match(text, /^Egypt\u00a0: amendements au projet de résolution A\/C\.3\/71\/L\.23\n/)
  assert.match(
    text,
    /^2\. Au paragraphe 1 du dispositif, remplacer le mot «\u00a0promouvoir\u00a0» par les mots «\u00a0promouvoir et protéger\u00a0»\u00a0;$/m,
  )
  assert.match(
    text,
    /^3\. Après le paragraphe 1 du dispositif, insérer un nouveau paragraphe ainsi libellé\u00a0:\n\n {4}Demande aux États d’agir ;$/m,
  )
  assert.match(text, /^4\. Déplacer le paragraphe 3 du dispositif après le paragraphe 5 du dispositif\.$/m)
})

test('the Markdown and HTML amendments documents hold the same instructions, quotes as block quotes', () => {
  const md = amendments('Egypt', 'md')
  assert.match(md, /^# Egypt: amendments to draft resolution A\/C\.3\/71\/L\.23$/m)
  assert.match(
    md,
    /^3\. After operative paragraph 1, insert a new paragraph reading:\n\n {3}> Calls upon States to act;$/m,
  )
  assert.match(md, /^4\. Move operative paragraph 3 to follow operative paragraph 5\.$/m)
  const html = amendments('Egypt', 'html')
  assert.match(html, /^<!doctype html>\n<html lang="en" dir="ltr">/)
  assert.match(html, /<title>Egypt: amendments to draft resolution A\/C\.3\/71\/L\.23<\/title>/)
  assert.match(html, /<h1>Egypt: amendments to draft resolution A\/C\.3\/71\/L\.23<\/h1>/)
  assert.match(
    html,
    /<p class="instruction"><span class="num">3\.<\/span> After operative paragraph 1, insert a new paragraph reading:<\/p>\n<blockquote>\n<p>Calls upon States to act;<\/p>\n<\/blockquote>/,
  )
  const fragment = amendmentsHTML(viewsSample(), viewsRecords(), 'Egypt')
  assert.match(fragment, /^<article class="resolution amendments" lang="en" dir="ltr">/)
})

test('the amendments view needs a delegation that has amendments in the draft', () => {
  for (const write of [amendmentsText, amendmentsMarkdown, amendmentsHTML]) {
    assert.throws(
      () => write(viewsSample(), viewsRecords(), ''),
      /^RangeError: the amendments document needs the name of a delegation$/,
    )
    assert.throws(
      () => write(viewsSample(), viewsRecords(), 'Peru'),
      /^RangeError: the draft holds no amendment of 'Peru'; amendments come from Chile, Egypt, Mexico$/,
    )
  }
  assert.throws(
    () => writeView(viewsSample(), viewsRecords(), { view: 'amendments', format: 'txt' }),
    /needs the name of a delegation/,
  )
})

test('a delegation with nothing pending gets its title and a note, not an empty document', () => {
  assert.equal(
    amendments('Mexico', 'txt'),
    'Mexico: amendment to draft resolution A/C.3/71/L.23\n\nMexico has no pending amendments to this draft resolution.\n',
  )
  assert.match(
    amendments('Mexico', 'html', 'fr'),
    /<p class="note">Aucun amendement de Mexico n'est en attente/,
  )
})

test('without records every mark is a pending proposal of the delegation it names', () => {
  const text = writeView(viewsSample(), [], { view: 'amendments', format: 'txt', delegation: 'Chile' })
  // Chile's deletion of "all", rejected by its record, reads as pending once the records are gone.
  assert.match(text, /^4\. In operative paragraph 4, delete the word “all”\.$/m)
})

test('a pending amendment that cannot be worded is listed at the end with the reason', () => {
  const records = [...viewsRecords(), { ...viewsRecords()[0]!, id: 'E9' }]
  const text = writeView(viewsSample(), records, { view: 'amendments', format: 'txt', delegation: 'Egypt' })
  assert.match(
    text,
    /^4\. Move operative paragraph 3 to follow operative paragraph 5\.\n\nPending amendments whose wording could not be written:\n- amendment E9: nothing in the draft carries it\n$/m,
  )
})
