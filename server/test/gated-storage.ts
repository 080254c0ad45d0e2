// A Storage that can hold back the appending of updates, for the tests of the "Saved" status: while the gate is
// closed, `appendUpdate` waits (and says so); opened, the held updates are stored in order. Everything else goes
// straight to the storage it wraps.
import type { Storage } from '../index.ts'

/** What a gated storage reports: an update arrived and waits at the closed gate, or an update is stored. */
export type GateEvent = 'held' | 'stored'

/** A storage whose appends can be held back, and what it reported. */
export interface GatedStorage extends Storage {
  /** Closes the gate: appends wait from now on. */
  hold(): void
  /** Opens it: the waiting appends go through, in order. */
  release(): void
  /** Every update stored, in order. */
  readonly stored: Uint8Array[]
}

/** Wraps a storage so that its appends can be held back; `onEvent` hears each update held and stored. */
export function gatedStorage(inner: Storage, onEvent: (event: GateEvent) => void = () => {}): GatedStorage {
  let gate: Promise<void> | null = null
  let open: () => void = () => {}
  const stored: Uint8Array[] = []
  const controls = {
    hold() {
      gate ??= new Promise<void>((resolve) => {
        open = resolve
      })
    },
    release() {
      gate = null
      open()
    },
    stored,
    async appendUpdate(id: string, update: Uint8Array): Promise<number> {
      if (gate) {
        onEvent('held')
        await gate
      }
      const seq = await inner.appendUpdate(id, update)
      stored.push(update)
      onEvent('stored')
      return seq
    },
  }
  return new Proxy(inner, {
    get(target, name, receiver) {
      if (Object.hasOwn(controls, name)) return controls[name as keyof typeof controls]
      const value = Reflect.get(target, name, receiver)
      return typeof value === 'function' ? value.bind(target) : value
    },
  }) as GatedStorage
}
