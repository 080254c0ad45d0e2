import { Plugin } from 'prosemirror-state'
import { draftSymbol, printStyle } from '../../../schema/index.ts'
import { draftLang } from './draft-lang.ts'

/**
 * Ctrl-P on the draft page prints as the PDF export does: this keeps the schema's print style sheet
 * (`printStyle`: A4, the UN first page, the symbol and "n/N" on the pages after it) in a style sheet adopted by
 * the document (constructed, not a `<style>` element, which the page's Content-Security-Policy would refuse),
 * written again when the symbol changes, and the draft's language on the notes under the text (drawn outside
 * the editor), so that they print in the draft's type. The page's own print rules (`style/print.css`) hide
 * the chrome around the sheet.
 */
export function printStylePlugin(notes: HTMLElement): Plugin {
  return new Plugin({
    view(view) {
      const sheet = new CSSStyleSheet()
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]
      let symbol: string | null | undefined
      const follow = () => {
        const next = draftSymbol(view.state.doc)
        if (next !== symbol) {
          symbol = next
          sheet.replaceSync(printStyle(next))
        }
        const { lang } = draftLang(view.state.doc)
        if (notes.lang !== lang) notes.lang = lang
      }
      follow()
      return {
        update: (_, previous) => {
          if (view.state.doc !== previous.doc) follow()
        },
        destroy: () => {
          document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet)
        },
      }
    },
  })
}
