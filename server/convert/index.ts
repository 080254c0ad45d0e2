// Conversion between a draft's shared Y.XmlFragment and ProseMirror documents, in y-prosemirror's encoding.
export { InvalidDocumentError } from './invalid-document.ts'
export { markKey, markNameOfKey } from './mark-key.ts'
export { nodeToYElement, writeDocToFragment } from './pm-to-y.ts'
export {
  checkContent,
  checkTopLevel,
  docAttrsFromMeta,
  pathOf,
  yElementToNode,
  yFragmentToDoc,
} from './y-to-pm.ts'
