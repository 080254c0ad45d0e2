import type { EditorView } from 'prosemirror-view'

/**
 * Puts the focus in the editor once the page has been painted: focusing reads the layout (the browser scrolls
 * the selection into view), and doing it while the page is built forces the first full layout before the first
 * frame, which delays the moment the text shows. Leaves the focus where it is if the user has already put it
 * somewhere (a click or Tab during that frame), and does nothing once the editor is gone.
 */
export function focusAfterFirstPaint(view: EditorView): void {
  // A frame callback runs just before the paint; the task it queues runs just after.
  requestAnimationFrame(() =>
    setTimeout(() => {
      if (view.isDestroyed) return
      const active = document.activeElement
      if (active && active !== document.body && active !== view.dom && !view.dom.contains(active)) return
      view.focus()
    }),
  )
}
