import type { Lang, Organ } from '../lang.ts'
import type { HeaderField } from '../schema.ts'
import type { Run } from './runs.ts'

/** A clause while it is being read: its kind, its first paragraph, and its sub-paragraphs and quotations. */
export interface ClauseDraft {
  type: 'clause'
  kind: 'preambular' | 'operative' | 'subparagraph'
  para: Run[]
  children: (ClauseDraft | QuoteDraft)[]
  /** Its id when the source gives one (a Markdown export keeps the ids that cross-references point to). */
  id: string | null
  /** A pending proposal on the whole clause (the `proposal` attribute), when the source gives one. */
  proposal: string | null
  /** Where it stands, when the source says (a Markdown export does): its square brackets and alternatives. */
  standing?: { bracketed?: string; alternatives?: { text: string; by?: string }[] }
  /** Source line where it starts, for warnings. */
  line: number
}

/** A paragraph of quoted text. */
export interface QuoteParaDraft {
  type: 'para'
  runs: Run[]
}

/** Quoted text: paragraphs and sub-paragraphs of another text. */
export interface QuoteDraft {
  type: 'quotation'
  items: (QuoteParaDraft | ClauseDraft)[]
}

/** A header line: its field name and content. */
export interface FieldDraft {
  name: HeaderField
  runs: Run[]
  line: number
}

/** A whole resolution as read, before it becomes a ProseMirror document. */
export interface DocDraft {
  /** Language and organ when the source states them (a Markdown export does); otherwise detected later. */
  lang: Lang | null
  organ: Organ | null
  header: FieldDraft[]
  title: { number: string | null; runs: Run[] }
  formula: Run[]
  /** Preambular and operative paragraphs in order. */
  clauses: ClauseDraft[]
  closing: Run[][]
}

/** An empty draft to fill. */
export function emptyDocDraft(): DocDraft {
  return {
    lang: null,
    organ: null,
    header: [],
    title: { number: null, runs: [] },
    formula: [],
    clauses: [],
    closing: [],
  }
}

/** A new clause. */
export function clauseDraft(
  kind: ClauseDraft['kind'],
  para: Run[],
  line: number,
  id: string | null = null,
): ClauseDraft {
  return { type: 'clause', kind, para, children: [], id, proposal: null, line }
}
