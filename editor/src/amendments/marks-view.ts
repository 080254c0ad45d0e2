import type { Mark } from 'prosemirror-model'
import type { MarkViewConstructor } from 'prosemirror-view'
import { onUILanguage, t } from '../i18n/i18n.ts'
import { colorFor } from '../view/delegation-colors.ts'

/**
 * The element of an insertion or deletion mark: `<ins>` or `<del>` in the delegation's colour (the colour of its
 * caret, as `--amend-color`), underlined or struck through, so the two read apart without colour, the
 * delegation's name on hover, and what it is and whose for screen readers.
 */
function changeView(tag: 'ins' | 'del', mark: Mark) {
  const dom = document.createElement(tag)
  const delegation = String(mark.attrs.delegation)
  dom.className = `amend amend-${tag}`
  dom.dataset.amendment = String(mark.attrs.amendment)
  dom.dataset.delegation = delegation
  dom.style.setProperty('--amend-color', colorFor(delegation))
  const label = () => {
    dom.title = t(tag === 'ins' ? 'amend.hover.insertion' : 'amend.hover.deletion', { name: delegation })
    // Read before the words by screen readers ("inserted by France: …"), as the style sheet's alternative text
    // of an empty ::before: nothing in the editable text, nothing copied, nothing seen.
    dom.dataset.spoken = t(tag === 'ins' ? 'a11y.inserted' : 'a11y.deleted', { name: delegation })
  }
  label()
  // A redraw keeps the elements of unchanged marks, so each follows the interface language itself.
  const stop = onUILanguage(label)
  return {
    dom,
    // Its own attributes changing is no change of the text for the editor to read back.
    ignoreMutation: (mutation: { type: string; target: Node }) =>
      mutation.type === 'attributes' && mutation.target === dom,
    destroy: stop,
  }
}

/**
 * Mark views of the insertion and deletion marks, for the editor's `markViews` prop. Given to the view
 * directly (not through a plugin) so that the page can give fresh ones when the interface language changes,
 * which redraws the marks with their hover text in the new language.
 */
export function amendmentMarkViews(): Record<string, MarkViewConstructor> {
  return {
    insertion: (mark) => changeView('ins', mark),
    deletion: (mark) => changeView('del', mark),
  }
}
