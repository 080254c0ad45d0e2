import type { Lexicon } from './types.ts'

/** Opening phrases in ru. */
export const lexicon: Lexicon = {
  source: 'seed list; to be completed',
  preambular: [],
  operative: [],
}
