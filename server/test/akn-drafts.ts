// A draft for the Akoma Ntoso tests that uses every part of the schema the shared fixtures leave out.
import type { Mark, Node } from 'prosemirror-model'
import { draftOf, HEADER_FIELDS, proposalAttr, schema } from '../../schema/index.ts'
import { del, ins } from '../../schema/test/amendment-drafts.ts'

const { nodes: N, marks: M } = schema

/**
 * A draft in Arabic for the Security Council with every header field, notes in a field, the title and inside an
 * insertion, a resolution number that is empty, spaces at the ends of words, a line break, cross-references to a
 * clause and to a document, quotations of paragraphs and of sub-paragraphs in both parts, nested sub-paragraphs,
 * a proposal by a delegation whose name needs escaping, and closing lines one of which is empty.
 */
export function everyPart(): Node {
  const t = (text: string, ...marks: Mark[]) => schema.text(text, marks)
  const p = (...content: Node[]) => N.para.create(null, content)
  const note = (id: string, ...content: Node[]) => N.footnote.create({ id }, content)
  const field = (name: string, ...content: Node[]) => N.header_field.create({ name }, content)
  const sub = (id: string, ...content: Node[]) => N.subparagraph.create({ id }, content)
  const header = N.header.create(null, [
    ...HEADER_FIELDS.map((name) => field(name, t(`${name} line`))),
    field('date', t('sometime in 2022')),
    field('agendaTitle', t('Agenda '), t('title', M.em.create()), note('n1', t('A note on the agenda.'))),
    field('sponsors', t('Egypt', M.em.create()), t(' and Tunisia: draft resolution')),
    field('basis'),
  ])
  const title = N.title.create({ number: '' }, [
    t('A title'),
    note('n2', t('Note '), t('in', M.sup.create())),
  ])
  const formula = N.formula.create(null, [t('The Security Council', M.em.create()), t(',')])
  const p1 = N.preambular.create({ id: 'p1' }, [
    p(t('  Recalling', M.opening.create()), t('  its  resolutions:  ')),
    sub('s1', p(t('first;'))),
    N.quotation.create(null, [p(t('“Quoted')), sub('s2', p(t('(a) inside'))), p(t('end.”'))]),
    sub('s3', p(t('third,')), sub('s4', p(t('deeper,')))),
  ])
  const p2 = N.preambular.create({ id: 'p2' }, [
    p(
      t('Noting "A & B" <C>\'s\ttab'),
      N.hard_break.create(),
      t('see '),
      N.xref.create({ target: 'o2' }),
      t(' and '),
      N.xref.create({ target: 'A/71/484' }),
    ),
  ])
  const o1 = N.operative.create({ id: 'o1' }, [
    p(
      t('Decides', M.opening.create()),
      t(' to ', ins('E1')),
      t('act', ins('E1'), M.em.create()),
      note('n3', t('Inserted note.')).mark([ins('E1')]),
      t(' now', del('B1', 'Brazil')),
      t(';'),
    ),
    N.quotation.create(null, [p(t('“Rule 1')), p(t('Rule 2”'))]),
    sub('s5', p(t('(a)')), N.quotation.create(null, [sub('s6', p(t('quoted sub'))), p(t('after'))])),
  ])
  const o2 = N.operative.create(
    { id: 'o2', proposal: proposalAttr({ amendment: 'E2', delegation: 'Égypte, Rép.', kind: 'delete' }) },
    [p(t('Requests;'))],
  )
  const closing = N.closing.create(null, [p(t('8980th meeting')), p()])
  const doc = draftOf({ lang: 'ar', organ: 'sc' }, [header, title, formula, p1, p2, o1, o2, closing])
  doc.check()
  return doc
}
