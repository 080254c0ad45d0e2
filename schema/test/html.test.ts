import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Node } from 'prosemirror-model'
import { docFromJSON, draftOf, type HeaderField, type Lang, schema, toHTML } from '../index.ts'

const { nodes, marks } = schema
type Inline = string | Node
const inline = (parts: Inline[]) => parts.map((p) => (typeof p === 'string' ? schema.text(p) : p))
const opening = (text: string) => schema.text(text, [marks.opening.create()])
const note = (text: string) => nodes.footnote.create(null, schema.text(text))
const para = (...parts: Inline[]) => nodes.para.create(null, inline(parts))
const sub = (parts: Inline[], ...children: Node[]) =>
  nodes.subparagraph.create(null, [para(...parts), ...children])
const clause = (kind: 'preambular' | 'operative', parts: Inline[], ...children: Node[]) =>
  nodes[kind]!.create(null, [para(...parts), ...children])

function resolution(
  lang: Lang,
  header: [HeaderField, string][],
  title: Inline[],
  formula: string,
  body: Node[],
  closing: string[] = [],
  number: string | null = null,
): Node {
  const doc = draftOf({ lang, organ: 'ga' }, [
    nodes.header.create(
      null,
      header.map(([name, text]) => nodes.header_field.create({ name }, text ? schema.text(text) : null)),
    ),
    nodes.title.create({ number }, inline(title)),
    nodes.formula.create(null, schema.text(formula)),
    ...body,
    ...(closing.length
      ? [
          nodes.closing.create(
            null,
            closing.map((line) => para(line)),
          ),
        ]
      : []),
  ])
  doc.check()
  return doc
}

const VOID = new Set(['br', 'meta', 'hr', 'img', 'link', 'input', 'wbr'])
const BLOCK = new Set(['div', 'p', 'section', 'header', 'footer', 'h1', 'ol', 'li', 'blockquote', 'article'])
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>/g

/** Fails unless every element is closed in order, no block sits in a <p>, and no bare < or > is left in text. */
function assertWellFormed(html: string): void {
  const body = html.replace(/^<!doctype html>/i, '').replace(/<style>[^<]*<\/style>/, '')
  const open: string[] = []
  for (const [, slash, name] of body.matchAll(TAG)) {
    const tag = name!.toLowerCase()
    if (VOID.has(tag)) continue
    if (slash) {
      assert.equal(open.pop(), tag, `</${tag}> closes something else`)
      continue
    }
    if (BLOCK.has(tag)) assert.ok(!open.includes('p'), `<${tag}> inside <p>`)
    open.push(tag)
  }
  assert.deepEqual(open, [], 'elements left open')
  assert.doesNotMatch(body.replace(TAG, ''), /[<>]/, 'unescaped < or > in text')
}

const french = () =>
  resolution(
    'fr',
    [
      ['organ', 'Assemblée générale'],
      ['symbol', 'A/RES/71/194'],
      ['date', ''],
    ],
    ["Renforcement de la coopération dans le domaine des droits de l'homme"],
    "L'Assemblée générale,",
    [
      clause('preambular', [
        opening('Réaffirmant sa volonté'),
        " de promouvoir la Conférence mondiale sur les droits de l'homme",
        note('A/CONF.157/24 (Part I), chap. III.'),
        ',',
      ]),
      clause('operative', [opening('Réaffirme'), ' que la coopération est indispensable ;']),
      clause(
        'operative',
        [opening('Demande'), ' aux États', note('Voir A/71/53.'), ' :'],
        sub(['de renforcer :'], sub(['la coopération bilatérale ;'])),
        sub(['de contrer les crises.']),
      ),
    ],
    ['65e séance plénière', '19 décembre 2016'],
    '71/194',
  )

test('a standalone page has lang, dir, a charset, a title and a print stylesheet for A4', () => {
  const html = toHTML(french(), { standalone: true })
  assert.ok(html.startsWith('<!doctype html>\n<html lang="fr" dir="ltr">'))
  assert.match(html, /<meta charset="utf-8">/)
  assert.match(
    html,
    /<title>71\/194\. Renforcement de la coopération dans le domaine des droits de l'homme<\/title>/,
  )
  assert.match(html, /@media print \{/)
  assert.match(html, /@page \{ size: A4;/)
  assert.match(html, /"Noto Naskh Arabic"/)
  assert.match(html, /"Noto Serif CJK SC"/)
  assertWellFormed(html)
})

test('the body uses semantic elements and writes every number from the numbering', () => {
  const html = toHTML(french())
  assert.ok(html.startsWith('<article class="resolution" lang="fr" dir="ltr">'))
  assert.doesNotMatch(html, /<html|<style|<head>/)
  assert.match(html, /<header class="res-header">\n<p class="field field-organ" data-field="organ">Assemblée/)
  assert.doesNotMatch(html, /data-field="date"/, 'an empty header field is left out')
  assert.match(
    html,
    /<h1 class="res-title" data-number="71\/194"><span class="res-number">71\/194\.<\/span> /,
  )
  assert.match(html, /<section class="preamble">\n<div class="clause preambular"/)
  assert.match(html, /<p><em class="opening">Réaffirmant sa volonté<\/em> de promouvoir/)
  assert.match(html, /<span class="num">1\.<\/span> <em class="opening">Réaffirme<\/em>/)
  assert.match(html, /<span class="num">2\.<\/span> <em class="opening">Demande<\/em>/)
  assert.match(html, /<span class="num">a\)<\/span> de renforcer/)
  assert.match(html, /<span class="num">i\)<\/span> la coopération bilatérale/)
  assert.match(html, /<span class="num">b\)<\/span> de contrer/)
  assert.match(
    html,
    /<footer class="closing">\n<p>65e séance plénière<\/p>\n<p>19 décembre 2016<\/p>\n<\/footer>/,
  )
  assertWellFormed(html)
})

test('footnotes are numbered in order of appearance, linked both ways and listed at the end', () => {
  const html = toHTML(french())
  assert.match(html, /droits de l'homme<sup><a href="#fn-1" id="fnref-1" role="doc-noteref">1<\/a><\/sup>,/)
  assert.match(html, /aux États<sup><a href="#fn-2" id="fnref-2" role="doc-noteref">2<\/a><\/sup> :/)
  const notes = html.slice(html.indexOf('<section class="footnotes"'))
  assert.ok(notes.indexOf('<footer') === -1, 'the notes come after the closing lines')
  assert.match(notes, /<li id="fn-1" value="1">A\/CONF\.157\/24 \(Part I\), chap\. III\. <a href="#fnref-1"/)
  assert.match(notes, /<li id="fn-2" value="2">Voir A\/71\/53\. <a href="#fnref-2"/)
  assert.ok(notes.indexOf('id="fn-1"') < notes.indexOf('id="fn-2"'))
})

test('an Arabic draft (read from JSON) is right to left, numbered "1 -" and labelled (أ)', () => {
  const p = (text: string) => ({ type: 'para', content: [{ type: 'text', text }] })
  const doc = docFromJSON({
    type: 'doc',
    attrs: { lang: 'ar', organ: 'ga' },
    content: [
      { type: 'header', content: [{ type: 'header_field', attrs: { name: 'organ' }, content: [] }] },
      { type: 'title', content: [{ type: 'text', text: 'تعزيز التعاون الدولي' }] },
      { type: 'formula', content: [{ type: 'text', text: 'إن الجمعية العامة،' }] },
      { type: 'operative', content: [p('تؤكد من جديد أهمية التعاون؛')] },
      {
        type: 'operative',
        content: [p('تطلب إلى الأمين العام:'), { type: 'subparagraph', content: [p('أن يقدم تقريرا.')] }],
      },
    ],
  })
  const html = toHTML(doc, { standalone: true })
  assert.ok(html.startsWith('<!doctype html>\n<html lang="ar" dir="rtl">'))
  assert.match(html, /<article class="resolution" lang="ar" dir="rtl">/)
  assert.match(html, /<span class="num">1 -<\/span> تؤكد من جديد/)
  assert.match(html, /<span class="num">2 -<\/span> تطلب/)
  assert.match(html, /<span class="num">\(أ\)<\/span> أن يقدم تقريرا\./)
  assert.match(html, /<title>تعزيز التعاون الدولي<\/title>/)
  assertWellFormed(html)
})

test('a single operative paragraph has no number, and a header with no text is left out', () => {
  const doc = resolution('en', [], ['Title'], 'The Security Council,', [
    clause('operative', [opening('Decides'), ' to remain seized of the matter.']),
  ])
  const html = toHTML(doc)
  assert.match(html, /<p><em class="opening">Decides<\/em> to remain seized/)
  assert.doesNotMatch(html, /class="num"/)
  assert.doesNotMatch(html, /<header/)
})

test('text and attributes are escaped, including delegation names and the page title', () => {
  const ins = marks.insertion.create({ amendment: 'a"1', delegation: 'Bosnia & "Herzegovina"' })
  const del = marks.deletion.create({ amendment: 'a2', delegation: '<Chile>' })
  const doc = resolution('en', [['symbol', 'A/C.3/71/L.23 <draft>']], ['Rights & "duties" <b>'], 'The GA,', [
    clause('operative', [
      opening('Decides'),
      ' that 1 < 2 & "3" > 2 ',
      schema.text('<script>alert(1)</script>', [ins]),
      schema.text('old', [del]),
    ]),
  ])
  const html = toHTML(doc, { standalone: true, title: 'L.23 & <Rev.1>' })
  assert.doesNotMatch(html, /<script>|<b>|<draft>|<Chile>/)
  assert.match(html, /that 1 &lt; 2 &amp; &quot;3&quot; &gt; 2 /)
  assert.match(html, /Rights &amp; &quot;duties&quot; &lt;b&gt;/)
  assert.match(
    html,
    /<ins data-amendment="a&quot;1" data-delegation="Bosnia &amp; &quot;Herzegovina&quot;">&lt;script&gt;/,
  )
  assert.match(html, /<del data-amendment="a2" data-delegation="&lt;Chile&gt;">old<\/del>/)
  assert.match(html, /<title>L\.23 &amp; &lt;Rev\.1&gt;<\/title>/)
  assertWellFormed(html)
})

test('marks stay one element across a footnote, and nest inside one another properly', () => {
  const em = marks.em.create()
  const ins = marks.insertion.create({ amendment: 'a1', delegation: 'Egypt' })
  const doc = resolution('en', [], ['Title'], 'The General Assembly,', [
    clause('preambular', [
      opening('Recalling'),
      ' ',
      schema.text('the Vienna Declaration', [em, ins]),
      nodes.footnote.create(null, schema.text('A/CONF.157/24'), [ins]),
      schema.text(' and Programme', [ins]),
      ',',
    ]),
  ])
  const html = toHTML(doc)
  assert.match(
    html,
    /<ins data-amendment="a1" data-delegation="Egypt"><em>the Vienna Declaration<\/em><sup><a href="#fn-1"[^>]*>1<\/a><\/sup> and Programme<\/ins>,/,
  )
  assertWellFormed(html)
})

test('a cross-reference shows the number of the clause it targets and links to it', () => {
  const doc = resolution('en', [], ['Title'], 'The General Assembly,', [
    nodes.operative.create({ id: 'decides' }, para(opening('Decides'), ' to act;')),
    nodes.operative.create(
      { id: 'requests' },
      para(opening('Requests'), ' a report on paragraph ', nodes.xref.create({ target: 'decides' }), '.'),
    ),
  ])
  const html = toHTML(doc)
  assert.match(
    html,
    /<div class="clause operative" data-kind="operative" data-id="decides" id="clause-decides">/,
  )
  assert.match(html, /paragraph <a class="xref" data-target="decides" href="#clause-decides">1<\/a>\./)
})

test('a proposal on a whole clause is carried on its element, escaped, for the stylesheet', () => {
  const proposal = JSON.stringify({ amendment: 'a1', delegation: 'Egypt', kind: 'insert' })
  const doc = resolution('en', [], ['Title'], 'The General Assembly,', [
    clause('operative', [opening('Decides'), ' to act;']),
    nodes.operative.create({ id: 'new1', proposal }, para(opening('Urges'), ' all States.')),
  ])
  const html = toHTML(doc, { standalone: true })
  assert.match(
    html,
    /<div class="clause operative" data-kind="operative" data-id="new1" id="clause-new1" data-proposal="\{&quot;amendment&quot;:&quot;a1&quot;,&quot;delegation&quot;:&quot;Egypt&quot;,&quot;kind&quot;:&quot;insert&quot;\}">/,
  )
  assert.match(html, /\.clause\[data-proposal\*='"kind":"insert"'\]/)
  assertWellFormed(html)
})
