// The names Penholder's Akoma Ntoso uses, and where each comes from.
//
// Sources read (with the search tool): the AKN4UN Guidelines (unsceb-hlcm.github.io, Part 2 "Deliberative
// Documents", subclass Resolution: document type <statement>, AKN subtype "deliberation", names "resolution" and
// "resolutionDraft"), the AKN4UN naming convention page (Work, Expression and Manifestation IRIs built as
// /akn/un/statement/deliberation/{organ}/{date}/{number}, "/!main" for the main component, "{lang}@" for the
// original version), and the OASIS Akoma Ntoso 3.0 schema itself (/work/shared/akn/akomantoso30.xsd). The
// AKN4UN tables were read in a flattened copy; where a choice below rests on reading them, it says "unverified".
import type { Lang, Organ } from '../../../schema/index.ts'

/** The Akoma Ntoso 3.0 namespace: the root of every file written, and what the reader requires. */
export const AKN_NS = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0'

/**
 * Penholder's own namespace, for what Akoma Ntoso has no attribute for: the amendment a proposed change
 * belongs to, a proposal on a whole paragraph, the clause a cross-reference points to. The schema admits any
 * attribute of another namespace on content elements (attribute group `core`, processed laxly), so files stay
 * valid, and a reader that does not know these attributes still sees standard `ins`, `del` and `ref`.
 */
export const PH_NS = 'urn:penholder:akn'

/** The prefix {@link PH_NS} is written with. */
export const PH = 'ph'

/**
 * The `name` of the `<statement>`: AKN4UN's subclass Resolution lists "resolution" and "resolutionDraft"
 * (unverified which is prescribed for which stage: the table was read flattened). A draft (an L document: no
 * adoption line and no resolution number) is written as "resolutionDraft", an adopted text as "resolution". A
 * `<statement>` rather than `<doc name="draftResolution">` because AKN4UN maps the whole Resolution subclass,
 * drafts included, to `<statement>` with subtype "deliberation".
 */
export const STATEMENT_NAMES = { draft: 'resolutionDraft', adopted: 'resolution' } as const

/** The AKN subtype of resolutions in AKN4UN, the second segment of their IRIs after the document type. */
export const SUBTYPE = 'deliberation'

/** ISO 639-2 (terminology) codes, which Akoma Ntoso IRIs and FRBRlanguage use. */
export const LANGUAGE_CODES: Record<Lang, string> = {
  ar: 'ara',
  en: 'eng',
  es: 'spa',
  fr: 'fra',
  ru: 'rus',
  zh: 'zho',
}

/** Codes of the six languages as files may spell them: ISO 639-2 terminology and bibliographic, ISO 639-1. */
export const LANGUAGE_BY_CODE: Record<string, Lang> = {
  ara: 'ar',
  eng: 'en',
  spa: 'es',
  fra: 'fr',
  fre: 'fr',
  rus: 'ru',
  zho: 'zh',
  chi: 'zh',
  ar: 'ar',
  en: 'en',
  es: 'es',
  fr: 'fr',
  ru: 'ru',
  zh: 'zh',
}

/** What an organ is called in IRIs and in the references section. */
export interface OrganNames {
  /** The actor segment of the IRI and the organ's eId in the references ("unga"). */
  actor: string
  /** The last segment of the organ's ontology IRI ("generalAssembly"). */
  ontology: string
}

/**
 * The organs as AKN4UN names them: "unga" appears in AKN4UN example IRIs; "unsc", "unhrc" and "unecosoc" follow
 * the same pattern (unverified).
 */
export const ORGAN_NAMES: Record<Organ, OrganNames> = {
  ga: { actor: 'unga', ontology: 'generalAssembly' },
  sc: { actor: 'unsc', ontology: 'securityCouncil' },
  hrc: { actor: 'unhrc', ontology: 'humanRightsCouncil' },
  ecosoc: { actor: 'unecosoc', ontology: 'economicAndSocialCouncil' },
}

/** The eId of Penholder in the references: the source of the markup. */
export const SOURCE_EID = 'penholder'

/**
 * The named inlines that hold header fields Akoma Ntoso has no element for, and the opening phrase of a
 * paragraph (AKN's generic `<inline name="…">`, which the schema offers for exactly this).
 */
export const INLINE_NAMES = {
  opening: 'openingPhrase',
  original: 'originalLanguage',
  agenda: 'agendaItem',
  agendaTitle: 'agendaTitle',
  sponsors: 'sponsors',
  basis: 'basis',
  date: 'date',
  // Where each paragraph stands: words in square brackets (the brackets inside, the delegation that asked in
  // `refersTo`), and what the writer adds for the eye only, which the reader skips: a paragraph's brackets, the
  // label of a wording ("[Alt 1]"), a compilation's status.
  bracket: 'bracket',
  paragraphBracket: 'paragraphBracket',
  alternativeLabel: 'alternativeLabel',
  status: 'paragraphStatus',
} as const

/** The inlines the writer adds for the eye only: the reader skips them (what they show is in attributes). */
export const SHOWN_ONLY: readonly string[] = [
  INLINE_NAMES.paragraphBracket,
  INLINE_NAMES.alternativeLabel,
  INLINE_NAMES.status,
]

/** The `name` of the generic containers that hold a quotation and a run of quoted paragraphs inside one. */
export const QUOTATION = 'quotation'

/** The `name` of the container of quoted paragraphs inside a quotation among sub-paragraphs. */
export const QUOTED_TEXT = 'quotedText'
