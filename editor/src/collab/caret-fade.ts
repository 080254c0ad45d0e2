import { Plugin } from 'prosemirror-state'
import type { Awareness } from 'y-protocols/awareness'

/** What an awareness 'change' event lists: the clients whose states were added, updated or removed. */
interface AwarenessChanges {
  added: number[]
  updated: number[]
  removed: number[]
}

/**
 * Shows the name label of another delegation's caret again each time that caret moves. The label fades by a CSS
 * animation (`style/carets.css`) that runs once, when it is drawn; y-prosemirror keeps the same element while the
 * caret moves inside a paragraph, so the animation is started again here for each caret whose position changed in
 * the awareness. Carets are found by the client id that `cursorBuilder` writes on them (`data-client`).
 */
export function caretFadePlugin(awareness: Awareness): Plugin {
  return new Plugin({
    view(view) {
      const last = new Map<number, string>()
      const onChange = ({ added, updated, removed }: AwarenessChanges) => {
        const moved: number[] = []
        for (const id of [...added, ...updated]) {
          if (id === awareness.clientID) continue
          const cursor = JSON.stringify(
            (awareness.getStates().get(id) as { cursor?: unknown })?.cursor ?? null,
          )
          if (last.get(id) !== cursor) moved.push(id)
          last.set(id, cursor)
        }
        for (const id of removed) last.delete(id)
        if (moved.length === 0) return
        // After y-prosemirror has redrawn the carets for this same change (its listener may come after this one).
        queueMicrotask(() => {
          for (const id of moved) {
            for (const label of view.dom.querySelectorAll(
              `.remote-cursor[data-client="${id}"] .remote-cursor-label`,
            )) {
              for (const animation of label.getAnimations()) {
                animation.cancel()
                animation.play()
              }
            }
          }
        })
      }
      awareness.on('change', onChange)
      return { destroy: () => awareness.off('change', onChange) }
    },
  })
}
