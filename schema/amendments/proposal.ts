import type { Node } from 'prosemirror-model'

/**
 * What a delegation proposes for a whole clause: to insert it, to delete it, or to move it. Recorded on the
 * clause node's `proposal` attribute because y-prosemirror does not synchronise node marks.
 */
export const PROPOSAL_KINDS = ['insert', 'delete', 'move'] as const

/** One of {@link PROPOSAL_KINDS}. */
export type ProposalKind = (typeof PROPOSAL_KINDS)[number]

/**
 * A proposal on a whole clause. A move is recorded twice: the clause where it stands now carries
 * `{kind: 'move'}` (it stays in the agreed text until the move is accepted), and a copy at the new place
 * carries `{kind: 'move', from: <id of the clause where it stands now>}`.
 */
export interface ParagraphProposal {
  amendment: string
  delegation: string
  kind: ProposalKind
  /** Only on the copy at the new place of a move: the id of the clause it was moved from. */
  from?: string
}

const KEYS = ['amendment', 'delegation', 'kind', 'from']

/**
 * The attribute value for a proposal: a JSON string with its keys in a fixed order (amendment, delegation,
 * kind, from). A string, not an object, because y-prosemirror stores node attributes as Y.XmlElement
 * attributes and compares them with `!==` when it syncs (sync-plugin.js `updateYFragment`), so an object
 * value would be rewritten on every sync; the fixed key order makes equal proposals equal strings.
 */
export function proposalAttr(proposal: ParagraphProposal): string {
  const checked = checkProposal(proposal, 'proposal')
  return JSON.stringify(
    checked.from === undefined
      ? { amendment: checked.amendment, delegation: checked.delegation, kind: checked.kind }
      : {
          amendment: checked.amendment,
          delegation: checked.delegation,
          kind: checked.kind,
          from: checked.from,
        },
  )
}

function checkProposal(value: unknown, where: string): ParagraphProposal {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new RangeError(
      `${where}: expected an object {amendment, delegation, kind}, got ${JSON.stringify(value)}`,
    )
  }
  const record = value as Record<string, unknown>
  for (const key of Object.keys(record)) {
    if (!KEYS.includes(key)) throw new RangeError(`${where}.${key}: unknown field`)
  }
  const { amendment, delegation, kind, from } = record
  if (typeof amendment !== 'string' || amendment === '') {
    throw new RangeError(`${where}.amendment: expected a non-empty string, got ${JSON.stringify(amendment)}`)
  }
  if (typeof delegation !== 'string' || delegation === '') {
    throw new RangeError(
      `${where}.delegation: expected a non-empty string, got ${JSON.stringify(delegation)}`,
    )
  }
  if (typeof kind !== 'string' || !(PROPOSAL_KINDS as readonly string[]).includes(kind)) {
    throw new RangeError(
      `${where}.kind: expected one of ${PROPOSAL_KINDS.join(', ')}, got ${JSON.stringify(kind)}`,
    )
  }
  if (from !== undefined) {
    if (kind !== 'move') throw new RangeError(`${where}.from: only a move names the clause it comes from`)
    if (typeof from !== 'string' || from === '') {
      throw new RangeError(`${where}.from: expected a clause id, got ${JSON.stringify(from)}`)
    }
  }
  return from === undefined
    ? { amendment, delegation, kind: kind as ProposalKind }
    : { amendment, delegation, kind: kind as ProposalKind, from: from as string }
}

/**
 * Reads a `proposal` attribute value: null, or the JSON string {@link proposalAttr} writes. Throws a RangeError
 * naming the field when the value is not in that exact form, so two spellings of one proposal cannot coexist.
 */
export function parseProposal(value: unknown, where = 'proposal'): ParagraphProposal | null {
  if (value === null) return null
  if (typeof value !== 'string') {
    throw new RangeError(`${where}: expected null or a JSON string, got ${JSON.stringify(value)}`)
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(value)
  } catch {
    throw new RangeError(`${where}: not valid JSON: ${JSON.stringify(value.slice(0, 80))}`)
  }
  const proposal = checkProposal(parsed, where)
  if (proposalAttr(proposal) !== value) {
    throw new RangeError(`${where}: keys must be written in the order amendment, delegation, kind, from`)
  }
  return proposal
}

/** The schema's `validate` for the `proposal` attribute of clause nodes. */
export function validateProposalAttr(value: unknown): void {
  parseProposal(value)
}

/** The proposal recorded on a clause node, or null (also for nodes that have no `proposal` attribute). */
export function proposalOf(node: Node): ParagraphProposal | null {
  const value = node.attrs.proposal
  return value === undefined || value === null ? null : parseProposal(value, `${node.type.name} proposal`)
}
