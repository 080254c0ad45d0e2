import type { Lang } from '../lang.ts'
import { PUNCTUATION } from '../punctuation.ts'
import { blockFix, blockProblem, type LintContext, type LintRule, shown } from './context.ts'
import { fixMessage, type LintExpected, lintMessage } from './messages.ts'
import type { TextBlock } from './text.ts'
import type { LintFix, LintProblem } from './types.ts'

// How each textblock of a clause must end (the UN editorial manual, and the samples):
// - a preambular paragraph with a comma, an operative paragraph with a semicolon, the last operative paragraph
//   with a full stop; where a paragraph has sub-paragraphs or a quotation, its last block carries that ending
//   (after any closing quotation mark: `... “Uniting for peace”,`);
// - a para followed by sub-paragraphs or a quotation with a colon;
// - any other sub-paragraph with a semicolon, optionally followed by "and"/"or" before the last one
//   ("; and"); sub-paragraphs of a preambular paragraph may also end with a comma, as short lists do;
// - paragraphs inside a quotation keep the punctuation of the text they quote and are not checked.
// The mark is checked here; the space French puts before it is the spacing rule's business, so that a
// missing space is reported once.

type Ending = 'preambular' | 'operative' | 'last' | 'colon' | 'sub' | 'preambular-sub'

/** The words that may follow a sub-paragraph's semicolon before the last sub-paragraph. */
const CONJUNCTIONS: Record<Lang, readonly string[]> = {
  en: ['and', 'or'],
  fr: ['et', 'ou'],
  es: ['y', 'e', 'o', 'u'],
  ru: ['и', 'или'],
  ar: [],
  zh: [],
}

const TERMINAL = /[,;.:!?،؛，；。：]/u
const SPACE = /\s/

interface LangEndings {
  /** Matches a mark followed by a conjunction at the end of a block's tail. */
  conjunction: RegExp | null
  marks: Record<Ending, readonly string[]>
  /** The marks as a message shows them: French's with the space it puts before them. */
  expected: Record<Ending, LintExpected>
}

const inClass = (s: string) => s.replace(/[\\\]^-]/g, '\\$&')

function langEndings(lang: Lang): LangEndings {
  const p = PUNCTUATION[lang]
  const op = p.operative.trim()
  const pre = p.preambular.trim()
  const words = CONJUNCTIONS[lang]
  const conjunction = words[0] ? `${p.operative} ${words[0]}` : null
  return {
    conjunction: words.length ? new RegExp(`([${inClass(op + pre)}])\\s*(?:${words.join('|')})$`, 'u') : null,
    marks: {
      preambular: [pre],
      operative: [op],
      last: [p.last.trim()],
      colon: [p.colon.trim()],
      sub: [op],
      'preambular-sub': [op, pre],
    },
    expected: {
      preambular: { marks: [p.preambular], conjunction: null },
      operative: { marks: [p.operative], conjunction: null },
      last: { marks: [p.last], conjunction: null },
      colon: { marks: [p.colon], conjunction: null },
      sub: { marks: [p.operative], conjunction },
      'preambular-sub': { marks: [p.operative, p.preambular], conjunction },
    },
  }
}

const ENDINGS = new Map<Lang, LangEndings>()

/** The text put in place of a wrong final mark: French puts a no-break space before ";" and ":". */
function markText(lang: Lang, mark: string): string {
  return lang === 'fr' && (mark === ';' || mark === ':') ? `\u00a0${mark}` : mark
}

function check(ctx: LintContext, block: TextBlock, ending: Ending, out: LintProblem[]) {
  let rules = ENDINGS.get(ctx.lang)
  if (!rules) {
    rules = langEndings(ctx.lang)
    ENDINGS.set(ctx.lang, rules)
  }
  const { text } = block
  const end = block.textEnd
  const tail = text.slice(Math.max(0, end - 12), end)
  const conj = rules.conjunction?.exec(tail)
  let mark: string | null = null
  let at = end - 1
  if (conj) {
    mark = conj[1]!
    at = end - tail.length + conj.index
  } else if (TERMINAL.test(text[end - 1]!)) mark = text[end - 1]!
  const accepted = rules.marks[ending]
  const conjAllowed = ending === 'sub' || ending === 'preambular-sub'
  if (mark && accepted.includes(mark) && (!conj || conjAllowed)) return

  const code = ending === 'last' ? 'ending-last' : ending === 'colon' ? 'ending-colon' : 'ending'
  const expected = rules.expected[ending]
  const message = mark
    ? lintMessage(`${code}-found`, { expected, found: text.slice(at, end) })
    : lintMessage(code, { expected })
  const right = markText(ctx.lang, accepted[0]!)
  let fix: LintFix | undefined
  if (!mark) {
    // English puts a footnote marker after the punctuation, French before it.
    let insertAt = end
    if (ctx.lang === 'fr') {
      insertAt = text.length
      while (insertAt > 0 && SPACE.test(text[insertAt - 1]!)) insertAt--
    }
    fix = blockFix(block, insertAt, insertAt, right, fixMessage('insert-at-end', { text: shown(right) }))
  } else if (!conj) {
    let from = at
    while (from > 0 && SPACE.test(text[from - 1]!)) from--
    const label = fixMessage('replace', { from: mark, to: shown(right) })
    fix = blockFix(block, from, at + 1, right, label)
  }
  out.push(blockProblem(block, 'ending', 'error', mark ? at : Math.max(0, end - 1), end, message, fix))
}

/** Final punctuation of every clause, sub-paragraph and introductory para. */
export const endingRule: LintRule = (ctx, out) => {
  for (const paragraph of ctx.paragraphs) {
    const { blocks } = paragraph
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i]!
      if (block.isEmpty) continue
      let ending: Ending
      if (i === blocks.length - 1) {
        ending = paragraph.kind === 'preambular' ? 'preambular' : paragraph.last ? 'last' : 'operative'
      } else if (block.quoted) continue
      else if (block.intro) ending = 'colon'
      else ending = paragraph.kind === 'preambular' ? 'preambular-sub' : 'sub'
      check(ctx, block, ending, out)
    }
  }
}
