// Comparing two versions of a draft: what the JSON names (each change with its clause's old and new numbers,
// its words and who made it), moves shown as moves, renumbered paragraphs with both numbers in the six
// languages, word-by-word changes (Chinese too), footnotes, the header, and the HTML a reader sees.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Node } from 'prosemirror-model'
import {
  type ChangeJSON,
  compareDrafts,
  comparisonHTML,
  comparisonJSON,
  type Lang,
  schema,
} from '../index.ts'
import { clause, draft, ins, standard, w } from './amendment-drafts.ts'
import { AUTHORS, day, footnote, ORAL_NOTE, revisionOne, revisionTwo } from './compare-drafts.ts'

const compared = () =>
  compareDrafts(revisionOne(), revisionTwo(), {
    authors: AUTHORS,
    defaultAt: day(6),
    fromLabel: 'A/C.3/71/L.23/Rev.1',
    toLabel: 'the current text',
  })

type Of<K extends ChangeJSON['kind']> = Extract<ChangeJSON, { kind: K }>
const ofKind = <K extends ChangeJSON['kind']>(changes: ChangeJSON[], kind: K) =>
  changes.filter((c): c is Of<K> => c.kind === kind)

describe('Comparison JSON: Rev.1 against the text after the negotiation', () => {
  const json = comparisonJSON(compared())

  it('names the word replaced with the old and new numbers of its paragraph and its author', () => {
    const words = ofKind(json.changes, 'words').find((c) => c.clause === 'o2')
    assert.deepEqual(
      {
        from: words?.from?.label,
        to: words?.to?.label,
        deleted: words?.deleted,
        inserted: words?.inserted,
        author: words?.author,
        at: words?.at,
      },
      {
        from: 'operative paragraph 2',
        to: 'operative paragraph 2',
        deleted: 'report',
        inserted: 'brief',
        author: 'Egypt',
        at: day(2),
      },
    )
    assert.equal(words?.text, 'In operative paragraph 2, replace the word “report” with the word “brief”')
  })

  it('names the deleted operative paragraph 3 and every later paragraph renumbered, with both numbers', () => {
    const deleted = ofKind(json.changes, 'deleted')
    assert.deepEqual(
      deleted.map((c) => [c.clause, c.from.number, c.from.label, c.author, c.text]),
      [['o3', 3, 'operative paragraph 3', 'Chile', 'Delete operative paragraph 3']],
    )
    const renumbered = ofKind(json.changes, 'renumbered')
    assert.deepEqual(
      renumbered.map((c) => [c.clause, c.from.number, c.to.number, c.text]),
      [
        ['o5', 5, 3, 'operative paragraph 3 (formerly 5)'],
        ['o6', 6, 4, 'operative paragraph 4 (formerly 6)'],
        ['o7', 7, 5, 'operative paragraph 5 (formerly 7)'],
        ['o8', 8, 6, 'operative paragraph 6 (formerly 8)'],
        ['o9', 9, 8, 'operative paragraph 8 (formerly 9)'],
      ],
    )
    assert.deepEqual(renumbered[0]!.from, {
      number: 5,
      label: 'operative paragraph 5',
      printed: '5.',
      path: ['5'],
    })
    assert.deepEqual(renumbered[0]!.to, {
      number: 3,
      label: 'operative paragraph 3',
      printed: '3.',
      path: ['3'],
    })
  })

  it('shows the moved paragraph as moved, from its old number to its new one, and not as deleted and inserted', () => {
    const moved = ofKind(json.changes, 'moved')
    assert.deepEqual(
      moved.map((c) => [c.clause, c.from.number, c.to.number, c.author, c.text]),
      [['o4', 4, 7, 'Brazil', 'Move operative paragraph 4 to follow operative paragraph 8']],
    )
    const touching = json.changes.filter((c) => 'clause' in c && c.clause === 'o4').map((c) => c.kind)
    assert.deepEqual(touching, ['moved'])
  })

  it('names the new paragraph with its number, its words and the oral revision that made it', () => {
    const inserted = ofKind(json.changes, 'inserted')
    assert.deepEqual(
      inserted.map((c) => [c.clause, c.to.number, c.words, c.author, c.oral]),
      [['n1', 9, 'Requests a report on progress at its seventy-second session;', 'Facilitator', ORAL_NOTE]],
    )
    assert.equal(inserted[0]!.text, 'After operative paragraph 9, insert a new paragraph reading:')
  })

  it('names the orally revised words with the note, and the footnote added with its number and clause', () => {
    const oral = ofKind(json.changes, 'words').find((c) => c.clause === 'o7')
    assert.deepEqual(
      [oral?.deleted, oral?.inserted, oral?.author, oral?.oral],
      ['Calls upon', 'Urges', 'Facilitator', ORAL_NOTE],
    )
    assert.deepEqual([oral?.from?.number, oral?.to?.number], [7, 5])
    const notes = ofKind(json.changes, 'footnote')
    assert.deepEqual(
      notes.map((c) => [c.change, c.footnote, c.from, c.to, c.clause, c.inserted, c.author, c.at]),
      [['inserted', 'fn:f2', null, { number: 1 }, 'o5', 'See A/71/484/Add.1.', 'Facilitator', day(6)]],
    )
  })

  it("counts the facilitator's own edit of the header, and sums the changes up", () => {
    const header = ofKind(json.changes, 'words').find((c) => c.block === 'header:symbol')
    assert.deepEqual(
      [header?.deleted, header?.inserted, header?.author],
      ['A/C.3/71/L.23/Rev.1', 'A/C.3/71/L.23/Rev.2', 'Facilitator'],
    )
    assert.deepEqual(json.summary, {
      changes: 12,
      words: 3,
      inserted: 1,
      deleted: 1,
      moved: 1,
      renumbered: 5,
      footnote: 1,
    })
    assert.equal(JSON.stringify(JSON.parse(JSON.stringify(json))), JSON.stringify(json), 'plain data')
  })

  it('lists every clause of both versions with its place in each', () => {
    const row = (id: string) => json.clauses.find((c) => c.clause === id)
    assert.deepEqual([row('o3')?.status, row('o3')?.from?.number, row('o3')?.to], ['deleted', 3, null])
    assert.deepEqual([row('n1')?.status, row('n1')?.from, row('n1')?.to?.number], ['inserted', null, 9])
    assert.deepEqual([row('o2')?.status, row('o1')?.status, row('o4')?.status], ['changed', 'same', 'moved'])
    assert.deepEqual(row('s2')?.to?.label, 'operative paragraph 5 (b)')
    assert.deepEqual(row('s2')?.from?.label, 'operative paragraph 7 (b)')
    assert.deepEqual(row('p2')?.to?.label, 'second preambular paragraph')
  })
})

describe('Comparison: paragraphs, sub-paragraphs and words', () => {
  it('names a renumbered paragraph with both numbers in each of the six languages', () => {
    const expected: Record<Lang, string> = {
      en: 'operative paragraph 3 (formerly 4)',
      fr: 'paragraphe 3 du dispositif (ancien paragraphe 4)',
      es: 'párrafo 3 de la parte dispositiva (antiguo párrafo 4)',
      ru: 'пункт 3 постановляющей части (бывший пункт 4)',
      ar: 'الفقرة 3 من المنطوق (الفقرة 4 سابقا)',
      zh: '执行部分第3段(原第4段)',
    }
    for (const lang of Object.keys(expected) as Lang[]) {
      const from = standard(lang)
      const without = draft(lang, bodyWithout(from, 'o3'))
      const first = ofKind(comparisonJSON(compareDrafts(from, without)).changes, 'renumbered')[0]
      assert.equal(first?.text, expected[lang], lang)
    }
  })

  it('names a renumbered preambular paragraph by its ordinals', () => {
    const from = standard('en')
    const json = comparisonJSON(compareDrafts(from, draft('en', bodyWithout(from, 'p2'))))
    assert.deepEqual(
      ofKind(json.changes, 'renumbered').map((c) => c.text),
      ['second preambular paragraph (formerly third)'],
    )
  })

  it('follows sub-paragraphs by id: a deleted one renumbers those after it, named under their paragraph', () => {
    const subs = (ids: string[]) =>
      clause('operative', 'o1', 'Calls upon States:', {
        subs: ids.map((id) => clause('subparagraph', id, `To do ${id};`)),
      })
    const from = draft('en', [
      subs(['a1', 'a2', 'a3']),
      clause('operative', 'o2', 'Decides to remain seized.'),
    ])
    const to = draft('en', [subs(['a1', 'a3']), clause('operative', 'o2', 'Decides to remain seized.')])
    const json = comparisonJSON(compareDrafts(from, to))
    assert.deepEqual(
      json.changes.map((c) => [c.kind, c.text]),
      [
        ['deleted', 'Delete operative paragraph 1 (b)'],
        ['renumbered', 'operative paragraph 1 (b) (formerly 1 (c))'],
      ],
    )
  })

  it('diffs Chinese word by word, without spaces', () => {
    const doc = (text: string) =>
      draft('zh', [clause('operative', 'o1', text), clause('operative', 'o2', '决定继续处理此案。')])
    const json = comparisonJSON(compareDrafts(doc('决定促进人权；'), doc('决定促进和保护人权；')))
    const words = ofKind(json.changes, 'words')
    assert.deepEqual(
      words.map((c) => [c.deleted, c.inserted]),
      [['', '和保护']],
    )
    assert.match(words[0]!.text, /^在执行部分第1段中/)
  })

  it('keeps several changes in one paragraph apart, and joins a rewrite split only by spaces and commas', () => {
    const doc = (text: string) =>
      draft('en', [clause('operative', 'o1', text), clause('operative', 'o2', 'Decides.')])
    const json = comparisonJSON(
      compareDrafts(
        doc('Decides to promote, protect and fulfil human rights in all regions;'),
        doc('Decides to advance, defend and fulfil human rights in every region;'),
      ),
    )
    assert.deepEqual(
      ofKind(json.changes, 'words').map((c) => [c.deleted, c.inserted]),
      [
        ['promote, protect', 'advance, defend'],
        ['all regions', 'every region'],
      ],
    )
  })

  it('widens a change inside a word to the whole word, as the amendment wording does', () => {
    const doc = (text: string) =>
      draft('en', [clause('operative', 'o1', text), clause('operative', 'o2', 'Decides.')])
    const json = comparisonJSON(
      compareDrafts(doc('Recalls its resolution 70/1;'), doc('Recalls its resolutions 70/1;')),
    )
    assert.deepEqual(
      ofKind(json.changes, 'words').map((c) => c.text),
      ['In operative paragraph 1, replace the word “resolution” with the word “resolutions”'],
    )
  })

  it('counts an opening phrase put in italics as a change, and keeps the italics in the HTML', () => {
    const opening = schema.marks.opening.create()
    const from = draft('en', [
      clause('preambular', 'p1', 'Recalling its resolution,'),
      clause('operative', 'o1', 'Decides.'),
    ])
    const to = draft('en', [
      clause('preambular', 'p1', [w('Recalling', opening), ' its resolution,']),
      clause('operative', 'o1', 'Decides.'),
    ])
    const c = compareDrafts(from, to)
    assert.equal(
      ofKind(comparisonJSON(c).changes, 'words').length,
      0,
      'the same words: no change of words listed',
    )
    assert.ok(c.preamble[0]?.type === 'clause' && c.preamble[0].text.changed)
    assert.match(comparisonHTML(c), /<ins class="cmp-ins"[^>]*><em class="opening">Recalling<\/em><\/ins>/)
  })

  it("compares footnotes by id: a changed note's words, its number moving when a note is added before it", () => {
    const doc = (notes: Node[]) =>
      draft('en', [
        schema.nodes.operative.create(
          { id: 'o1' },
          schema.nodes.para.create(null, [schema.text('Decides'), ...notes, schema.text(';')]),
        ),
        clause('operative', 'o2', 'Decides to remain seized.'),
      ])
    const json = comparisonJSON(
      compareDrafts(
        doc([footnote('f1', 'See A/71/484.')]),
        doc([footnote('f0', 'New note.'), footnote('f1', 'See A/71/484/Add.1.')]),
      ),
    )
    const notes = ofKind(json.changes, 'footnote')
    assert.deepEqual(
      notes.map((c) => [
        c.change,
        c.footnote,
        c.from?.number ?? null,
        c.to?.number ?? null,
        c.deleted,
        c.inserted,
      ]),
      [
        ['inserted', 'fn:f0', null, 1, '', 'New note.'],
        ['changed', 'fn:f1', 1, 2, 'A/71/484.', 'A/71/484/Add.1.'],
      ],
    )
  })

  it('leaves pending proposals of a live text out: they are not agreed', () => {
    const from = standard('en')
    const live = standard('en', {
      o1: clause('operative', 'o1', ['Operative 1', w(' pending words', ins('E1')), ';']),
    })
    const json = comparisonJSON(compareDrafts(from, live))
    assert.deepEqual(json.changes, [])
  })

  it('gives each change to the author whose clause and words it fits, the rest to the default author', () => {
    const doc = (text: string) =>
      draft('en', [clause('operative', 'o1', text), clause('operative', 'o2', 'Decides.')])
    const c = compareDrafts(
      doc('Decides to promote rights in all regions from now on;'),
      doc('Decides to protect rights in every region from today on;'),
      {
        defaultAuthor: 'Ms. Chair',
        authors: [
          { author: 'Egypt', clause: 'o1', inserted: ['protect'], deleted: ['promote'], at: 1 },
          { author: 'Chile', clause: 'o1', inserted: ['every region'], deleted: ['all regions'], at: 2 },
          { author: 'Peru', clause: 'o2', inserted: ['today'], deleted: ['now'], at: 3 },
        ],
      },
    )
    assert.deepEqual(
      ofKind(comparisonJSON(c).changes, 'words').map((x) => [x.deleted, x.inserted, x.author]),
      [
        ['promote', 'protect', 'Egypt'],
        ['all regions', 'every region', 'Chile'],
        ['now', 'today', 'Ms. Chair'],
      ],
    )
  })

  it('finds nothing between a version and itself', () => {
    const c = compareDrafts(revisionOne(), revisionOne())
    assert.deepEqual(comparisonJSON(c).changes, [])
    assert.match(comparisonHTML(c), /The two versions are the same\./)
  })
})

describe('Comparison HTML', () => {
  const c = compared()

  it('inline: marks words inserted and deleted by their authors, and shows "formerly" after a renumbered number', () => {
    const html = comparisonHTML(c)
    assert.match(
      html,
      /^<article class="resolution comparison cmp-inline" lang="en" dir="ltr" data-layout="inline">/,
    )
    assert.match(
      html,
      /<del class="cmp-del" data-author="Egypt"[^>]*>report<\/del><ins class="cmp-ins" data-author="Egypt"[^>]*>brief<\/ins><sup class="cmp-by" data-author="Egypt">\[Egypt\]<\/sup>/,
    )
    assert.match(
      html,
      /data-id="o5" data-status="changed" data-from="5" data-to="3" data-renumbered="">\n<p><span class="num">3\.<\/span> <span class="cmp-formerly">\(formerly 5\)<\/span>/,
    )
    assert.match(
      html,
      /data-id="o3" data-status="deleted"[^>]*>\n<p><span class="num"><del>3\.<\/del><\/span> <span class="cmp-note">\[Paragraph deleted: Chile\]<\/span>/,
    )
    assert.match(
      html,
      /class="clause operative cmp-ghost" data-kind="operative" data-id="o4" data-status="moved-away">\n<p><span class="num"><del>4\.<\/del><\/span> <span class="cmp-note">\[Moved to operative paragraph 7\]<\/span>/,
    )
    assert.match(
      html,
      /data-id="o4" data-status="moved"[^>]*>\n<p><span class="num">7\.<\/span> <span class="cmp-note">\[Moved from operative paragraph 4: Brazil\]<\/span>/,
    )
    assert.match(
      html,
      /<sup class="cmp-by cmp-oral" data-author="Facilitator">\[Facilitator, orally revised: as orally revised at the 45th meeting\]<\/sup>/,
    )
    assert.doesNotMatch(html, /<!doctype/)
  })

  it('side by side: one row per paragraph, the earlier version on one side and the later on the other', () => {
    const html = comparisonHTML(c, { layout: 'side-by-side' })
    const rows = [
      ...html.matchAll(/<div class="cmp-row" data-block="clause" data-status="([^"]+)" data-id="([^"]+)"/g),
    ].map((m) => `${m[2]}:${m[1]}`)
    assert.deepEqual(rows, [
      'p1:same',
      'p2:same',
      'o1:same',
      'o2:changed',
      'o3:deleted',
      'o4:moved-away',
      'o5:changed',
      'o6:same',
      'o7:changed',
      's1:same',
      's2:same',
      'o8:same',
      'o4:moved',
      'o9:same',
      'n1:inserted',
    ])
    const row = html.match(
      /<div class="cmp-row" data-block="clause" data-status="changed" data-id="o2"[^>]*>\n<div class="cmp-old">(.*)<\/div>\n<div class="cmp-new">(.*)<\/div>/,
    )
    assert.ok(row, 'the row of operative paragraph 2')
    assert.match(row[1]!, /<del class="cmp-del"[^>]*>report<\/del>/)
    assert.doesNotMatch(row[1]!, /brief/)
    assert.match(row[2]!, /<ins class="cmp-ins"[^>]*>brief<\/ins>/)
    assert.doesNotMatch(row[2]!, /report/)
    assert.match(
      html,
      /<div class="cmp-new"><p><span class="num">8\.<\/span> <span class="cmp-formerly">\(formerly 9\)<\/span>/,
    )
  })

  it('standalone: a page with the resolution and comparison stylesheets, titled by the two versions', () => {
    const page = comparisonHTML(c, { standalone: true })
    assert.match(page, /^<!doctype html>\n<html lang="en" dir="ltr">/)
    assert.match(page, /<title>Comparison of A\/C\.3\/71\/L\.23\/Rev\.1 with the current text<\/title>/)
    assert.match(page, /\.cmp-by \{/)
    assert.match(page, /\.resolution \{/)
  })

  it('writes an Arabic comparison right to left, with its own words', () => {
    const from = standard('ar')
    const to = draft('ar', bodyWithout(from, 'o3'))
    const html = comparisonHTML(compareDrafts(from, to))
    assert.match(html, /lang="ar" dir="rtl"/)
    assert.match(html, /\(الفقرة 4 سابقا\)/)
  })
})

/** The paragraphs of a draft without one of them, for `draft()`. */
function bodyWithout(doc: Node, id: string): Node[] {
  const out: Node[] = []
  doc.descendants((node) => {
    if (node.type.name === 'preambular' || node.type.name === 'operative') {
      if (node.attrs.id !== id) out.push(node)
      return false
    }
    return true
  })
  return out
}

describe('Comparison: quotations', () => {
  it('compares the paragraphs of a quotation in place, as part of the clause that quotes them', () => {
    const { nodes } = schema
    const quoting = (line: string) =>
      draft('en', [
        nodes.operative.create({ id: 'o1' }, [
          nodes.para.create(null, schema.text('Decides to add the following text:')),
          nodes.quotation.create(null, [nodes.para.create(null, schema.text(line))]),
        ]),
        clause('operative', 'o2', 'Decides to remain seized.'),
      ])
    const json = comparisonJSON(
      compareDrafts(quoting('“All States shall report.”'), quoting('“All States shall report annually.”')),
    )
    assert.deepEqual(
      json.changes.map((c) => (c.kind === 'words' ? [c.block, c.clause, c.inserted] : c.kind)),
      [['quotation', 'o1', 'annually']],
    )
  })
})
