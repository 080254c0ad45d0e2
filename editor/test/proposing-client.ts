// A delegation's proposal made over the collaboration socket as its editor makes it (the words inserted with its
// insertion mark and the amendment's record, in one Yjs transaction), for browser tests that need many
// delegations' proposals on a draft without a browser page for each.
import { Transform } from 'prosemirror-transform'
import { WebSocket } from 'ws'
import { updateYFragment, yXmlFragmentToProseMirrorRootNode } from 'y-prosemirror'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { referredWords, SHARED, schema } from '../../schema/index.ts'
import { yMapStore } from '../src/suggestion/store.ts'

/**
 * Connects to a draft as `delegation` (its token), inserts ` WORDS` with its mark at the end of the lead paragraph
 * of the `nth` operative paragraph (0-based, wrapping around), records the proposal as amendment `amendment`,
 * and resolves to a function that closes the connection (once the server may have stored it, close it last).
 */
export async function proposeInsertion(
  base: string,
  draftId: string,
  token: string,
  delegation: string,
  amendment: string,
  nth: number,
  words: string,
): Promise<() => void> {
  const ydoc = new Y.Doc()
  const provider = new WebsocketProvider(`${base.replace('http', 'ws')}/collab`, draftId, ydoc, {
    params: { token },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  })
  await new Promise<void>((resolve) => {
    if (provider.synced) resolve()
    else provider.on('sync', (synced: boolean) => synced && resolve())
  })
  const fragment = ydoc.getXmlFragment(SHARED.document)
  const doc = yXmlFragmentToProseMirrorRootNode(fragment, schema)
  const clauses: { pos: number; id: string; leadSize: number }[] = []
  doc.descendants((node, pos) => {
    if (node.type.name === 'operative')
      clauses.push({ pos, id: node.attrs.id, leadSize: node.firstChild!.nodeSize })
    return node.type.name !== 'operative'
  })
  const clause = clauses[nth % clauses.length]
  if (!clause) throw new Error(`proposeInsertion: draft ${draftId} has no operative paragraph`)
  const tr = new Transform(doc)
  const mark = schema.marks.insertion.create({ amendment, delegation })
  // The end of the lead paragraph: past the operative's opening, then to the paragraph's closing.
  tr.insert(clause.pos + 1 + clause.leadSize - 1, schema.text(` ${words}`, [mark]))
  const now = Date.now()
  ydoc.transact(() => {
    updateYFragment(ydoc, fragment, tr.doc, { mapping: new Map(), isOMark: new Map() })
    yMapStore(ydoc).set({
      id: amendment,
      delegation,
      clause: clause.id,
      kind: 'insert-words',
      status: 'proposed',
      rationale: '',
      supporters: [],
      created: now,
      updated: now,
      original: referredWords(tr.doc, amendment, new Map()),
    })
  })
  return () => {
    provider.destroy()
    provider.awareness.destroy()
    ydoc.destroy()
  }
}
