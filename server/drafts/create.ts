import { randomBytes } from 'node:crypto'
import { Fragment, type Node } from 'prosemirror-model'
import * as Y from 'yjs'
import { SHARED, type Sponsorship, schema, withIds } from '../../schema/index.ts'
import type { DraftFields, DraftMeta, Storage } from '../storage/index.ts'
import { draftFields } from './fields.ts'
import { seedSponsors } from './sponsors-seed.ts'
import { draftDocFrom } from './ydoc.ts'

const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789'

/** A fresh draft id: 'd' and 11 random characters that cannot be misread (no 0/o, 1/l), safe in a URL. */
export function newDraftId(): string {
  let id = 'd'
  for (const b of randomBytes(11)) id += ALPHABET[b % ALPHABET.length]
  return id
}

/** The document with its title line replaced by `title` (the resolution number, if any, is kept). */
export function withTitle(doc: Node, title: string): Node {
  const text = title.trim()
  const children: Node[] = []
  doc.forEach((child) => {
    children.push(
      child.type.name === 'title' ? child.type.create(child.attrs, text ? schema.text(text) : null) : child,
    )
  })
  return doc.copy(Fragment.fromArray(children))
}

/** A new draft as the store takes it: its shared document's state, and what it is listed by. */
export interface DraftState {
  state: Uint8Array
  fields: DraftFields
}

/**
 * A document made ready to store as a new draft. Every clause and footnote gets its stable id here, so no
 * client has to add one (an observer's editor could not). A header with a sponsor line starts the draft's
 * sponsor list (see `seedSponsors`). Pure: the upload thread runs it off the event loop for a large import.
 */
export function draftState(doc: Node, now = Date.now()): DraftState {
  doc.check()
  const seeded = seedSponsors(withIds(doc), now)
  const ydoc = draftDocFrom(seeded.doc)
  ydoc.transact(() => {
    const map = ydoc.getMap<Sponsorship>(SHARED.sponsors)
    for (const { delegation, ...entry } of seeded.sponsors) map.set(delegation, entry)
  })
  return { state: Y.encodeStateAsUpdate(ydoc), fields: draftFields(seeded.doc) }
}

/** Stores a prepared draft (see {@link draftState}) under a fresh id and returns its listing. */
export const storeNewDraft = (storage: Storage, { state, fields }: DraftState): Promise<DraftMeta> =>
  storage.createDraft(newDraftId(), fields, state)

/** Stores a document as a new draft (see {@link draftState}) and returns its listing. */
export async function createDraft(storage: Storage, doc: Node, now = Date.now()): Promise<DraftMeta> {
  return storeNewDraft(storage, draftState(doc, now))
}
