import type { EditorState } from 'prosemirror-state'
import {
  absolutePositionToRelativePosition,
  relativePositionToAbsolutePosition,
  ySyncPluginKey,
} from 'y-prosemirror'
import * as Y from 'yjs'

interface Binding {
  type: Y.XmlFragment
  doc: Y.Doc
  mapping: Map<unknown, unknown>
}

const bindingOf = (state: EditorState): Binding | null =>
  (ySyncPluginKey.getState(state) as { binding?: Binding } | undefined)?.binding ?? null

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes))
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0))

/**
 * Where the selected words are, as a comment's anchor: a pair of Yjs relative positions (base64, the first
 * one's length in the first byte), which follow the words as others edit around them. Null without a selection
 * or a shared document.
 */
export function anchorOfSelection(state: EditorState): string | null {
  const binding = bindingOf(state)
  const { from, to, empty } = state.selection
  if (!binding || empty) return null
  // y-prosemirror's mapping type is its own; the binding's is the one it made.
  const mapping = binding.mapping as Parameters<typeof absolutePositionToRelativePosition>[2]
  const start = Y.encodeRelativePosition(absolutePositionToRelativePosition(from, binding.type, mapping))
  const end = Y.encodeRelativePosition(absolutePositionToRelativePosition(to, binding.type, mapping))
  if (start.length > 255) return null
  return toBase64(Uint8Array.from([start.length, ...start, ...end]))
}

/** Where an anchor's words are now, or null if they are gone or the anchor cannot be read. */
export function rangeOfAnchor(state: EditorState, anchor: string): { from: number; to: number } | null {
  const binding = bindingOf(state)
  if (!binding) return null
  try {
    const bytes = fromBase64(anchor)
    const length = bytes[0]!
    const mapping = binding.mapping as Parameters<typeof relativePositionToAbsolutePosition>[3]
    const at = (part: Uint8Array) =>
      relativePositionToAbsolutePosition(binding.doc, binding.type, Y.decodeRelativePosition(part), mapping)
    const from = at(bytes.subarray(1, 1 + length))
    const to = at(bytes.subarray(1 + length))
    return from === null || to === null || to <= from ? null : { from, to }
  } catch {
    return null
  }
}
