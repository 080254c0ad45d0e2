// Times comparing two versions of a 100-paragraph draft between which 20 changes were made, 5 paragraphs
// moved and most renumbered (see compare-figures.ts). Ends with one JSON line: each figure, and its ratio to the
// target (over 1.0 is a miss).
import { COMPARE_TARGETS, compareFigures } from './compare-figures.ts'

const figures = await compareFigures()
const ratios = Object.fromEntries(
  Object.entries(COMPARE_TARGETS).map(([key, target]) => [
    key.replace(/_ms$/, '_ratio'),
    +(figures[key as keyof typeof COMPARE_TARGETS] / target).toFixed(3),
  ]),
)
console.log(JSON.stringify({ bench: 'compare', ...figures, ...ratios }))
