import type { Lexicon } from './types.ts'

/**
 * French opening phrases. Participles and adjectives agree with the organ: feminine after "L'Assemblée
 * générale", masculine after "Le Conseil de sécurité", "Le Conseil des droits de l'homme", "Le Conseil
 * économique et social"; present participles ("Rappelant") and verbs do not vary.
 *
 * Phrases: the openings of the French texts named above each group (A/RES/71/194, the sample in
 * shared/fixtures; 54/254; S/RES/244 (1967), S/RES/1611 (2005), an SC resolution of 1961 on the Congo; the
 * Security Council presidential statement of 6 May 2022; the draft resolution on Lebanon of October 2004).
 * Entries marked `unverified` are UN usage as far as the compiler knows but were not found in a French text
 * retrieved while compiling the list.
 */
export const lexicon: Lexicon = {
  source:
    'Openings of the French texts of GA resolutions 71/194 (shared/fixtures/fr_A-RES-71-194.md) and ' +
    '54/254, SC resolutions 244 (1967), 1611 (2005) and one of 1961 on the Congo (ONU, Résolutions et ' +
    'décisions du Conseil de sécurité, 1961, p. 9), the SC draft on resolution 1559 (October 2004) and ' +
    "the SC presidential statement of 6 May 2022; agreement with the organ as in 54/254 (L'Assemblée " +
    'générale, ... Consciente) and that statement (Le Conseil de sécurité se déclare profondément ' +
    'préoccupé); see the comment above each group',
  preambular: [
    // Recalling and reaffirming. 71/194, 54/254, S/RES/1611, the 2004 draft on Lebanon.
    'Rappelant',
    'Rappelant également',
    'Rappelant en outre',
    'Rappelant en particulier', // unverified
    'Réaffirmant',
    'Réaffirmant également',
    'Réaffirmant en outre', // unverified
    'Réaffirmant sa volonté',
    'Réaffirmant son attachement', // unverified
    'Réaffirmant son engagement', // unverified
    'Réitérant', // unverified

    // Considering and stressing. 71/194.
    'Considérant',
    'Considérant également',
    'Considérant en outre', // unverified
    'Estimant', // unverified
    'Insistant',
    'Insistant sur',
    "Mettant l'accent sur", // unverified
    'Soulignant',
    'Soulignant également', // unverified
    'Soulignant en outre', // unverified

    // Noting and taking note. 2004 draft on Lebanon ("Prenant acte"); S/RES/244 ("Notant").
    'Constatant', // unverified
    'Constatant avec inquiétude', // unverified
    'Constatant avec préoccupation', // unverified
    'Constatant avec satisfaction', // unverified
    'Notant',
    'Notant avec inquiétude', // unverified
    'Notant avec intérêt', // unverified
    'Notant avec préoccupation', // unverified
    'Notant avec regret', // unverified
    'Notant avec satisfaction', // unverified
    'Notant avec une vive préoccupation', // unverified
    'Notant également', // unverified
    'Notant en outre', // unverified
    'Prenant acte',
    'Prenant note', // unverified
    'Prenant note avec intérêt', // unverified
    'Prenant note avec préoccupation', // unverified
    'Prenant note avec satisfaction', // unverified
    'Prenant note également', // unverified

    // Recognizing and affirming.
    'Affirmant', // unverified
    'Reconnaissant', // unverified
    'Reconnaissant également', // unverified
    'Reconnaissant en outre', // unverified
    'Sachant', // unverified

    // Bearing in mind, taking into account.
    "Ayant à l'esprit", // unverified
    "Ayant présent à l'esprit", // unverified
    "Gardant à l'esprit", // unverified
    'Prenant en compte', // unverified
    'Prenant en considération', // unverified
    'Tenant compte', // unverified
    'Tenant compte également', // unverified

    // Concern and alarm, agreeing with the organ.
    { f: 'Alarmée', m: 'Alarmé' }, // unverified
    { f: 'Gravement préoccupée', m: 'Gravement préoccupé' }, // unverified
    { f: 'Inquiète', m: 'Inquiet' }, // unverified
    { f: 'Préoccupée', m: 'Préoccupé' }, // unverified
    { f: 'Profondément alarmée', m: 'Profondément alarmé' }, // unverified
    { f: 'Profondément préoccupée', m: 'Profondément préoccupé' }, // unverified
    { f: 'Se déclarant gravement préoccupée', m: 'Se déclarant gravement préoccupé' }, // unverified
    { f: 'Se déclarant préoccupée', m: 'Se déclarant préoccupé' }, // unverified
    { f: 'Se déclarant profondément préoccupée', m: 'Se déclarant profondément préoccupé' }, // unverified
    { f: 'Vivement préoccupée', m: 'Vivement préoccupé' }, // unverified

    // Concern, invariable.
    'Exprimant sa préoccupation', // unverified
    'Exprimant sa profonde préoccupation', // unverified
    'Exprimant sa vive inquiétude', // unverified
    'Exprimant sa vive préoccupation', // unverified

    // Conviction, awareness, resolve, agreeing with the organ. 54/254 ("Consciente").
    { f: 'Consciente', m: 'Conscient' },
    { f: 'Consciente également', m: 'Conscient également' }, // unverified
    { f: 'Convaincue', m: 'Convaincu' }, // unverified
    { f: 'Désireuse', m: 'Désireux' }, // unverified
    { f: 'Déterminée', m: 'Déterminé' }, // unverified
    { f: 'Fermement convaincue', m: 'Fermement convaincu' }, // unverified
    { f: 'Persuadée', m: 'Persuadé' }, // unverified
    { f: 'Pleinement consciente', m: 'Pleinement conscient' }, // unverified
    { f: 'Profondément convaincue', m: 'Profondément convaincu' }, // unverified
    { f: 'Résolue', m: 'Résolu' }, // unverified
    { f: 'Soucieuse', m: 'Soucieux' }, // unverified

    // Guidance and encouragement, agreeing with the organ.
    { f: 'Encouragée par', m: 'Encouragé par' }, // unverified
    { f: 'Guidée par', m: 'Guidé par' }, // unverified
    { f: 'Satisfaite', m: 'Satisfait' }, // unverified

    // Welcoming and appreciation. 2004 draft on Lebanon ("Se félicitant").
    'Accueillant avec satisfaction', // unverified
    'Accueillant favorablement', // unverified
    'Exprimant sa gratitude', // unverified
    'Exprimant sa reconnaissance', // unverified
    'Exprimant sa satisfaction', // unverified
    'Exprimant son soutien', // unverified
    'Rendant hommage', // unverified
    'Saluant', // unverified
    'Se félicitant',
    'Se félicitant également', // unverified
    'Se félicitant en outre', // unverified

    // Condemning and deploring.
    'Condamnant', // unverified
    'Condamnant énergiquement', // unverified
    'Condamnant fermement', // unverified
    'Déplorant', // unverified
    'Déplorant profondément', // unverified
    'Regrettant', // unverified

    // Procedure and the Charter. 54/254 ("Ayant examiné").
    'Agissant en vertu du Chapitre VII de la Charte des Nations Unies', // unverified
    'Ayant adopté', // unverified
    'Ayant entendu', // unverified
    'Ayant examiné',
    'Faisant observer', // unverified
  ],
  operative: [
    // Decisions and requests. 71/194; an SC resolution of 1961 on the Congo ("Prie en outre le Secrétaire
    // général", "Prie", "Invite", "Déclare", "Affirme", "Demande instamment"); S/RES/244 (1967).
    'Décide',
    'Décide également', // unverified
    'Décide en outre', // unverified
    'Prie',
    'Prie également', // unverified
    'Prie également le Secrétaire général', // unverified
    'Prie en outre', // unverified
    'Prie en outre le Secrétaire général',
    'Prie instamment',
    'Prie le Secrétaire général',

    // Calls and demands. 71/194, the 1961 SC resolution on the Congo, S/RES/244 (1967).
    'Demande',
    'Demande à nouveau', // unverified
    'Demande également', // unverified
    'Demande en outre', // unverified
    'Demande instamment',
    'Exige', // unverified
    'Exige également', // unverified
    'Lance un appel', // unverified

    // Urging and encouraging. 71/194.
    'Encourage', // unverified
    'Encourage également', // unverified
    'Encourage vivement', // unverified
    'Engage', // unverified
    'Engage également', // unverified
    'Engage vivement', // unverified
    'Exhorte',
    'Exhorte également', // unverified

    // Inviting. 71/194, the 1961 SC resolution on the Congo, S/RES/244 (1967).
    'Invite',
    'Invite également', // unverified
    'Invite en outre', // unverified

    // Welcoming, thanking, commending. 71/194 (para. 3, "se félicite", mid-sentence).
    'Accueille avec satisfaction', // unverified
    'Accueille favorablement', // unverified
    'Exprime sa gratitude', // unverified
    'Exprime sa reconnaissance', // unverified
    'Félicite', // unverified
    'Remercie', // unverified
    'Rend hommage', // unverified
    'Salue', // unverified
    'Salue également', // unverified
    'Se félicite',
    'Se félicite également', // unverified

    // Taking note and noting. 2004 draft on Lebanon ("Relève avec inquiétude").
    'Constate', // unverified
    'Constate avec préoccupation', // unverified
    'Constate avec satisfaction', // unverified
    'Note', // unverified
    'Note avec inquiétude', // unverified
    'Note avec préoccupation', // unverified
    'Note avec satisfaction', // unverified
    'Note également', // unverified
    'Prend acte', // unverified
    'Prend acte avec satisfaction', // unverified
    'Prend note', // unverified
    'Prend note avec intérêt', // unverified
    'Prend note avec satisfaction', // unverified
    'Prend note également', // unverified
    'Relève avec inquiétude',

    // Affirming and reaffirming. 71/194, the 1961 SC resolution on the Congo ("Affirme"), S/RES/244 (1967).
    'Affirme',
    'Rappelle', // unverified
    'Rappelle également', // unverified
    'Réaffirme',
    'Réaffirme également', // unverified
    'Réitère', // unverified

    // Recognizing and considering. 71/194.
    'Considère', // unverified
    'Estime',
    'Estime également', // unverified
    'Reconnaît', // unverified
    'Reconnaît également', // unverified

    // Stressing. 71/194.
    'Insiste', // unverified
    "Met l'accent sur", // unverified
    'Souligne',
    'Souligne également',
    'Souligne en outre',

    // Concern, agreeing with the organ. SC presidential statement of 6 May 2022 ("se déclare profondément
    // préoccupé").
    { f: 'Se déclare gravement préoccupée', m: 'Se déclare gravement préoccupé' }, // unverified
    { f: 'Se déclare préoccupée', m: 'Se déclare préoccupé' }, // unverified
    { f: 'Se déclare profondément préoccupée', m: 'Se déclare profondément préoccupé' },
    { f: 'Se déclare vivement préoccupée', m: 'Se déclare vivement préoccupé' }, // unverified

    // Concern, invariable.
    'Exprime sa préoccupation', // unverified
    'Exprime sa profonde préoccupation', // unverified
    'Exprime sa vive préoccupation', // unverified

    // Resolve and readiness, agreeing with the organ.
    { f: 'Se déclare prête', m: 'Se déclare prêt' }, // unverified
    { f: 'Se déclare résolue', m: 'Se déclare résolu' }, // unverified

    // Condemning and deploring. S/RES/1611 ("Condamne sans réserve").
    'Condamne', // unverified
    'Condamne énergiquement', // unverified
    'Condamne fermement', // unverified
    'Condamne sans réserve',
    'Déplore', // unverified
    'Déplore profondément', // unverified
    'Regrette', // unverified
    'Rejette', // unverified

    // Support and endorsement.
    'Adopte', // unverified
    'Approuve', // unverified
    'Appuie', // unverified
    'Autorise', // unverified
    'Exprime son plein soutien', // unverified
    'Exprime son soutien', // unverified
    'Fait sienne', // unverified
    'Fait siennes', // unverified
    'Souscrit', // unverified

    // Declaring and recommending. The 1961 SC resolution on the Congo ("Déclare"), S/RES/244 ("Prolonge").
    'Attend avec intérêt', // unverified
    'Charge', // unverified
    'Déclare',
    'Proclame', // unverified
    'Prolonge',
    'Recommande', // unverified
  ],
}
