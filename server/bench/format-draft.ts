// The draft the formats benchmark writes and reads: 100 paragraphs of the sample resolution (40 preambular, 60
// operative) with a footnote on every second one, 50 in all.
import type { Node } from 'prosemirror-model'
import { draftOf, emptyDraft, forEachBlock, importResolution, schema } from '../../schema/index.ts'

const { nodes } = schema

/** The sample's paragraph texts with their italic openings, as runs of the first `para` of each clause. */
function sampleParas(sample: string): Node[] {
  const paras: Node[] = []
  forEachBlock(importResolution(sample).doc, (node) => {
    if (node.type.name === 'preambular' || node.type.name === 'operative') paras.push(node.firstChild!)
  })
  return paras
}

/** A 100-paragraph draft with 50 footnotes, from the text of the sample resolution (Markdown). */
export function formatDraft(sample: string): Node {
  const paras = sampleParas(sample)
  const body: Node[] = []
  for (let i = 0; i < 100; i++) {
    const para = paras[i % paras.length]!
    const content: Node[] = []
    para.forEach((child) => {
      if (child.type.name !== 'footnote') content.push(child)
    })
    if (i % 2 === 0) {
      content.push(
        nodes.footnote.create({ id: `fn${i}` }, schema.text(`A/RES/71/${100 + i}, annex, para. ${i}.`)),
      )
    }
    body.push(
      nodes[i < 40 ? 'preambular' : 'operative']!.create({ id: `c${i}` }, nodes.para.create(null, content)),
    )
  }
  const head: Node[] = []
  forEachBlock(emptyDraft('fr', 'ga'), (n) => {
    if (n.type.name !== 'preambular' && n.type.name !== 'operative') head.push(n)
  })
  const doc = draftOf({ lang: 'fr', organ: 'ga' }, [...head, ...body])
  doc.check()
  return doc
}
