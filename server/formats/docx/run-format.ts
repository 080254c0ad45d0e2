import type { IRunOptions } from 'docx'
import type { Lang } from '../../../schema/index.ts'
import { type Faces, facesOf, isRightToLeft, type LanguageTags, languageTags } from './fonts.ts'

/** What every run and paragraph of a draft in one language carries: faces, language, direction. */
export class RunFormat {
  readonly lang: Lang
  readonly faces: Faces
  readonly language: LanguageTags
  /** Whether paragraphs are right to left (`w:bidi`): Arabic. */
  readonly bidirectional: boolean

  constructor(lang: Lang) {
    this.lang = lang
    this.faces = facesOf(lang)
    this.language = languageTags(lang)
    this.bidirectional = lang === 'ar'
  }

  /**
   * The options of a run of text: the draft's faces and language on every run (a run pasted into another
   * document keeps them), right to left where it holds Arabic letters, and the emphasis given.
   */
  run(text: string, emphasis: { italics?: boolean; superScript?: boolean } = {}): IRunOptions {
    return {
      font: this.faces,
      language: this.language,
      ...(isRightToLeft(this.lang, text) ? { rightToLeft: true } : {}),
      ...(emphasis.italics ? { italics: true, italicsComplexScript: true } : {}),
      ...(emphasis.superScript ? { superScript: true } : {}),
    }
  }

  /** The direction of every paragraph: right to left in Arabic. */
  paragraph(): { bidirectional?: boolean } {
    return this.bidirectional ? { bidirectional: true } : {}
  }
}
