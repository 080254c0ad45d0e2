import {
  type DOMOutputSpec,
  type Mark,
  type MarkSpec,
  type Node,
  type NodeSpec,
  Schema,
} from 'prosemirror-model'
import { validateProposalAttr } from './amendments/proposal.ts'
import { LANGUAGES, ORGANS } from './lang.ts'
import { checkName, validateAlternativesAttr, validateBracketedAttr } from './standing/alternatives.ts'

/** The names a header line can carry, in the order the UN prints them. */
export const HEADER_FIELDS = [
  'organ',
  'distribution',
  'date',
  'symbol',
  'original',
  'session',
  'agenda',
  'agendaTitle',
  'sponsors',
  'adoption',
  'basis',
] as const

/** One of {@link HEADER_FIELDS}. */
export type HeaderField = (typeof HEADER_FIELDS)[number]

const oneOf =
  (name: string, values: readonly string[]) =>
  (value: unknown): void => {
    if (typeof value !== 'string' || !values.includes(value)) {
      throw new RangeError(`${name} must be one of ${values.join(', ')}, got ${JSON.stringify(value)}`)
    }
  }

// The part of a DOM element that parse rules read; schema/ is compiled without DOM types because it runs on
// the server too.
interface DOMElement {
  getAttribute(name: string): string | null
}

const CLAUSE_ID = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/

const clauseId = (value: unknown): void => {
  if (value !== null && (typeof value !== 'string' || !CLAUSE_ID.test(value))) {
    throw new RangeError(`a clause id must be null or a short identifier, got ${JSON.stringify(value)}`)
  }
}

const optionalString = (name: string) => (value: unknown) => {
  if (value !== null && typeof value !== 'string') throw new RangeError(`${name} must be a string or null`)
}

const idAttrs = { id: { default: null, validate: clauseId } }

// A proposal to insert, delete or move the whole clause: null, or a JSON string written by `proposalAttr`
// (amendments/proposal.ts), kept a string so y-prosemirror syncs it as a plain XML attribute.
const clauseAttrs = {
  ...idAttrs,
  proposal: { default: null, validate: validateProposalAttr },
  ...standingAttrs(),
}

// Where each paragraph stands (issue 13). A clause in square brackets names the delegation that asked for them
// (`bracketed`); alternative wordings of its first line are a JSON list of strings with who asked
// (`alternatives`, see standing/alternatives.ts). Words in square brackets carry the `bracket` mark, the first
// mark of the schema so that it is the outermost (one "[ ]" around words whatever marks change inside). All
// optional: documents without them need no migration, and clients of the previous schema carry them along.
function standingAttrs() {
  return {
    bracketed: { default: null, validate: validateBracketedAttr },
    alternatives: { default: null, validate: validateAlternativesAttr },
  }
}

const BRACKET_ID = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/

const bracketMarkSpec: MarkSpec = {
  attrs: {
    by: { validate: (value: unknown) => void checkName(value, 'bracket.by') },
    id: {
      validate: (value: unknown) => {
        if (typeof value !== 'string' || !BRACKET_ID.test(value))
          throw new RangeError(`bracket.id must be a short identifier, got ${JSON.stringify(value)}`)
      },
    },
  },
  inclusive: false,
  // No parse rule: pasted text never brings brackets, as it never brings proposals.
  toDOM: (mark: Mark) => [
    'span',
    { class: 'bracket', 'data-bracket': mark.attrs.id, 'data-by': mark.attrs.by },
    0,
  ],
}

const clauseDOM =
  (kind: string) =>
  (node: Node): DOMOutputSpec => [
    'div',
    {
      class: `clause ${kind}`,
      'data-kind': kind,
      ...(node.attrs.id ? { 'data-id': node.attrs.id } : {}),
      // Rendered for styling only; parse rules do not read it back, so pasted text never brings proposals.
      ...(node.attrs.proposal ? { 'data-proposal': node.attrs.proposal } : {}),
      ...(node.attrs.bracketed ? { 'data-bracketed': node.attrs.bracketed } : {}),
    },
    0,
  ]

const clauseParse = (kind: string) => [
  {
    tag: `div[data-kind="${kind}"]`,
    getAttrs: (dom: DOMElement) => ({ id: dom.getAttribute('data-id') }),
  },
]

// A part of the draft holding the paragraphs of one kind. Backspace, Delete and lifting stop at its edges
// (isolating), and no key selects it whole: two presses at the start of the first operative paragraph must not
// take the preamble away.
const partSpec = (kind: string, className: string): NodeSpec => ({
  content: `${kind}*`,
  isolating: true,
  selectable: false,
  parseDOM: [{ tag: `section.${className}` }],
  toDOM: () => ['section', { class: className }, 0],
})

/**
 * The resolution schema. A document is a header, a title, the authoring formula, the preamble (its preambular
 * paragraphs), the operative part (its operative paragraphs) and closing lines, in that order. The two parts
 * are nodes of their own, not a run of paragraphs told apart by kind: two delegations adding, at the same
 * moment, a last preambular and a first operative paragraph insert into different parts, where a flat list
 * would order them by chance and could put the operative paragraph first. Clauses (preambular, operative, sub-paragraph) hold a
 * first `para` and then nested sub-paragraphs or quotations; their numbers are never stored but computed from
 * position (see `numbering.ts`). Footnotes are inline nodes anchored where they are cited.
 */
export const schema = new Schema({
  nodes: {
    doc: {
      content: 'header title formula preamble operative_part closing?',
      attrs: {
        lang: { default: 'en', validate: oneOf('lang', LANGUAGES) },
        organ: { default: 'ga', validate: oneOf('organ', ORGANS) },
      },
    },
    header: {
      content: 'header_field*',
      defining: true,
      parseDOM: [{ tag: 'header' }],
      toDOM: () => ['header', { class: 'res-header' }, 0],
    },
    header_field: {
      content: 'inline*',
      attrs: { name: { validate: oneOf('header field', HEADER_FIELDS) } },
      defining: true,
      parseDOM: [
        {
          tag: 'p[data-field]',
          getAttrs: (dom: DOMElement) => {
            const name = dom.getAttribute('data-field')
            return name && (HEADER_FIELDS as readonly string[]).includes(name) ? { name } : false
          },
        },
      ],
      toDOM: (node) => ['p', { class: `field field-${node.attrs.name}`, 'data-field': node.attrs.name }, 0],
    },
    title: {
      content: 'inline*',
      attrs: { number: { default: null, validate: optionalString('resolution number') } },
      defining: true,
      parseDOM: [{ tag: 'h1', getAttrs: (dom: DOMElement) => ({ number: dom.getAttribute('data-number') }) }],
      toDOM: (node) => [
        'h1',
        { class: 'res-title', ...(node.attrs.number ? { 'data-number': node.attrs.number } : {}) },
        0,
      ],
    },
    formula: {
      content: 'inline*',
      defining: true,
      parseDOM: [{ tag: 'p.formula' }],
      toDOM: () => ['p', { class: 'formula' }, 0],
    },
    preamble: partSpec('preambular', 'preamble'),
    operative_part: partSpec('operative', 'operative-part'),
    preambular: {
      content: 'para (subparagraph | quotation)*',
      attrs: clauseAttrs,
      defining: true,
      parseDOM: clauseParse('preambular'),
      toDOM: clauseDOM('preambular'),
    },
    operative: {
      content: 'para (subparagraph | quotation)*',
      attrs: clauseAttrs,
      defining: true,
      parseDOM: clauseParse('operative'),
      toDOM: clauseDOM('operative'),
    },
    subparagraph: {
      content: 'para (subparagraph | quotation)*',
      attrs: clauseAttrs,
      defining: true,
      parseDOM: clauseParse('subparagraph'),
      toDOM: clauseDOM('subparagraph'),
    },
    quotation: {
      content: '(para | subparagraph)+',
      defining: true,
      parseDOM: [{ tag: 'blockquote' }],
      toDOM: () => ['blockquote', { class: 'quotation' }, 0],
    },
    para: {
      content: 'inline*',
      parseDOM: [{ tag: 'p' }],
      toDOM: () => ['p', 0],
    },
    closing: {
      content: 'para+',
      defining: true,
      parseDOM: [{ tag: 'footer' }],
      toDOM: () => ['footer', { class: 'closing' }, 0],
    },
    text: { group: 'inline' },
    footnote: {
      group: 'inline',
      inline: true,
      atom: true,
      content: 'text*',
      marks: 'em sup',
      attrs: idAttrs,
      parseDOM: [
        { tag: 'span.footnote', getAttrs: (dom: DOMElement) => ({ id: dom.getAttribute('data-id') }) },
      ],
      toDOM: (node) => [
        'span',
        { class: 'footnote', ...(node.attrs.id ? { 'data-id': node.attrs.id } : {}) },
        0,
      ],
    },
    xref: {
      group: 'inline',
      inline: true,
      atom: true,
      attrs: { target: { validate: 'string' } },
      parseDOM: [
        {
          tag: 'a.xref[data-target]',
          getAttrs: (dom: DOMElement) => ({ target: dom.getAttribute('data-target') }),
        },
      ],
      toDOM: (node) => ['a', { class: 'xref', 'data-target': node.attrs.target }],
    },
    hard_break: {
      group: 'inline',
      inline: true,
      selectable: false,
      parseDOM: [{ tag: 'br' }],
      toDOM: () => ['br'],
    },
  },
  marks: {
    bracket: bracketMarkSpec,
    opening: {
      inclusive: true,
      parseDOM: [{ tag: 'em.opening' }],
      toDOM: () => ['em', { class: 'opening' }, 0],
    },
    em: {
      parseDOM: [{ tag: 'em' }, { tag: 'i' }, { style: 'font-style=italic' }],
      toDOM: () => ['em', 0],
    },
    sup: {
      excludes: 'sup',
      parseDOM: [{ tag: 'sup' }],
      toDOM: () => ['sup', 0],
    },
    insertion: {
      attrs: { amendment: { validate: 'string' }, delegation: { validate: 'string' } },
      excludes: '',
      inclusive: false,
      parseDOM: [
        {
          tag: 'ins[data-amendment]',
          getAttrs: (dom: DOMElement) => ({
            amendment: dom.getAttribute('data-amendment'),
            delegation: dom.getAttribute('data-delegation') ?? '',
          }),
        },
      ],
      toDOM: (mark: Mark) => [
        'ins',
        { 'data-amendment': mark.attrs.amendment, 'data-delegation': mark.attrs.delegation },
        0,
      ],
    },
    deletion: {
      attrs: { amendment: { validate: 'string' }, delegation: { validate: 'string' } },
      excludes: '',
      inclusive: false,
      parseDOM: [
        {
          tag: 'del[data-amendment]',
          getAttrs: (dom: DOMElement) => ({
            amendment: dom.getAttribute('data-amendment'),
            delegation: dom.getAttribute('data-delegation') ?? '',
          }),
        },
      ],
      toDOM: (mark: Mark) => [
        'del',
        { 'data-amendment': mark.attrs.amendment, 'data-delegation': mark.attrs.delegation },
        0,
      ],
    },
  },
})

/** The node types of clauses that carry a stable id and a computed number or label. */
export const CLAUSE_TYPES = ['preambular', 'operative', 'subparagraph'] as const

/** One of {@link CLAUSE_TYPES}. */
export type ClauseType = (typeof CLAUSE_TYPES)[number]
