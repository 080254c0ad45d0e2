import type { Lexicon } from './types.ts'

/** English opening phrases. */
export const lexicon: Lexicon = {
  source: 'seed list; to be completed',
  preambular: [
    'Reaffirming',
    'Recalling',
    'Recalling also',
    'Recalling further',
    'Taking note of',
    'Bearing in mind',
    'Condemning',
    'Expressing grave concern',
    'Expressing concern also',
    'Recognizing',
    'Endorsing',
    'Welcoming',
    'Noting with deep concern',
    'Noting',
  ],
  operative: [
    'Reaffirms',
    'Deplores',
    'Demands',
    'Also demands',
    'Calls upon',
    'Condemns',
    'Requests',
    'Urges',
    'Welcomes',
    'Decides',
    'Also requests',
    'Requests the Secretary-General',
  ],
}
