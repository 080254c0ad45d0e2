import type { Node } from 'prosemirror-model'
import {
  type AmendmentRecord,
  clauseName,
  cleanView,
  compile,
  numberDocument,
  statusLookup,
} from '../../schema/index.ts'

/** Names a clause by its stable id as the draft numbers it at one moment; null for an id it does not hold. */
export type ClauseLabeller = (clause: string) => string | null

const PREFIXES: Record<string, string> = { OP: 'operative paragraph ', PP: 'preambular paragraph ' }

/**
 * How a history entry names a clause: by its number in the agreed text at that moment, as amendments do
 * ("operative paragraph 5", "operative paragraph 4 (a)"); a proposed new paragraph by the number of the one it
 * follows, as a compilation text does ("operative paragraph 5 bis"). The numbering is worked out on first use
 * only, and once.
 */
export function clauseLabeller(doc: Node, records: readonly AmendmentRecord[]): ClauseLabeller {
  let clean: ReturnType<typeof numberDocument> | null = null
  let compiled: ReturnType<typeof compile> | null = null
  return (clause) => {
    clean ??= numberDocument(cleanView(doc, statusLookup(records)).doc)
    const info = clean.byId.get(clause)
    if (info) return clauseName(info)
    compiled ??= compile(doc, records)
    const reference = compiled.reference(clause)
    if (reference === clause) return null
    const prefix = /^(OP|PP)/.exec(reference)?.[1]
    return prefix ? PREFIXES[prefix] + reference.slice(2) : reference
  }
}
