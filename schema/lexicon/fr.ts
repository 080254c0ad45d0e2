import type { Lexicon } from './types.ts'

/** French opening phrases. */
export const lexicon: Lexicon = {
  source: 'seed list; to be completed',
  preambular: [
    'Réaffirmant',
    'Rappelant',
    'Rappelant également',
    'Rappelant en outre',
    'Considérant',
    'Considérant également',
    'Soulignant',
    'Insistant sur',
    'Insistant',
    { f: 'Consciente', m: 'Conscient' },
  ],
  operative: [
    'Réaffirme',
    'Estime',
    'Exhorte',
    'Souligne',
    'Souligne également',
    'Souligne en outre',
    'Demande',
    'Demande instamment',
    'Invite',
    'Prie',
    'Prie le Secrétaire général',
    'Décide',
  ],
}
