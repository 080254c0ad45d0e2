import type { Lang } from '../lang.ts'

/** The words a comparison adds around the text, in the draft's language: its heading, legend and notes. */
export interface CompareWords {
  /** "Comparison of A/C.3/71/L.23 with A/C.3/71/L.23/Rev.1" */
  heading(from: string, to: string): string
  /** The names of the two versions when the caller gives none. */
  earlier: string
  later: string
  /** Legend samples. */
  inserted: string
  deleted: string
  moved: string
  /** Note at the new place of a moved paragraph: "Moved from operative paragraph 9". */
  movedFrom(label: string): string
  /** Note where a moved paragraph stood: "Moved to operative paragraph 2". */
  movedTo(label: string): string
  newParagraph: string
  deletedParagraph: string
  /** Marks an oral revision's changes, before its note. */
  orally: string
  /** Names of the blocks outside the paragraphs, for their changes. */
  header: string
  title: string
  formula: string
  closing: string
  footnote(n: number): string
  footnoteAdded(n: number): string
  footnoteDeleted(n: number): string
  footnoteChanged(n: number): string
  /** What follows a heading or a block's name: ": " (French " : ", Chinese "："). */
  colon: string
  /** The comparison of two equal versions. */
  noChanges: string
}

const NBSP = '\u00a0'

// Sources: none found for the legend and notes of a comparison (a UN revision's "changes shown" text is not in
// the search corpora). English is this project's wording after the compilation text's (serialize/view-words.ts);
// the other five languages are `unverified` translations of it, the UN names of the blocks ("préambule",
// "dispositif", "note de bas de page", ...) as the amendment wording uses them.

/** The words of the comparison in each language. */
export const COMPARE_WORDS: Record<Lang, CompareWords> = {
  en: {
    heading: (from, to) => `Comparison of ${from} with ${to}`,
    earlier: 'the earlier version',
    later: 'the later version',
    inserted: 'inserted words',
    deleted: 'deleted words',
    moved: 'moved paragraph',
    movedFrom: (label) => `Moved from ${label}`,
    movedTo: (label) => `Moved to ${label}`,
    newParagraph: 'New paragraph',
    deletedParagraph: 'Paragraph deleted',
    orally: 'orally revised',
    header: 'Header',
    title: 'Title',
    formula: 'Authoring formula',
    closing: 'Closing',
    footnote: (n) => `footnote ${n}`,
    footnoteAdded: (n) => `Footnote ${n} added`,
    footnoteDeleted: (n) => `Footnote ${n} deleted`,
    footnoteChanged: (n) => `In footnote ${n}`,
    colon: ': ',
    noChanges: 'The two versions are the same.',
  },
  fr: {
    heading: (from, to) => `Comparaison de ${from} et de ${to}`,
    earlier: 'la version antérieure',
    later: 'la version ultérieure',
    inserted: 'mots ajoutés',
    deleted: 'mots supprimés',
    moved: 'paragraphe déplacé',
    movedFrom: (label) => `Déplacé (ancien ${label})`,
    movedTo: (label) => `Déplacé (devenu ${label})`,
    newParagraph: 'Nouveau paragraphe',
    deletedParagraph: 'Paragraphe supprimé',
    orally: 'révisé oralement',
    header: 'En-tête',
    title: 'Titre',
    formula: 'Formule liminaire',
    closing: 'Clôture',
    footnote: (n) => `note ${n}`,
    footnoteAdded: (n) => `Note ${n} ajoutée`,
    footnoteDeleted: (n) => `Note ${n} supprimée`,
    footnoteChanged: (n) => `À la note ${n}`,
    colon: `${NBSP}: `,
    noChanges: 'Les deux versions sont identiques.',
  },
  es: {
    heading: (from, to) => `Comparación de ${from} con ${to}`,
    earlier: 'la versión anterior',
    later: 'la versión posterior',
    inserted: 'palabras añadidas',
    deleted: 'palabras suprimidas',
    moved: 'párrafo trasladado',
    movedFrom: (label) => `Trasladado (antes ${label})`,
    movedTo: (label) => `Trasladado (ahora ${label})`,
    newParagraph: 'Nuevo párrafo',
    deletedParagraph: 'Párrafo suprimido',
    orally: 'revisado oralmente',
    header: 'Encabezado',
    title: 'Título',
    formula: 'Fórmula inicial',
    closing: 'Cierre',
    footnote: (n) => `nota ${n}`,
    footnoteAdded: (n) => `Nota ${n} añadida`,
    footnoteDeleted: (n) => `Nota ${n} suprimida`,
    footnoteChanged: (n) => `En la nota ${n}`,
    colon: ': ',
    noChanges: 'Las dos versiones son idénticas.',
  },
  ru: {
    heading: (from, to) => `Сравнение ${from} и ${to}`,
    earlier: 'предыдущая редакция',
    later: 'последующая редакция',
    inserted: 'добавленные слова',
    deleted: 'исключенные слова',
    moved: 'перемещенный пункт',
    movedFrom: (label) => `Перемещен (ранее ${label})`,
    movedTo: (label) => `Перемещен (теперь ${label})`,
    newParagraph: 'Новый пункт',
    deletedParagraph: 'Пункт исключен',
    orally: 'с устными изменениями',
    header: 'Шапка',
    title: 'Название',
    formula: 'Вводная формула',
    closing: 'Заключительная часть',
    footnote: (n) => `сноска ${n}`,
    footnoteAdded: (n) => `Добавлена сноска ${n}`,
    footnoteDeleted: (n) => `Исключена сноска ${n}`,
    footnoteChanged: (n) => `В сноске ${n}`,
    colon: ': ',
    noChanges: 'Обе редакции совпадают.',
  },
  ar: {
    heading: (from, to) => `مقارنة ${from} و ${to}`,
    earlier: 'الصيغة السابقة',
    later: 'الصيغة اللاحقة',
    inserted: 'كلمات مضافة',
    deleted: 'كلمات محذوفة',
    moved: 'فقرة منقولة',
    movedFrom: (label) => `نقلت (سابقا ${label})`,
    movedTo: (label) => `نقلت (حاليا ${label})`,
    newParagraph: 'فقرة جديدة',
    deletedParagraph: 'فقرة محذوفة',
    orally: 'بصيغته المنقحة شفويا',
    header: 'الترويسة',
    title: 'العنوان',
    formula: 'الصيغة الاستهلالية',
    closing: 'الخاتمة',
    footnote: (n) => `الحاشية ${n}`,
    footnoteAdded: (n) => `أضيفت الحاشية ${n}`,
    footnoteDeleted: (n) => `حذفت الحاشية ${n}`,
    footnoteChanged: (n) => `في الحاشية ${n}`,
    colon: ': ',
    noChanges: 'الصيغتان متطابقتان.',
  },
  zh: {
    heading: (from, to) => `${from}与${to}的比较`,
    earlier: '前一版本',
    later: '后一版本',
    inserted: '插入的词语',
    deleted: '删除的词语',
    moved: '移动的段落',
    movedFrom: (label) => `已移动(原${label})`,
    movedTo: (label) => `已移动(现${label})`,
    newParagraph: '新段落',
    deletedParagraph: '已删除段落',
    orally: '经口头订正',
    header: '文头',
    title: '标题',
    formula: '开头语',
    closing: '结尾',
    footnote: (n) => `脚注${n}`,
    footnoteAdded: (n) => `增加脚注${n}`,
    footnoteDeleted: (n) => `删除脚注${n}`,
    footnoteChanged: (n) => `在脚注${n}中`,
    colon: '：',
    noChanges: '两个版本相同。',
  },
}
