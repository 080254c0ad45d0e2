import type { EditorView } from 'prosemirror-view'
import type * as Y from 'yjs'
import {
  isLang,
  isOrgan,
  type Lang,
  META,
  type Organ,
  SCHEMA_VERSION,
  SHARED,
} from '../../../schema/index.ts'
import { LOCAL_META } from '../plugins/readonly.ts'

/** A draft's metadata as the shared `meta` map holds it. */
export interface DraftMeta {
  schemaVersion: unknown
  lang: Lang
  organ: Organ
}

/** Reads the `meta` map of a draft's Y.Doc; an unknown language or organ falls back to English and the GA. */
export function readMeta(ydoc: Y.Doc): DraftMeta {
  const meta = ydoc.getMap(SHARED.meta)
  const lang = meta.get(META.lang)
  const organ = meta.get(META.organ)
  return {
    schemaVersion: meta.get(META.schemaVersion),
    lang: isLang(lang) ? lang : 'en',
    organ: isOrgan(organ) ? organ : 'ga',
  }
}

/**
 * Whether this client can edit a draft of a schema version. Only its own version: y-prosemirror deletes what it
 * cannot parse, so a newer (or unmarked) draft must never be bound for editing.
 */
export const knowsSchemaVersion = (version: unknown): boolean => version === SCHEMA_VERSION

/**
 * Keeps the editor's document attributes (language, organ) equal to the `meta` map. y-prosemirror syncs the
 * document's content but not the attributes of its top node, so they are set here by a local transaction that
 * no peer sees (its step changes no shared content) and that undo ignores. Returns a function that stops.
 */
export function followMeta(view: EditorView, ydoc: Y.Doc, onChange?: (meta: DraftMeta) => void): () => void {
  const map = ydoc.getMap(SHARED.meta)
  const apply = () => {
    const meta = readMeta(ydoc)
    const { attrs } = view.state.doc
    if (attrs.lang !== meta.lang || attrs.organ !== meta.organ) {
      const tr = view.state.tr
      if (attrs.lang !== meta.lang) tr.setDocAttribute('lang', meta.lang)
      if (attrs.organ !== meta.organ) tr.setDocAttribute('organ', meta.organ)
      view.dispatch(tr.setMeta(LOCAL_META, true).setMeta('addToHistory', false))
    }
    onChange?.(meta)
  }
  const observer = (event: Y.YMapEvent<unknown>) => {
    if (event.keysChanged.has(META.lang) || event.keysChanged.has(META.organ)) apply()
  }
  map.observe(observer)
  apply()
  return () => map.unobserve(observer)
}
