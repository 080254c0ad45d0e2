import type { Transaction } from 'prosemirror-state'

/**
 * The ranges of the final document that a batch of transactions inserted or replaced, so that plugins can look
 * again at the paragraphs that changed and leave the rest alone.
 */
export function changedRanges(transactions: readonly Transaction[]): [number, number][] {
  const ranges: [number, number][] = []
  transactions.forEach((tr, t) => {
    tr.mapping.maps.forEach((map, i) => {
      map.forEach((_oldStart, _oldEnd, newStart, newEnd) => {
        let from = newStart
        let to = newEnd
        const rest = tr.mapping.slice(i + 1)
        from = rest.map(from, -1)
        to = rest.map(to, 1)
        for (const later of transactions.slice(t + 1)) {
          from = later.mapping.map(from, -1)
          to = later.mapping.map(to, 1)
        }
        ranges.push([from, to])
      })
    })
  })
  return ranges
}
