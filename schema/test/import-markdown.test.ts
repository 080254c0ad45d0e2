import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import type { Node } from 'prosemirror-model'
import { forEachBlock, importResolution } from '../index.ts'

const french = readFileSync(new URL('fixtures/fr_A-RES-71-194.md', import.meta.url), 'utf8')

const clauses = (doc: Node, kind: string) => {
  const out: Node[] = []
  forEachBlock(doc, (n) => {
    if (n.type.name === kind) out.push(n)
  })
  return out
}
/** The text of the first paragraph of a clause that carries the opening mark. */
const opening = (clause: Node) => {
  let text = ''
  clause.firstChild!.forEach((c) => {
    if (c.marks.some((m) => m.type.name === 'opening')) text += c.text
  })
  return text
}
const footnotes = (node: Node) => {
  const out: Node[] = []
  node.descendants((n) => {
    if (n.type.name === 'footnote') out.push(n)
    return true
  })
  return out
}
/** The text of a paragraph with footnotes shown as [^text]. */
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

test('the French sample imports to 12 preambular and 15 operative paragraphs with their opening phrases', () => {
  const { doc, format, lang, warnings } = importResolution(french)
  assert.equal(format, 'markdown')
  assert.equal(lang, 'fr')
  assert.equal(doc.attrs.organ, 'ga')
  assert.deepEqual(warnings, [])
  const pre = clauses(doc, 'preambular')
  const op = clauses(doc, 'operative')
  assert.equal(pre.length, 12)
  assert.equal(op.length, 15)
  assert.deepEqual(pre.map(opening), [
    'Réaffirmant sa volonté',
    'Rappelant',
    'Rappelant également',
    'Rappelant en outre',
    'Considérant',
    'Considérant également',
    'Soulignant',
    'Insistant sur',
    'Réaffirmant',
    'Soulignant',
    'Insistant',
    'Rappelant',
  ])
  assert.equal(opening(op[0]!), 'Réaffirme')
  assert.equal(opening(op[8]!), 'Souligne également')
  assert.equal(opening(op[11]!), 'Demande instamment')
  assert.equal(opening(op[14]!), 'Décide')
  assert.ok(shown(pre[0]!.firstChild!).startsWith('Réaffirmant sa volonté de promouvoir la coopération'))
})

test('the five footnotes of the French sample are attached to their markers, in order, with their italics', () => {
  const { doc } = importResolution(french)
  const notes = footnotes(doc)
  assert.deepEqual(
    notes.map((n) => n.textContent),
    [
      'A/CONF.157/24 (Part I), chap. III.',
      'Résolution 55/2.',
      "Voir Documents officiels de l'Assemblée générale, soixante et onzième session, Supplément n° 53 (A/71/53), chap. V, sect. A.",
      'Résolution 66/3.',
      'Voir E/CN.4/2001/2-E/CN.4/Sub.2/2000/46, chap. II, sect. A.',
    ],
  )
  const pre = clauses(doc, 'preambular')
  assert.match(
    shown(pre[0]!.firstChild!),
    /sur les droits de l'homme\[\^A\/CONF\.157\/24 \(Part I\), chap\. III\.\] pour favoriser/,
  )
  assert.match(
    shown(pre[2]!.firstChild!),
    /le 8 septembre 2000\[\^Résolution 55\/2\.\], sa résolution 70\/153/,
  )
  assert.match(shown(pre[11]!.firstChild!), /aux droits de l'homme\[\^Voir E\/CN\.4/)
  const italic = notes[2]!.content.content.filter((t) => t.marks.some((m) => m.type.name === 'em'))
  assert.deepEqual(
    italic.map((t) => t.text),
    ["Documents officiels de l'Assemblée générale, soixante et onzième session, Supplément n° 53 (A/71/53)"],
  )
})

test('the paragraph broken across a page is one paragraph', () => {
  const { doc } = importResolution(french)
  const op14 = clauses(doc, 'operative')[13]!
  assert.equal(op14.childCount, 1)
  assert.match(
    op14.textContent,
    /chargées des droits de l'homme, notamment le Conseil des droits de l'homme, y compris/,
  )
  assert.ok(op14.textContent.endsWith('rencontrés ;'))
})

test('header fields, title number, formula and closing lines of the French sample land in their nodes', () => {
  const { doc } = importResolution(french)
  const fields: [string, string][] = []
  child(doc, 'header').forEach((f) => {
    fields.push([f.attrs.name, f.textContent])
  })
  assert.deepEqual(fields, [
    ['organ', 'Assemblée générale'],
    ['distribution', 'Distr. générale'],
    ['date', '20 janvier 2017'],
    ['session', 'Soixante et onzième session'],
    ['agenda', "Point 68, b, de l'ordre du jour"],
    ['adoption', "Résolution adoptée par l'Assemblée générale le 19 décembre 2016"],
    ['basis', '[sur la base du rapport de la Troisième Commission (A/71/484/Add.2)]'],
  ])
  const title = child(doc, 'title')
  assert.equal(title.attrs.number, '71/194')
  assert.equal(
    title.textContent,
    "Renforcement de la coopération internationale dans le domaine des droits de l'homme",
  )
  assert.equal(child(doc, 'formula').textContent, "L'Assemblée générale,")
  const closing = child(doc, 'closing')
  assert.deepEqual(
    closing.content.content.map((p) => p.textContent),
    ['65e séance plénière', '19 décembre 2016'],
  )
  const sup = closing.firstChild!.content.content.filter((t) => t.marks.some((m) => m.type.name === 'sup'))
  assert.deepEqual(
    sup.map((t) => t.text),
    ['e'],
  )
  // The italics of the formula and the closing lines are how they are printed, not emphasis.
  assert.ok(!child(doc, 'formula').firstChild!.marks.length)
})

test('footnotes written the GitHub way ([^1]) are read too', () => {
  const text = [
    '*The General Assembly,*',
    '',
    '*Recalling* its resolution 70/1,[^a]',
    '',
    '[^a]: Resolution 70/1 of *25 September 2015*.',
    '',
    '1. *Decides* to remain seized of the matter.',
  ].join('\n')
  const { doc, warnings } = importResolution(text)
  assert.deepEqual(warnings, [])
  const notes = footnotes(doc)
  assert.equal(notes.length, 1)
  assert.equal(notes[0]!.textContent, 'Resolution 70/1 of 25 September 2015.')
  assert.match(shown(clauses(doc, 'preambular')[0]!.firstChild!), /70\/1,\[\^Resolution/)
})

test('footnotes cited but not given, and given but not cited, are kept and reported', () => {
  const text = [
    '### Title',
    '',
    '*The General Assembly,*',
    '',
    '*Recalling* its resolution 70/1<sup>1</sup>,',
    '',
    '<sup>2</sup> A note that nothing cites.',
    '',
    '1. *Decides* to remain seized of the matter.',
  ].join('\n')
  const { doc, warnings } = importResolution(text)
  assert.deepEqual(warnings, [
    { line: 5, message: 'footnote 1 is cited but never given; kept as a superscript number' },
    { line: 7, message: 'footnote 2 is never cited; kept at the end of the text before it' },
  ])
  const para = clauses(doc, 'preambular')[0]!.firstChild!
  assert.equal(shown(para), 'Recalling its resolution 70/11,[^A note that nothing cites.]')
  assert.ok(para.child(2).marks.some((m) => m.type.name === 'sup'))
})

test('headings in the body and operative paragraphs numbered out of order are reported, their text kept', () => {
  const text = [
    '*The General Assembly,*',
    '',
    '*Recalling* its resolution 70/1,',
    '',
    '1. *Decides* to act;',
    '',
    '3. *Requests* a report;',
    '',
    '## Notes for delegations',
  ].join('\n')
  const { doc, warnings } = importResolution(text)
  assert.deepEqual(
    warnings.map((w) => w.line),
    [7, 9],
  )
  assert.match(warnings[0]!.message, /operative paragraph numbered 3 where 2 was expected/)
  assert.match(warnings[1]!.message, /heading in the body: "Notes for delegations" kept as a paragraph/)
  assert.deepEqual(
    clauses(doc, 'operative').map((c) => c.textContent),
    ['Decides to act;', 'Requests a report;', 'Notes for delegations'],
  )
})
