import type { Lexicon } from './types.ts'

/** Opening phrases in zh. */
export const lexicon: Lexicon = {
  source: 'seed list; to be completed',
  preambular: [],
  operative: [],
}
