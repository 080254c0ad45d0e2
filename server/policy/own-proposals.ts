import type { Node } from 'prosemirror-model'
import { amendmentNames, withoutProposalsOf } from '../../schema/index.ts'
import type { BlockChange, Recorded, UpdateChange } from '../model/index.ts'

/** Touched blocks with no untouched block between them, as they were and as they are. */
interface Run {
  before: BlockChange[]
  after: BlockChange[]
}

/**
 * The touched blocks (paragraphs in their parts, header, title, formula, closing) in runs. Untouched blocks
 * are the same Yjs items, in the same order, before and after the update, so the runs between them correspond; inside a run a client may have rewritten one node
 * into another (y-prosemirror updates the element that matches best, not always the one the user changed).
 */
function runs(blocks: readonly BlockChange[]): Run[] {
  const out: Run[] = []
  let beforeSide = 0
  let afterSide = 0
  let gap = -1
  for (const block of blocks) {
    // How many untouched nodes stand before it: its index less the touched ones before it on its side.
    const at = block.kind === 'removed' ? block.index - beforeSide : block.index - afterSide
    if (at !== gap || out.length === 0) out.push({ before: [], after: [] })
    gap = at
    const run = out[out.length - 1]!
    if (block.kind !== 'added') {
      run.before.push(block)
      beforeSide++
    }
    if (block.kind !== 'removed') {
      run.after.push(block)
      afterSide++
    }
  }
  return out
}

const describe = (block: BlockChange, node: Node): string =>
  `${block.at} (${block.type}${typeof node.attrs.id === 'string' ? ` ${node.attrs.id}` : ''})`

/**
 * Why a delegation's change of the document is more than a change of its own proposals, or null if it is not.
 * Each run of touched blocks must read the same before and after once the delegation's pending
 * proposals are taken out of both (`withoutProposalsOf`), and every amendment its marks and proposals name must
 * be its own: named for no other delegation, and without another delegation's record.
 */
export function textRefusal(change: UpdateChange, delegation: string, recorded: Recorded): string | null {
  const strip = (block: BlockChange, side: 'before' | 'after') => {
    const node = block[side]!
    return { block, node, kept: withoutProposalsOf(node, delegation, recorded.statusOf) }
  }
  for (const run of runs(change.blocks)) {
    const before = run.before.map((b) => strip(b, 'before')).filter((s) => s.kept)
    const after = run.after.map((b) => strip(b, 'after')).filter((s) => s.kept)
    for (let i = 0; i < Math.max(before.length, after.length); i++) {
      const was = before[i]
      const is = after[i]
      if (was && is && was.kept!.eq(is.kept!)) continue
      if (was && is) return `${describe(is.block, is.node)}: changes what is not ${delegation}'s proposal`
      if (was) return `${describe(was.block, was.node)}: removes what is not ${delegation}'s proposal`
      return `${describe(is!.block, is!.node)}: adds a paragraph that is not ${delegation}'s proposal`
    }
  }
  const names = new Map<string, Set<string>>()
  for (const block of change.blocks) if (block.after) amendmentNames(block.after, names)
  for (const [amendment, delegations] of names) {
    if (!delegations.has(delegation)) continue
    if (delegations.size > 1) {
      return `amendment ${amendment} is named for ${[...delegations].sort().join(' and ')}`
    }
    const owner = recorded.delegationOf(amendment)
    if (owner !== undefined && owner !== delegation) {
      return `names ${owner}'s amendment ${amendment} as ${delegation}'s`
    }
  }
  return null
}
