import type { Node } from 'prosemirror-model'
import { isLang, isOrgan, type Lang, type Organ } from '../../../schema/index.ts'

/**
 * The language and organ of a draft, as the editor holds them on its document node. y-prosemirror does not
 * sync the document node's attributes, so the page sets them from the shared `meta` map (see
 * `collab/meta.ts`); every plugin reads them from here.
 */
export function draftLang(doc: Node): { lang: Lang; organ: Organ } {
  return {
    lang: isLang(doc.attrs.lang) ? doc.attrs.lang : 'en',
    organ: isOrgan(doc.attrs.organ) ? doc.attrs.organ : 'ga',
  }
}
