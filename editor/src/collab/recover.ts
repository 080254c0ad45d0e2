import type { Node } from 'prosemirror-model'
import { yXmlFragmentToProsemirrorJSON } from 'y-prosemirror'
import type * as Y from 'yjs'
import {
  forEachBlock,
  type Numbering,
  numberDocument,
  SHARED,
  type StatusOf,
  schema,
} from '../../../schema/index.ts'
import { clauseNumbers } from '../draft-model/clause-labels.ts'
import { t } from '../i18n/i18n.ts'
import { readMeta } from './meta.ts'
import { type PartKind, partKey } from './parts.ts'
import { unconfirmedParts, untakenParts } from './untaken.ts'

/** A part of the draft as this page had it and the server's text does not: what a refused change would lose. */
export interface RecoveredPart {
  /** The paragraph's stable id, or for a part that occurs once (header, title, formula, closing) its kind. */
  key: string
  kind: PartKind
  /** The number the editor showed on the paragraph ("3", "2 bis"); empty for the other parts. */
  number: string
  /** The words of the part as this page had them, sub-paragraph labels and footnotes (in brackets) included. */
  text: string
}

/** What {@link recoveredParts} may be told besides the two texts. */
export interface RecoverOptions {
  /** The statuses of the amendments as this page knew them, to number paragraphs as its editor did ("2 bis"). */
  statusOf?: StatusOf
  /** Only parts with these keys may be recovered: those holding this page's changes (see `untakenParts`). */
  touched?: ReadonlySet<string>
}

/**
 * The parts of `local` (this page's copy of the draft) that `server` (the server's current text) does not hold
 * as they are: paragraphs whose content differs (words, marks or attributes) or that exist only here, and the
 * header, title, formula or closing when they differ; in document order, each with its local text. Parts left
 * without words are not listed: there is nothing to keep of them. Without the server's text (null), every part
 * in `touched` is listed.
 */
export function recoveredParts(
  local: Node,
  server: Node | null,
  options: RecoverOptions = {},
): RecoveredPart[] {
  const theirs = new Map<string, Node>()
  if (server)
    forEachBlock(server, (node) => {
      const key = partKey(node.type.name, node.attrs.id)
      if (key) theirs.set(key, node)
    })
  const numbering = numberDocument(local)
  const shown = shownNumbers(local, options.statusOf)
  const out: RecoveredPart[] = []
  forEachBlock(local, (node, pos) => {
    const key = partKey(node.type.name, node.attrs.id)
    if (!key || (options.touched && !options.touched.has(key))) return
    if (theirs.get(key)?.eq(node)) return
    const text = partText(node, pos, numbering)
    if (!text) return
    const kind = node.type.name as PartKind
    const number =
      kind === 'preambular' || kind === 'operative'
        ? shown.get(pos) || String(numbering.byPos.get(pos)?.index ?? '')
        : ''
    out.push({ key, kind, number, text })
  })
  return out
}

/** The numbers the editor shows on paragraphs ("2 bis"), by position; empty when they cannot be worked out. */
function shownNumbers(doc: Node, statusOf: StatusOf | undefined): Map<number, string> {
  const out = new Map<number, string>()
  if (!statusOf) return out
  try {
    for (const [pos, number] of clauseNumbers(doc, statusOf)) out.set(pos, number.number)
  } catch {
    // A refused copy can be one the schema does not allow, which the amendment views cannot number: the
    // plain positions serve then.
    out.clear()
  }
  return out
}

/** The words of one block, whitespace collapsed; the header's fields separated by slashes. */
function partText(part: Node, pos: number, numbering: Numbering): string {
  if (part.isTextblock) return inlineText(part).replace(/\s+/g, ' ').trim()
  const pieces: string[] = []
  part.descendants((child, offset) => {
    if (child.type.name === 'subparagraph') {
      const label = numbering.byPos.get(pos + 1 + offset)?.label
      if (label) pieces.push(label)
      return true
    }
    if (!child.isTextblock) return true
    pieces.push(inlineText(child))
    return false
  })
  const joined = pieces.map((piece) => piece.replace(/\s+/g, ' ').trim()).filter(Boolean)
  return joined.join(part.type.name === 'header' ? ' / ' : ' ')
}

/** The text of a textblock, with each footnote's words in brackets where it is cited. */
function inlineText(block: Node): string {
  let text = ''
  block.forEach((child) => {
    if (child.isText) text += child.text
    else if (child.type.name === 'footnote') text += ` [${child.textContent}]`
    else if (child.type.name === 'hard_break') text += ' '
  })
  return text
}

/** The ProseMirror document of a draft's Y.Doc, with the language and organ of its `meta` map. */
export function docOf(ydoc: Y.Doc): Node {
  const json = yXmlFragmentToProsemirrorJSON(ydoc.getXmlFragment(SHARED.document))
  const { lang, organ } = readMeta(ydoc)
  return schema.nodeFromJSON({ ...json, type: 'doc', attrs: { lang, organ } })
}

/**
 * What this page would lose by starting over from the server's copy of the draft after a refusal: the parts
 * in which it holds changes the server did not take (so paragraphs others changed meanwhile are not listed)
 * and whose text differs from the server's, as {@link recoveredParts} lists them. `own` names this browser's
 * Yjs clients (see `untakenParts`).
 */
export function recoverRefused(
  local: Y.Doc,
  server: Y.Doc,
  statusOf?: StatusOf,
  own: Iterable<number> = [local.clientID],
): RecoveredPart[] {
  return recoveredParts(docOf(local), docOf(server), {
    touched: untakenParts(local, server, own),
    ...(statusOf ? { statusOf } : {}),
  })
}

/**
 * The parts holding this browser's changes that the server has not confirmed storing (`confirmed`: the clock
 * confirmed for each of its Yjs clients, see `UnsentLedger`), with their words as this page has them: what a
 * delegate whose invitation ended while offline must copy to keep.
 */
export function unsentParts(
  local: Y.Doc,
  confirmed: ReadonlyMap<number, number>,
  statusOf?: StatusOf,
): RecoveredPart[] {
  return recoveredParts(docOf(local), null, {
    touched: unconfirmedParts(local, confirmed),
    ...(statusOf ? { statusOf } : {}),
  })
}

/** How the interface names a recovered part: "Operative paragraph 3", "Title", in the interface language. */
export function partName(part: RecoveredPart): string {
  switch (part.kind) {
    case 'preambular':
      return t('amend.para.preambular', { n: part.number })
    case 'operative':
      return t('amend.para.operative', { n: part.number })
    default:
      return t(`recover.part.${part.kind}`)
  }
}

/** One line of the recovery banner: `Operative paragraph 3: “the delegate's words”`. */
export const recoveredLine = (part: RecoveredPart): string =>
  t('recover.item', { name: partName(part), text: part.text })
