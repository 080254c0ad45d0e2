import { Plugin } from 'prosemirror-state'
import { direction } from '../../../schema/index.ts'
import { draftLang } from './draft-lang.ts'

/**
 * Puts the draft's language and writing direction on the editor element (ProseMirror's own `.ProseMirror`), so
 * Arabic runs right to left and each script gets its fonts through `:lang()` rules.
 */
export function directionPlugin(): Plugin {
  return new Plugin({
    props: {
      attributes: (state) => {
        const { lang } = draftLang(state.doc)
        return { lang, dir: direction(lang), class: 'resolution', spellcheck: 'true' }
      },
    },
  })
}
