import type { Node } from 'prosemirror-model'
import { Plugin, PluginKey } from 'prosemirror-state'
import { Decoration, DecorationSet } from 'prosemirror-view'
import { t } from '../i18n/i18n.ts'
import type { StringKey } from '../i18n/strings.ts'

/** Key of the placeholder plugin; a transaction with this meta redraws the hints (after a language switch). */
export const placeholderKey = new PluginKey<DecorationSet>('placeholder')

function hint(node: Node, parent: Node | null): string | null {
  if (node.content.size > 0) return null
  switch (node.type.name) {
    case 'header_field':
      return t(`placeholder.${node.attrs.name}` as StringKey)
    case 'title':
      return t('placeholder.title')
    case 'para': {
      const kind = parent?.type.name
      if (kind === 'preambular' || kind === 'operative' || kind === 'subparagraph') {
        return t(`placeholder.${kind}`)
      }
      return null
    }
    default:
      return null
  }
}

/** Grey hints in empty header lines, the title and empty paragraphs, in the interface language. */
export function placeholderDecorations(doc: Node): DecorationSet {
  const decorations: Decoration[] = []
  const visit = (node: Node, pos: number, parent: Node | null) => {
    const text = hint(node, parent)
    if (text)
      decorations.push(
        Decoration.node(pos, pos + node.nodeSize, { class: 'empty', 'data-placeholder': text }),
      )
  }
  doc.descendants((node, pos, parent) => {
    if (node.isTextblock) {
      visit(node, pos, parent)
      return false
    }
    return true
  })
  return DecorationSet.create(doc, decorations)
}

/** Shows what goes in each empty line of the template, so a new draft explains itself. */
export function placeholderPlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: placeholderKey,
    state: {
      init: (_, state) => placeholderDecorations(state.doc),
      apply: (tr, previous) =>
        tr.docChanged || tr.getMeta(placeholderKey) ? placeholderDecorations(tr.doc) : previous,
    },
    props: { decorations: (state) => placeholderKey.getState(state) },
  })
}
