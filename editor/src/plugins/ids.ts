import { Plugin, PluginKey, type Transaction } from 'prosemirror-state'
import { ySyncPluginKey } from 'y-prosemirror'
import { idFixes, newId } from '../../../schema/index.ts'

/** Key of the ids plugin. */
export const idsKey = new PluginKey('ids')

/** Whether a transaction brings changes of other peers (or a reload) from Yjs rather than from this editor. */
export const isRemote = (tr: Transaction): boolean => {
  const meta = tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined
  return meta?.isChangeOrigin === true
}

/**
 * Keeps every clause and footnote with a unique, stable id: after a local change that split, pasted or
 * inserted clauses, the copies get fresh ids while the first of each keeps its own. Only the peer that made a
 * change fixes ids; changes that arrive from others through Yjs are left alone, so that two peers never
 * answer each other's fixes with fixes of their own.
 */
export function idsPlugin(make: () => string = newId): Plugin {
  return new Plugin({
    key: idsKey,
    appendTransaction(transactions, _old, state) {
      if (!transactions.some((tr) => tr.docChanged && !isRemote(tr))) return null
      const fixes = idFixes(state.doc, make)
      if (fixes.length === 0) return null
      const tr = state.tr
      for (const fix of fixes) tr.setNodeAttribute(fix.pos, 'id', fix.id)
      return tr
    },
  })
}
