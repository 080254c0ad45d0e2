/** The six official languages of the United Nations, by ISO 639-1 code. */
export const LANGUAGES = ['ar', 'en', 'es', 'fr', 'ru', 'zh'] as const

/** One of {@link LANGUAGES}. */
export type Lang = (typeof LANGUAGES)[number]

/**
 * The organs whose resolutions we write: the General Assembly (and its Main Committees, which draft for it),
 * the Security Council, the Human Rights Council and the Economic and Social Council.
 */
export const ORGANS = ['ga', 'sc', 'hrc', 'ecosoc'] as const

/** One of {@link ORGANS}. */
export type Organ = (typeof ORGANS)[number]

/** Grammatical gender of an organ's name, which French, Spanish, Arabic and Russian openings agree with. */
export type Gender = 'f' | 'm'

interface OrganFacts {
  /** The organ's name as printed in the header. */
  name: Record<Lang, string>
  /** The authoring formula that opens the text. */
  formula: Record<Lang, string>
  /**
   * Gender of the name in the languages whose openings agree with it: French and Spanish participles
   * ("L'Assemblée générale, Consciente"), Arabic verbs ("إن الجمعية العامة، ... تقرر"), Russian short
   * participles ("Генеральная Ассамблея, ... будучи убеждена").
   */
  gender: { fr: Gender; es: Gender; ar: Gender; ru: Gender }
}

/** Names, authoring formulas and grammatical gender of each organ in each language. */
export const ORGAN_FACTS: Record<Organ, OrganFacts> = {
  ga: {
    name: {
      ar: 'الجمعية العامة',
      en: 'General Assembly',
      es: 'Asamblea General',
      fr: 'Assemblée générale',
      ru: 'Генеральная Ассамблея',
      zh: '大会',
    },
    formula: {
      ar: 'إن الجمعية العامة،',
      en: 'The General Assembly,',
      es: 'La Asamblea General,',
      fr: "L'Assemblée générale,",
      ru: 'Генеральная Ассамблея,',
      zh: '大会，',
    },
    gender: { fr: 'f', es: 'f', ar: 'f', ru: 'f' },
  },
  sc: {
    name: {
      ar: 'مجلس الأمن',
      en: 'Security Council',
      es: 'Consejo de Seguridad',
      fr: 'Conseil de sécurité',
      ru: 'Совет Безопасности',
      zh: '安全理事会',
    },
    formula: {
      ar: 'إن مجلس الأمن،',
      en: 'The Security Council,',
      es: 'El Consejo de Seguridad,',
      fr: 'Le Conseil de sécurité,',
      ru: 'Совет Безопасности,',
      zh: '安全理事会，',
    },
    gender: { fr: 'm', es: 'm', ar: 'm', ru: 'm' },
  },
  hrc: {
    name: {
      ar: 'مجلس حقوق الإنسان',
      en: 'Human Rights Council',
      es: 'Consejo de Derechos Humanos',
      fr: "Conseil des droits de l'homme",
      ru: 'Совет по правам человека',
      zh: '人权理事会',
    },
    formula: {
      ar: 'إن مجلس حقوق الإنسان،',
      en: 'The Human Rights Council,',
      es: 'El Consejo de Derechos Humanos,',
      fr: "Le Conseil des droits de l'homme,",
      ru: 'Совет по правам человека,',
      zh: '人权理事会，',
    },
    gender: { fr: 'm', es: 'm', ar: 'm', ru: 'm' },
  },
  ecosoc: {
    name: {
      ar: 'المجلس الاقتصادي والاجتماعي',
      en: 'Economic and Social Council',
      es: 'Consejo Económico y Social',
      fr: 'Conseil économique et social',
      ru: 'Экономический и Социальный Совет',
      zh: '经济及社会理事会',
    },
    formula: {
      ar: 'إن المجلس الاقتصادي والاجتماعي،',
      en: 'The Economic and Social Council,',
      es: 'El Consejo Económico y Social,',
      fr: 'Le Conseil économique et social,',
      ru: 'Экономический и Социальный Совет,',
      zh: '经济及社会理事会，',
    },
    gender: { fr: 'm', es: 'm', ar: 'm', ru: 'm' },
  },
}

/** Writing direction of a language. */
export const direction = (lang: Lang): 'rtl' | 'ltr' => (lang === 'ar' ? 'rtl' : 'ltr')

/** Whether a value is one of the six language codes. */
export const isLang = (value: unknown): value is Lang =>
  typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value)

/** Whether a value is one of the organ codes. */
export const isOrgan = (value: unknown): value is Organ =>
  typeof value === 'string' && (ORGANS as readonly string[]).includes(value)
