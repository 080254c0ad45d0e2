import type { Node } from 'prosemirror-model'
import * as Y from 'yjs'
import { META, SCHEMA_VERSION, SHARED, schema } from '../../schema/index.ts'
import { docAttrsFromMeta, writeDocToFragment, yElementToNode, yFragmentToDoc } from '../convert/index.ts'
import type { DraftFields, StoredDraft } from '../storage/index.ts'
import { draftFields } from './fields.ts'
import { migrateDraft } from './migrate.ts'

/**
 * An empty shared document for a draft, its shared types defined: Yjs garbage collection off, because later
 * revisions are compared with earlier ones.
 */
export function newDraftDoc(): Y.Doc {
  const ydoc = new Y.Doc({ gc: false })
  ydoc.getXmlFragment(SHARED.document)
  ydoc.getMap(SHARED.amendments)
  ydoc.getMap(SHARED.meta)
  return ydoc
}

/** The shared document of a new draft: the ProseMirror document in the fragment, its version and attributes in `meta`. */
export function draftDocFrom(doc: Node): Y.Doc {
  const ydoc = newDraftDoc()
  ydoc.transact(() => {
    writeDocToFragment(doc, ydoc.getXmlFragment(SHARED.document))
    const meta = ydoc.getMap(SHARED.meta)
    meta.set(META.schemaVersion, SCHEMA_VERSION)
    meta.set(META.lang, doc.attrs.lang)
    meta.set(META.organ, doc.attrs.organ)
  })
  return ydoc
}

/**
 * The shared document of a stored draft: its compacted state with the log since applied on top, brought to
 * this schema version (see `migrateDraft`). `migrated` is given the update that did that, if one was needed,
 * for a caller that stores it.
 */
export function draftDocFromStore(stored: StoredDraft, migrated?: (update: Uint8Array) => void): Y.Doc {
  const ydoc = newDraftDoc()
  // One transaction for the whole log: Yjs then merges adjacent items and fires its observers once, which
  // makes reopening a draft with a long uncompacted log (after a crash) about three times faster.
  // Y.mergeUpdates is no help here: it is quadratic on logs of keystrokes at scattered positions.
  ydoc.transact(() => {
    Y.applyUpdate(ydoc, stored.snapshot)
    for (const update of stored.updates) Y.applyUpdate(ydoc, update)
  })
  const update = migrateDraft(ydoc)
  if (update) migrated?.(update)
  return ydoc
}

/** The ProseMirror document a shared document holds, checked against the schema. */
export const proseMirrorDoc = (ydoc: Y.Doc): Node =>
  yFragmentToDoc(ydoc.getXmlFragment(SHARED.document), docAttrsFromMeta(ydoc.getMap(SHARED.meta)))

// The top-level nodes `draftFields` reads (header and title, never in a part).
const LISTED: ReadonlySet<string> = new Set([schema.nodes.header.name, schema.nodes.title.name])

/**
 * What the draft a shared document holds is listed by (`draftFields`), converting only its header and title:
 * cheap enough for every compaction of a long draft. Throws an InvalidDocumentError if those do not convert.
 */
export function listedFields(ydoc: Y.Doc): DraftFields {
  const listed: Node[] = []
  ydoc
    .getXmlFragment(SHARED.document)
    .toArray()
    .forEach((element, i) => {
      if (element instanceof Y.XmlElement && LISTED.has(element.nodeName)) {
        listed.push(yElementToNode(element, `doc/${i}:${element.nodeName}`))
      }
    })
  return draftFields(schema.topNodeType.create(docAttrsFromMeta(ydoc.getMap(SHARED.meta)), listed))
}
