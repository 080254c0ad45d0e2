// The two versions the comparison benchmark compares: the formats benchmark's 100-paragraph draft (50
// footnotes), and the same after 20 changes (12 words replaced, 3 paragraphs deleted, 3 inserted, 2 footnotes
// added) and 5 moves, most paragraphs renumbered, with who made each change.
import type { Node } from 'prosemirror-model'
import { type ChangeAuthor, draftOf, forEachBlock, schema } from '../../schema/index.ts'
import { formatDraft } from './format-draft.ts'

const { nodes } = schema

/** A paragraph with its first long word (not the opening phrase) replaced. */
function replaceWord(clause: Node, by: string): { node: Node; old: string } {
  let old = ''
  const content: Node[] = []
  clause.firstChild!.forEach((child) => {
    if (!old && child.isText && !child.marks.some((m) => m.type.name === 'opening')) {
      const m = /\p{L}{6,}/u.exec(child.text!)
      if (m) {
        old = m[0]
        content.push(schema.text(child.text!.replace(m[0], by), child.marks))
        return
      }
    }
    content.push(child)
  })
  const para = nodes.para.create(null, content)
  return { node: clause.type.create(clause.attrs, [para, ...childrenAfterFirst(clause)]), old }
}

function childrenAfterFirst(clause: Node): Node[] {
  const out: Node[] = []
  clause.forEach((child, _, i) => {
    if (i > 0) out.push(child)
  })
  return out
}

/** A paragraph with a footnote added at its end. */
function withFootnote(clause: Node, id: string): Node {
  const para = clause.firstChild!
  const note = nodes.footnote.create({ id }, schema.text(`A/71/${id}.`))
  return clause.type.create(clause.attrs, [
    para.copy(para.content.addToEnd(note)),
    ...childrenAfterFirst(clause),
  ])
}

/** The later version, and who made its changes. */
function negotiated(from: Node): { to: Node; authors: ChangeAuthor[] } {
  const blocks: Node[] = []
  forEachBlock(from, (node) => blocks.push(node))
  const authors: ChangeAuthor[] = []
  const delegations = ['Egypt', 'Chile', 'Brazil', 'France', 'Japan']
  const by = (i: number) => delegations[i % delegations.length]!
  const index = (id: string) => blocks.findIndex((b) => b.attrs.id === id)
  // 12 words replaced, in preambular and operative paragraphs.
  for (let k = 0; k < 12; k++) {
    const i = index(`c${5 + k * 8}`)
    const { node, old } = replaceWord(blocks[i]!, 'remplacé')
    blocks[i] = node
    authors.push({
      author: by(k),
      clause: node.attrs.id,
      inserted: ['remplacé'],
      deleted: [old],
      at: 1_000 + k,
    })
  }
  // 2 footnotes added.
  for (const [k, id] of ['c51', 'c77'].entries()) {
    const i = index(id)
    blocks[i] = withFootnote(blocks[i]!, `new${k}`)
  }
  // 3 operative paragraphs deleted (the first early, so that every later one is renumbered).
  for (const id of ['c42', 'c60', 'c85']) {
    blocks.splice(index(id), 1)
    authors.push({ author: 'Chile', clause: id, inserted: [], deleted: [], paragraph: 'delete', at: 2_000 })
  }
  // 5 operative paragraphs moved.
  for (const [k, [id, after]] of (
    [
      ['c90', 'c45'],
      ['c70', 'c50'],
      ['c44', 'c80'],
      ['c66', 'c98'],
      ['c99', 'c41'],
    ] as const
  ).entries()) {
    const [node] = blocks.splice(index(id), 1)
    blocks.splice(index(after) + 1, 0, node!)
    authors.push({ author: by(k), clause: id, inserted: [], deleted: [], paragraph: 'move', at: 3_000 + k })
  }
  // 3 operative paragraphs inserted.
  for (const [k, after] of ['c47', 'c72', 'c95'].entries()) {
    const text = `Décide d'examiner la question ${k + 1} à sa prochaine session ;`
    const node = nodes.operative.create({ id: `n${k}` }, nodes.para.create(null, schema.text(text)))
    blocks.splice(index(after) + 1, 0, node)
    authors.push({
      author: 'Facilitator',
      clause: `n${k}`,
      inserted: [text],
      deleted: [],
      paragraph: 'insert',
      oral: 'orally revised',
      at: 4_000,
    })
  }
  return { to: draftOf(from.attrs, blocks), authors }
}

/** The earlier and the later version, from the sample resolution's text (Markdown), and the authors. */
export function negotiatedDrafts(sample: string): { from: Node; to: Node; authors: ChangeAuthor[] } {
  const from = formatDraft(sample)
  return { from, ...negotiated(from) }
}
