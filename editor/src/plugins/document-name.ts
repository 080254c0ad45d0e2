import type { Node } from 'prosemirror-model'
import { Plugin } from 'prosemirror-state'
import { t } from '../i18n/i18n.ts'

/** The draft's title as one line of text, or '' when the title is empty. */
export function draftTitle(doc: Node): string {
  let title = ''
  doc.forEach((node) => {
    if (node.type.name === 'title') title = node.textContent.replace(/\s+/g, ' ').trim()
  })
  return title
}

/**
 * Announces the editor as what it is: a multi-line text field (`role="textbox"`, which also lets the read-only
 * plugin's `aria-readonly` be valid ARIA) named by the draft's title, so that a screen reader says
 * "Strengthening international cooperation…, edit text" rather than an unnamed group.
 */
export function documentNamePlugin(): Plugin {
  return new Plugin({
    props: {
      attributes: (state): Record<string, string> => ({
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': draftTitle(state.doc) || t('a11y.untitledDraft'),
      }),
    },
  })
}
