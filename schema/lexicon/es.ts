import type { Lexicon } from './types.ts'

/**
 * Spanish opening phrases. Participles and adjectives agree with the organ: feminine after "La Asamblea
 * General", masculine after "El Consejo de Seguridad", "El Consejo de Derechos Humanos", "El Consejo
 * Económico y Social"; gerunds ("Recordando"), "Consciente" and verbs do not vary.
 *
 * Phrases: the openings of the Spanish texts of the resolutions named above each group. Entries marked
 * `unverified` are UN usage as far as the compiler knows but were not found in a Spanish text retrieved while
 * compiling the list.
 */
export const lexicon: Lexicon = {
  source:
    'Openings of the Spanish texts of GA resolutions 59/309 and 61/266 (Multilingüismo), 66/54 and ' +
    'ES-10/24 and of SC resolution 1589 (2005); feminine agreement with the Assembly as in ES-10/24 (La ' +
    'Asamblea General, Guiada por), masculine forms for the councils; see the comment above each group',
  preambular: [
    // Recalling and reaffirming. 59/309, 61/266, 66/54, ES-10/24, SC 1589 (2005).
    'Reafirmando',
    'Reafirmando también', // unverified
    'Recordando',
    'Recordando además', // unverified
    'Recordando también',
    'Reiterando',

    // Recognizing, considering, stressing. 59/309, 61/266, 66/54, ES-10/24.
    'Afirmando', // unverified
    'Considerando', // unverified
    'Considerando también', // unverified
    'Destacando',
    'Destacando también', // unverified
    'Haciendo hincapié', // unverified
    'Poniendo de relieve', // unverified
    'Reconociendo',
    'Reconociendo además', // unverified
    'Reconociendo también',
    'Subrayando', // unverified
    'Subrayando también', // unverified

    // Noting and taking note. 66/54.
    'Observando', // unverified
    'Observando con preocupación', // unverified
    'Observando con profunda preocupación', // unverified
    'Observando con satisfacción', // unverified
    'Observando también', // unverified
    'Tomando nota',
    'Tomando nota con aprecio', // unverified
    'Tomando nota con preocupación', // unverified
    'Tomando nota con satisfacción', // unverified
    'Tomando nota también', // unverified

    // Bearing in mind, taking into account.
    'Teniendo en cuenta', // unverified
    'Teniendo en cuenta también', // unverified
    'Teniendo presente', // unverified
    'Teniendo presente también', // unverified

    // Concern and alarm, agreeing with the organ.
    { f: 'Alarmada', m: 'Alarmado' }, // unverified
    { f: 'Gravemente preocupada', m: 'Gravemente preocupado' }, // unverified
    { f: 'Preocupada', m: 'Preocupado' }, // unverified
    { f: 'Profundamente preocupada', m: 'Profundamente preocupado' }, // unverified
    { f: 'Seriamente preocupada', m: 'Seriamente preocupado' }, // unverified

    // Concern, invariable.
    'Expresando preocupación', // unverified
    'Expresando profunda preocupación', // unverified
    'Expresando su grave preocupación', // unverified
    'Expresando su preocupación', // unverified
    'Expresando su profunda preocupación', // unverified

    // Conviction, awareness, resolve. "Consciente" is the same for both genders.
    'Consciente', // unverified
    { f: 'Convencida', m: 'Convencido' }, // unverified
    { f: 'Decidida', m: 'Decidido' }, // unverified
    { f: 'Deseosa', m: 'Deseoso' }, // unverified
    { f: 'Firmemente convencida', m: 'Firmemente convencido' }, // unverified
    'Plenamente consciente', // unverified
    { f: 'Profundamente convencida', m: 'Profundamente convencido' }, // unverified
    { f: 'Resuelta', m: 'Resuelto' }, // unverified

    // Guidance and encouragement, agreeing with the organ. ES-10/24 ("Guiada por").
    { f: 'Alentada', m: 'Alentado' }, // unverified
    { f: 'Guiada por', m: 'Guiado por' },

    // Welcoming and appreciation.
    'Acogiendo con beneplácito', // unverified
    'Acogiendo con beneplácito también', // unverified
    'Acogiendo con satisfacción', // unverified
    'Acogiendo favorablemente', // unverified
    'Encomiando', // unverified
    'Expresando su agradecimiento', // unverified
    'Expresando su apoyo', // unverified
    'Expresando su reconocimiento', // unverified
    'Rindiendo homenaje', // unverified

    // Condemning and deploring.
    'Condenando', // unverified
    'Condenando enérgicamente', // unverified
    'Deplorando', // unverified
    'Lamentando', // unverified

    // Procedure and the Charter. 61/266 ("Habiendo examinado"), ES-10/24 ("Habiendo recibido").
    'Actuando en virtud del Capítulo VII de la Carta de las Naciones Unidas', // unverified
    'Habiendo considerado', // unverified
    'Habiendo determinado', // unverified
    'Habiendo examinado',
    'Habiendo recibido',
  ],
  operative: [
    // Decisions and requests.
    'Decide', // unverified
    'Decide además', // unverified
    'Decide también', // unverified
    'Pide', // unverified
    'Pide además', // unverified
    'Pide al Secretario General', // unverified
    'Pide también', // unverified
    'Pide también al Secretario General', // unverified
    'Solicita', // unverified
    'Solicita además al Secretario General', // unverified
    'Solicita al Secretario General', // unverified
    'Solicita también', // unverified
    'Solicita también al Secretario General', // unverified

    // Calls, urging, encouraging.
    'Alienta', // unverified
    'Alienta encarecidamente', // unverified
    'Alienta también', // unverified
    'Exhorta', // unverified
    'Exhorta además', // unverified
    'Exhorta también', // unverified
    'Exige', // unverified
    'Exige también', // unverified
    'Hace un llamamiento', // unverified
    'Insta', // unverified
    'Insta encarecidamente', // unverified
    'Insta también', // unverified
    'Invita', // unverified
    'Invita también', // unverified

    // Welcoming, thanking, commending.
    'Acoge con beneplácito', // unverified
    'Acoge con beneplácito también', // unverified
    'Acoge con satisfacción', // unverified
    'Acoge favorablemente', // unverified
    'Encomia', // unverified
    'Expresa su agradecimiento', // unverified
    'Expresa su reconocimiento', // unverified
    'Rinde homenaje', // unverified

    // Taking note and noting. 59/309 ("Toma nota", "Toma nota también").
    'Observa', // unverified
    'Observa con preocupación', // unverified
    'Observa con satisfacción', // unverified
    'Observa también', // unverified
    'Toma nota',
    'Toma nota con aprecio', // unverified
    'Toma nota con satisfacción', // unverified
    'Toma nota también',

    // Affirming, recognizing, stressing. 59/309 ("Subraya", "Subraya también").
    'Afirma', // unverified
    'Destaca', // unverified
    'Destaca también', // unverified
    'Hace hincapié', // unverified
    'Pone de relieve', // unverified
    'Reafirma', // unverified
    'Reafirma también', // unverified
    'Reconoce', // unverified
    'Reconoce también', // unverified
    'Recuerda', // unverified
    'Reitera', // unverified
    'Subraya',
    'Subraya también',

    // Concern.
    'Expresa preocupación', // unverified
    'Expresa profunda preocupación', // unverified
    'Expresa su preocupación', // unverified
    'Expresa su profunda preocupación', // unverified

    // Condemning and deploring.
    'Condena', // unverified
    'Condena enérgicamente', // unverified
    'Condena también', // unverified
    'Deplora', // unverified
    'Lamenta', // unverified
    'Rechaza', // unverified

    // Support, endorsement, declarations.
    'Apoya', // unverified
    'Aprueba', // unverified
    'Autoriza', // unverified
    'Declara', // unverified
    'Expresa su apoyo', // unverified
    'Hace suya', // unverified
    'Hace suyas', // unverified
    'Proclama', // unverified
    'Recomienda', // unverified
  ],
}
