import type { Lang } from '../lang.ts'
import { subparagraphLabel } from '../numbering.ts'
import { labelCore } from './labels.ts'

const exact = (a: string, b: string) => a === b
const core = (a: string, b: string) => labelCore(a) === labelCore(b)

/**
 * Infers the depth of sub-paragraphs from the sequence of their labels, as a reader of the printed text does:
 * a label continues the deepest open list if it is the next label there, else starts a list one level deeper
 * if it is the first label of that level, else continues a shallower list. So "(i)" after "(h)" is the letter,
 * and after "(a)" the roman numeral. Labels are compared as `subparagraphLabel` writes them, then without their
 * brackets ("a)" for "(a)").
 */
export class SubparagraphDepth {
  // levels[k]: index of the last label seen at depth base + k.
  private levels: number[] = []

  /** `base` is the depth of the first level: 1 under a paragraph, one more than the quoting clause in a quotation. */
  constructor(
    private readonly lang: Lang,
    readonly base: number,
  ) {}

  private expected(k: number, n: number): string {
    return subparagraphLabel(this.lang, this.base + k, n)
  }

  private resolve(label: string): { k: number; index: number } | null {
    for (const same of [exact, core]) {
      const top = this.levels.length - 1
      if (top >= 0 && same(label, this.expected(top, this.levels[top]! + 1))) {
        return { k: top, index: this.levels[top]! + 1 }
      }
      if (same(label, this.expected(top + 1, 1))) return { k: top + 1, index: 1 }
      for (let k = top - 1; k >= 0; k--) {
        if (same(label, this.expected(k, this.levels[k]! + 1))) return { k, index: this.levels[k]! + 1 }
      }
    }
    return null
  }

  /** The depth a label would get, without taking it. */
  peek(label: string): number | null {
    const found = this.resolve(label)
    return found ? this.base + found.k : null
  }

  /** Takes a label: its depth, or null when it follows from none of the open lists. */
  place(label: string): number | null {
    const found = this.resolve(label)
    if (!found) return null
    this.levels.length = found.k + 1
    this.levels[found.k] = found.index
    return this.base + found.k
  }

  /** Takes a label whose depth could not be inferred: it continues the deepest open list. */
  guess(): number {
    const k = Math.max(0, this.levels.length - 1)
    this.levels.length = k + 1
    this.levels[k] = (this.levels[k] ?? 0) + 1
    return this.base + k
  }

  /** Takes a label at a depth the source states (never deeper than one below the open lists). */
  force(depth: number, label: string): number {
    const k = Math.min(Math.max(0, depth - this.base), this.levels.length)
    const last = this.levels[k] ?? 0
    let index = last + 1
    for (let n = 1; n <= last + 60; n++) {
      if (this.expected(k, n) === label) {
        index = n
        break
      }
    }
    this.levels.length = k + 1
    this.levels[k] = index
    return this.base + k
  }

  /** Closes the lists deeper than `depth` (after a quotation, which only clauses down to `depth - 1` own). */
  keep(depth: number): void {
    this.levels.length = Math.max(0, Math.min(this.levels.length, depth - this.base + 1))
  }
}
