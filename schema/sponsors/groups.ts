import type { Lang } from '../lang.ts'

/** A group a delegation may speak for in a sponsor line: its name, and "on behalf of" it, in each language. */
export interface SponsorGroup {
  id: string
  /** The group's name, for pickers. */
  name: Readonly<Record<Lang, string>>
  /** The words that follow the delegation's name in a sponsor line, "on behalf of the Group of Arab States". */
  onBehalf: Readonly<Record<Lang, string>>
}

const MEMBERS: Record<Lang, (of: string) => string> = {
  en: (of) => `on behalf of the States Members of the United Nations that are members of ${of}`,
  fr: (of) => `au nom des États Membres de l’Organisation des Nations Unies qui sont membres ${of}`,
  es: (of) => `en nombre de los Estados Miembros de las Naciones Unidas que son miembros ${of}`,
  ru: (of) => `от имени государств — членов Организации Объединенных Наций, являющихся членами ${of}`,
  zh: (of) => `代表属于${of}的联合国会员国`,
  ar: (of) => `باسم الدول الأعضاء في الأمم المتحدة الأعضاء في ${of}`,
}

/** The phrase for a group of Member States: "on behalf of the States Members ... that are members of X". */
const members = (of: Record<Lang, string>): Record<Lang, string> =>
  Object.fromEntries(
    Object.entries(MEMBERS).map(([lang, phrase]) => [lang, phrase(of[lang as Lang])]),
  ) as Record<Lang, string>

/**
 * The groups that sponsor drafts most often, as the sponsor lines of General Assembly L documents name them
 * (the wording of the UN's terminology database, UNTERM, for each language). These are groups, not countries,
 * and so are written out here; a group not listed can still be named in an entry's `onBehalfOf`, and is then
 * printed after the words of {@link ON_BEHALF_OF}.
 */
export const SPONSOR_GROUPS: readonly SponsorGroup[] = [
  {
    id: 'G77',
    name: {
      en: 'Group of 77 and China',
      fr: 'Groupe des 77 et la Chine',
      es: 'Grupo de los 77 y China',
      ru: 'Группа 77 и Китай',
      zh: '77国集团和中国',
      ar: 'مجموعة الـ 77 والصين',
    },
    onBehalf: {
      // China is no member of the Group of 77 but joins its statements: "... members of the Group of 77 and China".
      en: `${MEMBERS.en('the Group of 77')} and China`,
      fr: `${MEMBERS.fr('du Groupe des 77')} et de la Chine`,
      es: `${MEMBERS.es('del Grupo de los 77')} y China`,
      ru: `${MEMBERS.ru('Группы 77')} и Китая`,
      zh: `${MEMBERS.zh('77国集团')}和中国`,
      ar: `${MEMBERS.ar('مجموعة الـ 77')} والصين`,
    },
  },
  {
    id: 'AFRICAN',
    name: {
      en: 'Group of African States',
      fr: 'Groupe des États d’Afrique',
      es: 'Grupo de los Estados de África',
      ru: 'Группа африканских государств',
      zh: '非洲国家组',
      ar: 'مجموعة الدول الأفريقية',
    },
    onBehalf: {
      en: 'on behalf of the Group of African States',
      fr: 'au nom du Groupe des États d’Afrique',
      es: 'en nombre del Grupo de los Estados de África',
      ru: 'от имени Группы африканских государств',
      zh: '代表非洲国家组',
      ar: 'باسم مجموعة الدول الأفريقية',
    },
  },
  {
    id: 'ARAB',
    name: {
      en: 'Group of Arab States',
      fr: 'Groupe des États arabes',
      es: 'Grupo de los Estados Árabes',
      ru: 'Группа арабских государств',
      zh: '阿拉伯国家组',
      ar: 'مجموعة الدول العربية',
    },
    onBehalf: {
      en: 'on behalf of the Group of Arab States',
      fr: 'au nom du Groupe des États arabes',
      es: 'en nombre del Grupo de los Estados Árabes',
      ru: 'от имени Группы арабских государств',
      zh: '代表阿拉伯国家组',
      ar: 'باسم مجموعة الدول العربية',
    },
  },
  {
    id: 'EU',
    name: {
      en: 'European Union',
      fr: 'Union européenne',
      es: 'Unión Europea',
      ru: 'Европейский союз',
      zh: '欧洲联盟',
      ar: 'الاتحاد الأوروبي',
    },
    onBehalf: members({
      en: 'the European Union',
      fr: 'de l’Union européenne',
      es: 'de la Unión Europea',
      ru: 'Европейского союза',
      zh: '欧洲联盟成员国',
      ar: 'الاتحاد الأوروبي',
    }),
  },
  {
    id: 'NAM',
    name: {
      en: 'Movement of Non-Aligned Countries',
      fr: 'Mouvement des pays non alignés',
      es: 'Movimiento de Países No Alineados',
      ru: 'Движение неприсоединения',
      zh: '不结盟国家运动',
      ar: 'حركة عدم الانحياز',
    },
    onBehalf: members({
      en: 'the Movement of Non-Aligned Countries',
      fr: 'du Mouvement des pays non alignés',
      es: 'del Movimiento de Países No Alineados',
      ru: 'Движения неприсоединения',
      zh: '不结盟国家运动成员',
      ar: 'حركة عدم الانحياز',
    }),
  },
  {
    id: 'OIC',
    name: {
      en: 'Organization of Islamic Cooperation',
      fr: 'Organisation de la coopération islamique',
      es: 'Organización de Cooperación Islámica',
      ru: 'Организация исламского сотрудничества',
      zh: '伊斯兰合作组织',
      ar: 'منظمة التعاون الإسلامي',
    },
    onBehalf: members({
      en: 'the Organization of Islamic Cooperation',
      fr: 'de l’Organisation de la coopération islamique',
      es: 'de la Organización de Cooperación Islámica',
      ru: 'Организации исламского сотрудничества',
      zh: '伊斯兰合作组织成员',
      ar: 'منظمة التعاون الإسلامي',
    }),
  },
  {
    id: 'CARICOM',
    name: {
      en: 'Caribbean Community',
      fr: 'Communauté des Caraïbes',
      es: 'Comunidad del Caribe',
      ru: 'Карибское сообщество',
      zh: '加勒比共同体',
      ar: 'الجماعة الكاريبية',
    },
    onBehalf: members({
      en: 'the Caribbean Community',
      fr: 'de la Communauté des Caraïbes',
      es: 'de la Comunidad del Caribe',
      ru: 'Карибского сообщества',
      zh: '加勒比共同体成员',
      ar: 'الجماعة الكاريبية',
    }),
  },
]

/** The words that introduce a group not in {@link SPONSOR_GROUPS}, followed by its name as written. */
export const ON_BEHALF_OF: Readonly<Record<Lang, string>> = {
  en: 'on behalf of',
  fr: 'au nom de',
  es: 'en nombre de',
  ru: 'от имени',
  zh: '代表',
  ar: 'باسم',
}

/** The words that open "on behalf of" a group in any of the languages ("au nom du", "au nom des" too). */
export const ON_BEHALF_START = /^(?:on\s+behalf\s+of|au\s+nom\s+d|en\s+nombre\s+d|от\s+имени|代表|باسم)/iu

/** The group an entry's `onBehalfOf` names: by id ("G77") or by its name in any language; null if none. */
export function findGroup(onBehalfOf: string): SponsorGroup | null {
  const wanted = onBehalfOf.trim().toLowerCase()
  return (
    SPONSOR_GROUPS.find(
      (g) => g.id.toLowerCase() === wanted || Object.values(g.name).some((n) => n.toLowerCase() === wanted),
    ) ?? null
  )
}

/**
 * "on behalf of ..." for an entry's group, in a language: a known group's words, or else the group as written,
 * after the language's "on behalf of" unless it starts with such words already (as read from a sponsor line).
 */
export function onBehalfPhrase(onBehalfOf: string, lang: Lang): string {
  const group = findGroup(onBehalfOf)
  if (group) return group.onBehalf[lang]
  const text = onBehalfOf.trim()
  if (ON_BEHALF_START.test(text)) return text
  return lang === 'zh' ? `${ON_BEHALF_OF.zh}${text}` : `${ON_BEHALF_OF[lang]} ${text}`
}
