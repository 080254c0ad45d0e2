import type { Node } from 'prosemirror-model'
import { Plugin, PluginKey, type Transaction } from 'prosemirror-state'
import { ReplaceStep } from 'prosemirror-transform'
import { Decoration, DecorationSet } from 'prosemirror-view'
import { t } from '../i18n/i18n.ts'
import type { StringKey } from '../i18n/strings.ts'
import { editsInlineOnly } from './decoration-diff.ts'

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

/** Whether an edit of text empties a line or puts the first text in an empty one (see `editsInlineOnly`). */
function emptiesOrFills(tr: Transaction): boolean {
  return tr.steps.some((step, i) => {
    if (!(step instanceof ReplaceStep)) return false
    const before = tr.docs[i]!.resolve(step.from).parent
    const after = (tr.docs[i + 1] ?? tr.doc).resolve(step.from).parent
    return before.content.size === 0 || after.content.size === 0
  })
}

/** Shows what goes in each empty line of the template, so a new draft explains itself. */
export function placeholderPlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: placeholderKey,
    state: {
      init: (_, state) => placeholderDecorations(state.doc),
      apply: (tr, previous) => {
        if (tr.getMeta(placeholderKey)) return placeholderDecorations(tr.doc)
        if (!tr.docChanged) return previous
        // Typing in a line that stays non-empty, or marking words, changes no hint: the hints move with the text.
        if (editsInlineOnly(tr) && !emptiesOrFills(tr)) return previous.map(tr.mapping, tr.doc)
        return placeholderDecorations(tr.doc)
      },
    },
    props: { decorations: (state) => placeholderKey.getState(state) },
  })
}
