import type { Lang } from '../lang.ts'

/**
 * The words the compilation view and the amendments document add around the text, in the draft's language:
 * the legend, the notes on proposed paragraphs and who proposes a change.
 */
export interface ViewWords {
  /** Names the compilation text in its legend. */
  heading: string
  /** Legend sample of inserted words. */
  inserted: string
  /** Legend sample of deleted words. */
  deleted: string
  /** Legend sample of the name written after a change. */
  proposer: string
  /** How the compilation numbers paragraphs. */
  numbering: string
  /** Note on a proposed new paragraph: "Proposed by Egypt: new paragraph". */
  newParagraph(by: string): string
  /** Note on a paragraph proposed for deletion. */
  deleteParagraph(by: string): string
  /** Note on a paragraph proposed for a move, where it stands now; `to` labels its new place. */
  moveFrom(by: string, to: string): string
  /** Note at the new place of a moved paragraph; `from` labels where it stands now. */
  moveTo(by: string, from: string): string
  /** A proposer with the delegations that support the proposal. */
  supportedBy(by: string, supporters: string[]): string
  /** Separates the proposers named after one change, and the parts of the legend. */
  separator: string
  /** What follows the heading of the legend: ": " (French " : ", Chinese "："). */
  colon: string
  /** What ends the legend: "." (Chinese "。"). */
  stop: string
  /** The amendments document of a delegation with nothing pending. */
  noPending(delegation: string): string
  /** Heads the pending amendments whose wording could not be written. */
  unworded: string
}

// Sources. Negotiators name the paragraphs of a compilation text PP1, PP2 ... and OP1, OP2 ..., and proposed
// ones after the paragraph they follow, "PP2bis", "OP7ter" (Commission on Narcotic Drugs, Committee of the
// Whole, March 2024, cndblog.org). No compilation text in another language was found with the search tool, so
// the phrases below are this project's wording; French, Spanish, Russian, Arabic and Chinese are `unverified`.

const NBSP = '\u00a0'

/** The words of the views in each language. */
export const VIEW_WORDS: Record<Lang, ViewWords> = {
  en: {
    heading: 'Compilation text',
    inserted: 'inserted words',
    deleted: 'deleted words',
    proposer: 'delegation proposing the change',
    numbering:
      'paragraphs are numbered as in the text without pending proposals; “bis”, “ter”: proposed paragraphs',
    newParagraph: (by) => `Proposed by ${by}: new paragraph`,
    deleteParagraph: (by) => `${by} proposes to delete this paragraph`,
    moveFrom: (by, to) => `${by} proposes to move this paragraph (see ${to})`,
    moveTo: (by, from) => `${by} proposes to move ${from} here`,
    supportedBy: (by, supporters) => `${by}, supported by ${supporters.join(', ')}`,
    separator: '; ',
    colon: ': ',
    stop: '.',
    noPending: (delegation) => `${delegation} has no pending amendments to this draft resolution.`,
    unworded: 'Pending amendments whose wording could not be written:',
  },
  fr: {
    heading: 'Texte de compilation',
    inserted: 'mots ajoutés',
    deleted: 'mots supprimés',
    proposer: 'délégation qui propose la modification',
    numbering: `paragraphes numérotés comme dans le texte sans les propositions en attente${NBSP}; «${NBSP}bis${NBSP}», «${NBSP}ter${NBSP}»${NBSP}: paragraphes proposés`,
    newParagraph: (by) => `Proposé par ${by}${NBSP}: nouveau paragraphe`,
    deleteParagraph: (by) => `${by} propose de supprimer ce paragraphe`,
    moveFrom: (by, to) => `${by} propose de déplacer ce paragraphe (voir ${to})`,
    moveTo: (by, from) => `${by} propose de déplacer ici le paragraphe ${from}`,
    supportedBy: (by, supporters) => `${by}, avec l'appui de ${supporters.join(', ')}`,
    separator: `${NBSP}; `,
    colon: `${NBSP}: `,
    stop: '.',
    noPending: (delegation) =>
      `Aucun amendement de ${delegation} n'est en attente pour ce projet de résolution.`,
    unworded: `Amendements en attente dont le libellé n'a pu être établi${NBSP}:`,
  },
  es: {
    heading: 'Texto de compilación',
    inserted: 'palabras añadidas',
    deleted: 'palabras suprimidas',
    proposer: 'delegación que propone el cambio',
    numbering:
      'párrafos numerados como en el texto sin las propuestas pendientes; “bis”, “ter”: párrafos propuestos',
    newParagraph: (by) => `Propuesto por ${by}: nuevo párrafo`,
    deleteParagraph: (by) => `${by} propone suprimir este párrafo`,
    moveFrom: (by, to) => `${by} propone trasladar este párrafo (véase ${to})`,
    moveTo: (by, from) => `${by} propone trasladar aquí el párrafo ${from}`,
    supportedBy: (by, supporters) => `${by}, con el apoyo de ${supporters.join(', ')}`,
    separator: '; ',
    colon: ': ',
    stop: '.',
    noPending: (delegation) => `No hay enmiendas pendientes de ${delegation} a este proyecto de resolución.`,
    unworded: 'Enmiendas pendientes cuya redacción no pudo establecerse:',
  },
  // The name comes first, then a colon, so that it needs no case ending.
  ru: {
    heading: 'Сводный текст',
    inserted: 'добавляемые слова',
    deleted: 'исключаемые слова',
    proposer: 'делегация, предлагающая изменение',
    numbering:
      'пункты пронумерованы как в тексте без находящихся на рассмотрении предложений; «bis», «ter» — предлагаемые пункты',
    newParagraph: (by) => `${by}: предлагается новый пункт`,
    deleteParagraph: (by) => `${by}: предлагается исключить этот пункт`,
    moveFrom: (by, to) => `${by}: предлагается перенести этот пункт (см. ${to})`,
    moveTo: (by, from) => `${by}: предлагается перенести сюда пункт ${from}`,
    supportedBy: (by, supporters) => `${by} (при поддержке: ${supporters.join(', ')})`,
    separator: '; ',
    colon: ': ',
    stop: '.',
    noPending: (delegation) => `${delegation}: нет находящихся на рассмотрении поправок к проекту резолюции.`,
    unworded: 'Поправки, формулировку которых не удалось составить:',
  },
  ar: {
    heading: 'نص تجميعي',
    inserted: 'كلمات مضافة',
    deleted: 'كلمات محذوفة',
    proposer: 'الوفد صاحب الاقتراح',
    numbering: 'الفقرات مرقمة كما في النص دون الاقتراحات قيد النظر؛ «bis» و«ter»: فقرات مقترحة',
    newParagraph: (by) => `${by}: فقرة جديدة مقترحة`,
    deleteParagraph: (by) => `${by}: اقتراح بحذف هذه الفقرة`,
    moveFrom: (by, to) => `${by}: اقتراح بنقل هذه الفقرة (انظر ${to})`,
    moveTo: (by, from) => `${by}: اقتراح بنقل الفقرة ${from} إلى هنا`,
    supportedBy: (by, supporters) => `${by}، بتأييد من ${supporters.join('، ')}`,
    separator: '؛ ',
    colon: ': ',
    stop: '.',
    noPending: (delegation) => `${delegation}: لا توجد تعديلات قيد النظر على مشروع القرار.`,
    unworded: 'تعديلات قيد النظر تعذرت صياغتها:',
  },
  zh: {
    heading: '汇编案文',
    inserted: '增加的文字',
    deleted: '删除的文字',
    proposer: '提出修改的代表团',
    numbering: '段落编号依照不含待决提案的案文；“bis”、“ter”：提议的段落',
    newParagraph: (by) => `${by}提议：新增段落`,
    deleteParagraph: (by) => `${by}提议删除本段`,
    moveFrom: (by, to) => `${by}提议移动本段（见${to}）`,
    moveTo: (by, from) => `${by}提议将${from}移至此处`,
    supportedBy: (by, supporters) => `${by}（${supporters.join('、')}支持）`,
    separator: '；',
    colon: '：',
    stop: '。',
    noPending: (delegation) => `${delegation}对本决议草案没有待决的修正。`,
    unworded: '无法拟定措辞的待决修正：',
  },
}
