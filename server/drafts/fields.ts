import type { Node } from 'prosemirror-model'
import type { Lang, Organ } from '../../schema/index.ts'
import type { DraftFields } from '../storage/index.ts'

/** What a draft is listed by, read from its document: the title, the symbol header line, language and organ. */
export function draftFields(doc: Node): DraftFields {
  let title = ''
  let symbol = ''
  doc.forEach((block) => {
    if (block.type.name === 'title') title = block.textContent.trim()
    if (block.type.name === 'header') {
      block.forEach((field) => {
        if (field.attrs.name === 'symbol') symbol = field.textContent.trim()
      })
    }
  })
  return { title, symbol, lang: doc.attrs.lang as Lang, organ: doc.attrs.organ as Organ }
}
