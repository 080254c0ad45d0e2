import type { Lang } from '../lang.ts'
import { LEXICONS } from '../lexicon/lexicons.ts'
import { matchOpening, type OpeningMatch, organGender } from '../opening.ts'
import { blockFix, blockProblem, type LintContext, type LintRule } from './context.ts'
import { fixMessage, lintMessage } from './messages.ts'
import type { TextBlock } from './text.ts'
import type { LintProblem } from './types.ts'

// Opening phrases. An operative paragraph that does not open with a present-tense verb of the lexicon is an
// error: it is not a valid operative paragraph. A preambular paragraph that opens with an operative verb is
// an error for the same reason (wrong kind). A preambular paragraph whose phrase is simply not in the lexicon
// is a warning: the preambular vocabulary is open ("Deeply alarmed by", "Guided by"), and a lexicon never
// holds all of it. A language whose lexicon of a kind is empty is not checked for that kind: silence is better
// than a warning on every paragraph.
// Agreement: French and Spanish participles and adjectives agree with the organ ("Consciente" for the
// Assembly, "Conscient" for the Council); a form of the other gender is an error, with the right form as fix.

const WORD = /^\s*([^\s,;:.\uE000]+)/u

/** The first word of a text and where it stands. */
function firstWord(text: string): { word: string; start: number; end: number } {
  const m = WORD.exec(text)
  if (!m) return { word: text.trim(), start: 0, end: text.length }
  const start = m[0].length - m[1]!.length
  return { word: m[1]!, start, end: m[0].length }
}

const COUNTERPARTS = new Map<Lang, Map<string, string>>()

/** The form of a gendered phrase in the other gender ("Conscient" → "Consciente"). */
function counterpart(lang: Lang, phrase: string): string | undefined {
  let map = COUNTERPARTS.get(lang)
  if (!map) {
    map = new Map()
    for (const entry of [...LEXICONS[lang].preambular, ...LEXICONS[lang].operative]) {
      if (typeof entry === 'string') continue
      map.set(entry.f, entry.m)
      map.set(entry.m, entry.f)
    }
    COUNTERPARTS.set(lang, map)
  }
  return map.get(phrase)
}

function agreement(ctx: LintContext, block: TextBlock, match: OpeningMatch, out: LintProblem[]) {
  const gender = organGender(ctx.lang, ctx.organ)
  if (!gender || !match.gender || match.gender === gender) return
  const right = counterpart(ctx.lang, match.phrase)
  if (!right) return
  const start = match.length - match.phrase.length
  const typed = block.text.slice(start, match.length)
  // Keep the case of the first letter as typed ("conscient" after an edit becomes "consciente").
  const insert = typed[0] === right[0] ? right : typed[0]! + right.slice(1)
  const { organ, lang: language } = ctx
  const message = lintMessage('agreement', { word: typed, organ, gender, language, right: insert })
  const fix = blockFix(block, start, match.length, insert, fixMessage('replace', { from: typed, to: insert }))
  out.push(blockProblem(block, 'agreement', 'error', start, match.length, message, fix))
}

/** Opening phrases of preambular and operative paragraphs, and their agreement with the organ. */
export const phraseRule: LintRule = (ctx, out) => {
  const lexicon = LEXICONS[ctx.lang]
  for (const paragraph of ctx.paragraphs) {
    const block = paragraph.blocks[0]!
    if (block.isEmpty) continue
    const { text } = block
    if (paragraph.opening) {
      agreement(ctx, block, paragraph.opening, out)
      continue
    }
    const { word, start, end } = firstWord(text)
    if (paragraph.kind === 'operative') {
      if (lexicon.operative.length === 0) continue
      const message = lintMessage('operative-verb', { word })
      out.push(blockProblem(block, 'operative-verb', 'error', start, end, message))
    } else {
      if (lexicon.preambular.length === 0) continue
      const verb = lexicon.operative.length ? matchOpening(text, ctx.lang, 'operative') : null
      if (verb) {
        const message = lintMessage('preambular-operative-verb', { word })
        out.push(blockProblem(block, 'preambular-opening', 'error', start, end, message))
      } else {
        const message = lintMessage('preambular-unknown', { word })
        out.push(blockProblem(block, 'preambular-opening', 'warning', start, end, message))
      }
    }
  }
}
