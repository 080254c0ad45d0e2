import { roman } from '../../../schema/index.ts'
import type { XmlElement } from '../xml/parse.ts'
import type { NumberingRef, WordStyles } from './read-styles.ts'
import { onOff, wAttr, wChild, wChildren, wVal } from './read-wordml.ts'

/** One level of a list: where it starts, how its number is written, and the text around it ("%1.", "(%2)"). */
interface Level {
  start: number
  format: string
  text: string | null
  /** Legal numbering: every level's number in decimal. */
  legal: boolean
}

/** A numbering instance (`w:num`): its abstract list, and the levels it restarts or redefines. */
interface Instance {
  abstractId: string
  starts: Map<number, number>
  levels: Map<number, Level>
}

const LATIN = 'abcdefghijklmnopqrstuvwxyz'.split('')
// Word's arabicAbjad and arabicAlpha orders, and its russianLower letters (no ё, й, ъ, ы, ь).
const ABJAD = 'أ ب ج د ه و ز ح ط ي ك ل م ن س ع ف ص ق ر ش ت ث خ ذ ض ظ غ'.split(' ')
const ALPHA = 'أ ب ت ث ج ح خ د ذ ر ز س ش ص ض ط ظ ع غ ف ق ك ل م ن ه و ي'.split(' ')
const RUSSIAN = 'а б в г д е ж з и к л м н о п р с т у ф х ц ч ш щ э ю я'.split(' ')

/** The n-th letter of an alphabet, doubled, tripled... after its last one ("aa" after "z"), as Word counts. */
const letter = (alphabet: readonly string[], n: number) =>
  alphabet[(n - 1) % alphabet.length]!.repeat(Math.floor((n - 1) / alphabet.length) + 1)

/** A number written in a Word number format (`w:numFmt`); decimal for formats a draft does not use. */
export function formatNumber(n: number, format: string): string {
  if (n < 1 && format !== 'decimal' && format !== 'decimalZero') return String(n)
  switch (format) {
    case 'lowerLetter':
      return letter(LATIN, n)
    case 'upperLetter':
      return letter(LATIN, n).toUpperCase()
    case 'lowerRoman':
      return roman(n)
    case 'upperRoman':
      return roman(n).toUpperCase()
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n)
    case 'arabicAbjad':
      return letter(ABJAD, n)
    case 'arabicAlpha':
      return letter(ALPHA, n)
    case 'russianLower':
      return letter(RUSSIAN, n)
    case 'russianUpper':
      return letter(RUSSIAN, n).toUpperCase()
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)))
    default:
      return String(n)
  }
}

function readLevel(lvl: XmlElement): Level {
  const start = Number(wVal(lvl, 'start') ?? 1)
  return {
    start: Number.isFinite(start) ? start : 1,
    format: wVal(lvl, 'numFmt') ?? 'decimal',
    text: wVal(lvl, 'lvlText') ?? null,
    legal: onOff(wChild(lvl, 'isLgl')) ?? false,
  }
}

const levelIndex = (el: XmlElement) => Number(wAttr(el, 'ilvl') ?? 0)

/**
 * The lists of a Word file (word/numbering.xml): abstract lists and their instances, with the restarts and
 * level overrides of each instance, and abstract lists that take their levels from a numbering style.
 */
export class WordNumbering {
  private readonly abstracts = new Map<string, Map<number, Level>>()
  private readonly links = new Map<string, string>()
  private readonly instances = new Map<string, Instance>()

  constructor(
    numbering: XmlElement | null,
    private readonly styles: WordStyles,
  ) {
    for (const abs of wChildren(numbering, 'abstractNum')) {
      const id = wAttr(abs, 'abstractNumId')
      if (id === undefined) continue
      const levels = new Map<number, Level>()
      for (const lvl of wChildren(abs, 'lvl')) levels.set(levelIndex(lvl), readLevel(lvl))
      this.abstracts.set(id, levels)
      const link = wVal(abs, 'numStyleLink')
      if (link !== undefined) this.links.set(id, link)
    }
    for (const num of wChildren(numbering, 'num')) {
      const id = wAttr(num, 'numId')
      const abstractId = wVal(num, 'abstractNumId')
      if (id === undefined || abstractId === undefined) continue
      const starts = new Map<number, number>()
      const levels = new Map<number, Level>()
      for (const override of wChildren(num, 'lvlOverride')) {
        const ilvl = levelIndex(override)
        const start = wVal(override, 'startOverride')
        if (start !== undefined && Number.isFinite(Number(start))) starts.set(ilvl, Number(start))
        const lvl = wChild(override, 'lvl')
        if (lvl) levels.set(ilvl, readLevel(lvl))
      }
      this.instances.set(id, { abstractId, starts, levels })
    }
  }

  /** The instance of a numId, or undefined. */
  instance(numId: string): Instance | undefined {
    return this.instances.get(numId)
  }

  /**
   * The abstract list whose levels an instance uses and counts with: an abstract list linked to a numbering
   * style takes the list that style names.
   */
  abstractOf(instance: Instance): { id: string; levels: Map<number, Level> } | undefined {
    let id = instance.abstractId
    const link = this.links.get(id)
    if (link !== undefined) {
      const ref = this.styles.numberingStyle(link)
      const target = ref ? this.instances.get(ref.numId) : undefined
      if (target && target.abstractId !== id) id = target.abstractId
    }
    const levels = this.abstracts.get(id)
    return levels ? { id, levels } : undefined
  }
}

/**
 * Counts list paragraphs in document order and gives the label Word shows before each ("3.", "(b)"), as Word
 * counts: instances of one abstract list share their counters (a list continues across them) unless an instance
 * restarts a level (`w:startOverride`, at its first paragraph), and a level restarts after any shallower one.
 */
export class ListCounter {
  private readonly counts = new Map<string, (number | undefined)[]>()
  private readonly started = new Set<string>()

  constructor(private readonly numbering: WordNumbering) {}

  /** The label of the next paragraph of a list: null for a bullet or a level without a number. */
  next(ref: NumberingRef): string | null {
    const instance = this.numbering.instance(ref.numId)
    const abstract = instance && this.numbering.abstractOf(instance)
    if (!instance || !abstract) return null
    const level = (ilvl: number) => instance.levels.get(ilvl) ?? abstract.levels.get(ilvl)
    const current = level(ref.ilvl)
    if (!current) return null
    let counts = this.counts.get(abstract.id)
    if (!counts) {
      counts = []
      this.counts.set(abstract.id, counts)
    }
    if (!this.started.has(ref.numId)) {
      this.started.add(ref.numId)
      for (const [ilvl, start] of instance.starts) {
        counts[ilvl] = start - 1
        counts.length = Math.max(counts.length, ilvl + 1)
      }
    }
    counts[ref.ilvl] = (counts[ref.ilvl] ?? current.start - 1) + 1
    for (let deeper = ref.ilvl + 1; deeper < counts.length; deeper++) counts[deeper] = undefined
    if (current.format === 'bullet' || current.format === 'none' || current.text === null) return null
    const label = current.text.replace(/%([1-9])/g, (_, d: string) => {
      const ilvl = Number(d) - 1
      const def = level(ilvl)
      const n = counts[ilvl] ?? def?.start ?? 1
      return formatNumber(n, current.legal ? 'decimal' : (def?.format ?? 'decimal'))
    })
    return label.trim() || null
  }
}
