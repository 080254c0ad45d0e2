import * as Y from 'yjs'
import { SHARED, seenOf, type WalkTypes } from '../../../schema/index.ts'

/**
 * What this editor shows of each amendment (schema's `seenOf` over this page's shared document: the words its
 * marks cover, by Yjs id), for the record of the facilitator's decision.
 */
export const seenHere = (ydoc: Y.Doc, ids: readonly string[]): Map<string, string> =>
  seenOf(ydoc.getXmlFragment(SHARED.document), ids, Y as unknown as WalkTypes)
