import type { Lexicon } from './types.ts'

/**
 * English opening phrases.
 *
 * Rules: UN Editorial Manual, "Resolutions and other formal decisions of United Nations organs", II.C: a
 * preambular paragraph opens with "a present, past or perfect participle or participial phrase or an
 * adjective", an operative paragraph with "an operative verb (or phrase) in the present indicative tense".
 * Phrases: the openings of the resolutions named above each group. Entries marked `unverified` are current
 * UN usage as far as the compiler knows but were not found in a text retrieved while compiling the list.
 */
export const lexicon: Lexicon = {
  source:
    'UN Editorial Manual (DGACM), "Resolutions and other formal decisions of United Nations organs", ' +
    'II.C (form of preambular and operative openings, examples "Having examined", "Takes note with ' +
    'appreciation", "Requests the Secretary-General"); openings of GA resolutions ES-11/1, 47/69, 50/11, ' +
    '55/33, 56/176, 62/199, 67/226, 67/292, 69/291, 71/170, 71/243, 73/102, 74/232, 75/151, 76/186, ' +
    '77/192, 77/198, 77/211, 78/68, 78/80, 78/228, 78/233, 846 (IX), A/AC.109/2019/L.18, HRC resolution ' +
    '40/17 and SC resolutions 743 (1992), 1973 (2011), 2208 (2015), 2709 (2023); see the comment above ' +
    'each group',
  preambular: [
    // Recalling and reaffirming. Seen in ES-11/1, 50/11, 67/292, HRC 40/17, SC 743 (1992), SC 2208 (2015).
    'Reaffirming',
    'Reaffirming also',
    'Recalling',
    'Recalling also',
    'Recalling further',
    'Recalling in particular', // unverified
    'Reiterating',
    'Reiterating also', // unverified

    // Noting and taking note. Seen in ES-11/1, 47/69, 76/186, 77/211, A/AC.109/2019/L.18, SC 2208 (2015).
    'Noting',
    'Noting also', // unverified
    'Noting further', // unverified
    'Noting with appreciation', // unverified
    'Noting with concern', // unverified
    'Noting with deep concern', // unverified
    'Noting with grave concern', // unverified
    'Noting with regret', // unverified
    'Noting with satisfaction', // unverified
    'Taking note also of',
    'Taking note of',
    'Further taking note of', // SC 2693 (2023)
    'Taking note further of', // unverified
    'Taking note with appreciation of', // unverified

    // Recognizing, affirming, considering. Seen in ES-11/1, 50/11, 67/292, 78/228, SC 2208 (2015).
    'Acknowledging',
    'Acknowledging also', // unverified
    'Affirming', // unverified
    'Considering',
    'Considering also', // unverified
    'Determining',
    'Observing', // unverified
    'Realizing', // unverified
    'Recognizing',
    'Recognizing also',
    'Recognizing further',
    'Recognizing with appreciation', // unverified

    // Bearing in mind, taking into account. Seen in ES-11/1.
    'Bearing in mind',
    'Bearing in mind also', // unverified
    'Mindful', // unverified
    'Mindful of', // unverified
    'Taking into account',
    'Taking into account also', // unverified
    'Taking into consideration', // unverified

    // Stressing. Seen in 50/11, 67/292.
    'Emphasizing',
    'Emphasizing also', // unverified
    'Highlighting', // unverified
    'Stressing',
    'Stressing also', // unverified
    'Underlining', // unverified
    'Underscoring', // unverified

    // Concern and alarm. Seen in ES-11/1, HRC 40/17.
    'Alarmed', // unverified
    'Alarmed by', // unverified
    'Concerned', // unverified
    'Concerned also', // unverified
    'Deeply alarmed', // unverified
    'Deeply concerned', // unverified
    'Deeply disturbed', // unverified
    'Expressing concern', // unverified
    'Expressing concern also',
    'Expressing deep concern',
    'Expressing grave concern',
    'Expressing its concern', // unverified
    'Expressing its deep concern', // unverified
    'Expressing serious concern', // unverified
    'Gravely concerned', // unverified
    'Remaining deeply concerned', // unverified
    'Seriously concerned', // unverified

    // Conviction, awareness, resolve. None found as an opening in a retrieved English text; the French text
    // of 54/254 opens with "Consciente", the Russian text of SC 1368 (2001) with "будучи преисполнен
    // решимости".
    'Aware', // unverified
    'Aware of', // unverified
    'Believing', // unverified
    'Cognizant of', // unverified
    'Conscious', // unverified
    'Conscious of', // unverified
    'Convinced', // unverified
    'Convinced also', // unverified
    'Deeply convinced', // unverified
    'Desiring', // unverified
    'Desirous of', // unverified
    'Determined', // unverified
    'Firmly convinced', // unverified

    // Welcoming and appreciation. Seen in ES-11/1, SC 2208 (2015).
    'Appreciating', // unverified
    'Commending', // unverified
    'Encouraged by', // unverified
    'Encouraging', // SC 2693 (2023)
    'Encouraging also', // unverified
    'Endorsing',
    'Expressing its appreciation', // unverified
    'Expressing its deep appreciation', // unverified
    'Expressing its gratitude', // unverified
    'Expressing its support', // unverified
    'Looking forward to', // unverified
    'Paying tribute to', // unverified
    'Supporting',
    'Welcoming',
    'Welcoming also', // unverified
    'Welcoming further', // unverified

    // Condemning, demanding, deploring. Seen in ES-11/1, 50/11, HRC 40/17.
    'Condemning',
    'Condemning also',
    'Demanding',
    'Deploring', // unverified
    'Regretting',
    'Strongly condemning', // unverified

    // Guidance and procedure. Seen in the UN Editorial Manual II.C, A/AC.109/2019/L.18, HRC 40/17, SC 1973
    // (2011), SC 2208 (2015); "Having received" in the Spanish text of ES-10/24 ("Habiendo recibido").
    'Acting under Chapter VII of the Charter of the United Nations',
    'Guided by',
    'Having adopted', // unverified
    'Having considered',
    'Having examined',
    'Having heard', // unverified
    'Having received',
    'Having reviewed', // unverified
  ],
  operative: [
    // Decisions and requests. Seen in ES-11/1, UN Editorial Manual II.C, 846 (IX), 73/102, SC 743 (1992).
    'Also decides', // unverified
    'Also requests',
    'Also requests the Secretary-General', // unverified
    'Decides',
    'Further decides', // unverified
    'Further requests', // unverified
    'Further requests the Secretary-General', // unverified
    'Requests',
    'Requests the Secretary-General',

    // Calls and appeals. Seen in ES-11/1, 56/176, 71/170, 77/192, S/RES/2709 (2023).
    'Also calls upon', // unverified
    'Appeals to', // unverified
    'Calls for', // unverified
    'Calls on', // unverified
    'Calls upon',
    'Further calls upon', // unverified
    'Reiterates its call', // unverified

    // Urging and encouraging. Seen in ES-11/1, 67/226, 74/232, 77/198, 78/68.
    'Also encourages', // unverified
    'Also urges', // unverified
    'Encourages',
    'Further encourages', // unverified
    'Further urges', // unverified
    'Strongly encourages', // unverified
    'Strongly urges', // unverified
    'Urges',

    // Inviting. Seen in 846 (IX), 78/233.
    'Also invites', // unverified
    'Further invites', // unverified
    'Invites',

    // Welcoming, commending, thanking. Seen in ES-11/1, 47/69, 78/80, 78/233.
    'Also welcomes', // unverified
    'Commends', // unverified
    'Expresses its appreciation', // unverified
    'Expresses its deep appreciation',
    'Expresses its gratitude', // unverified
    'Expresses its thanks',
    'Further welcomes', // unverified
    'Pays tribute to', // unverified
    'Welcomes',
    'Welcomes with appreciation', // unverified

    // Taking note and noting. Seen in UN Editorial Manual II.C, 846 (IX), 47/69, 69/291.
    'Notes',
    'Notes also', // unverified
    'Notes with appreciation', // unverified
    'Notes with concern',
    'Notes with deep concern', // unverified
    'Notes with deep regret',
    'Notes with regret',
    'Notes with satisfaction', // unverified
    'Takes note also of', // unverified
    'Takes note of',
    'Takes note with appreciation of',

    // Affirming and reaffirming. Seen in ES-11/1, 47/69, 62/199, 71/243, 78/233.
    'Affirms', // unverified
    'Also reaffirms',
    'Reaffirms',
    'Reiterates', // unverified
    'Reiterates its request',

    // Recognizing and considering. Seen in 78/233, SC 1973 (2011).
    'Acknowledges', // unverified
    'Also acknowledges', // unverified
    'Also recognizes',
    'Considers', // unverified
    'Recalls', // unverified
    'Recognizes',

    // Stressing. Seen in 78/233, SC 1973 (2011).
    'Also emphasizes', // unverified
    'Also stresses', // unverified
    'Emphasizes', // unverified
    'Further stresses', // unverified
    'Highlights', // unverified
    'Stresses',
    'Underlines', // unverified
    'Underscores', // unverified

    // Concern. Seen in 75/151.
    'Expresses concern', // unverified
    'Expresses deep concern', // unverified
    'Expresses grave concern', // unverified
    'Expresses its concern',
    'Expresses its deep concern', // unverified
    'Expresses its grave concern', // unverified
    'Expresses serious concern', // unverified
    'Expresses particular concern', // SC 2693 (2023)

    // Demanding, condemning, deploring. Seen in ES-11/1, SC 1973 (2011).
    'Also demands',
    'Condemns',
    'Condemns in the strongest terms', // unverified
    'Demands',
    'Deplores',
    'Further demands', // unverified
    'Reiterates its demand', // unverified
    'Rejects', // unverified
    'Strongly condemns', // unverified
    'Strongly deplores', // unverified

    // Support and endorsement. Seen in 846 (IX) ("Approves", "Expresses its agreement"), SC 1973 (2011).
    'Adopts', // unverified
    'Approves',
    'Authorizes',
    'Endorses', // unverified
    'Expresses its agreement',
    'Expresses its full support', // unverified
    'Expresses its support', // unverified
    'Supports', // unverified

    // Declaring and recommending. Seen in 47/69 ("Directs attention to").
    'Declares', // unverified
    'Determines', // unverified
    'Directs attention to',
    'Expresses its determination', // unverified
    'Expresses its intention', // unverified
    'Expresses its readiness', // unverified
    'Proclaims', // unverified
    'Recommends', // unverified
    'Regrets', // unverified
    'Resolves', // unverified
  ],
}
