import type { Awareness } from 'y-protocols/awareness'

/** What an awareness 'change' event lists: the clients whose states were added, updated or removed. */
interface AwarenessChanges {
  added: number[]
  updated: number[]
  removed: number[]
}

type Listener = (...args: unknown[]) => void

/**
 * The awareness as y-prosemirror's cursor plugin should see it: the same object, except that a 'change' that
 * concerns this page's own state alone is not announced. The plugin listens to learn that other delegations'
 * carets moved, and redraws them with a transaction of its own for every change it hears; announced its own
 * caret, which moves with every key press, it dispatched a second transaction after each key for nothing (this
 * page draws no caret of its own).
 */
export function othersOnly(awareness: Awareness): Awareness {
  const wrapped = new Map<Listener, Listener>()
  const aboutOthers = (changes: AwarenessChanges): boolean =>
    [changes.added, changes.updated, changes.removed].some((ids) =>
      ids.some((id) => id !== awareness.clientID),
    )
  return new Proxy(awareness, {
    get(target, property) {
      if (property === 'on') {
        return (name: string, listener: Listener) => {
          if (name !== 'change') return target.on(name, listener)
          const filtered: Listener = (changes, ...rest) => {
            if (aboutOthers(changes as AwarenessChanges)) listener(changes, ...rest)
          }
          wrapped.set(listener, filtered)
          target.on(name, filtered)
        }
      }
      if (property === 'off') {
        return (name: string, listener: Listener) => {
          target.off(name, wrapped.get(listener) ?? listener)
          wrapped.delete(listener)
        }
      }
      const value = Reflect.get(target, property, target)
      return typeof value === 'function' ? value.bind(target) : value
    },
  })
}
