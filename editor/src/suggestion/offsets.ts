import { StepMap } from 'prosemirror-transform'

interface Extra {
  /** A position in the user's document. */
  at: number
  /** How many more tokens the rewritten document holds there. */
  size: number
}

/**
 * Where positions of the user's document (as each of its steps saw it) lie in the rewritten one. The rewritten
 * document is the user's with extra content at some places (agreed text the user deleted, kept and marked), so
 * the relation is a list of insertions; content the user inserted sits after the extra content at its place.
 */
export class Offsets {
  private extras: Extra[] = []

  /** The position in the rewritten document; `assoc` < 0 puts a position before extra content there. */
  map(pos: number, assoc = 1): number {
    let out = pos
    for (const e of this.extras) {
      if (e.at < pos || (e.at === pos && assoc > 0)) out += e.size
    }
    return out
  }

  /** Whether both documents still agree on every position. */
  isEmpty(): boolean {
    return this.extras.length === 0
  }

  /** The relation as a step map, to map steps and selections with. */
  stepMap(): StepMap {
    return new StepMap(this.extras.flatMap((e) => [e.at, 0, e.size]))
  }

  /**
   * Records a user step that replaced `from`-`to` with `inserted` tokens, for which the rewritten document kept
   * `kept` tokens (its extras inside the range included) before the inserted content.
   */
  replaced(from: number, to: number, inserted: number, kept: number): void {
    const next: Extra[] = []
    let here = kept
    for (const e of this.extras) {
      if (e.at < from) next.push(e)
      else if (e.at === from) here += e.size
      else if (e.at >= to) next.push({ at: e.at - (to - from) + inserted, size: e.size })
      // Extras strictly inside the range were counted in `kept`.
    }
    if (here !== 0) next.push({ at: from, size: here })
    this.extras = next.sort((a, b) => a.at - b.at)
  }

  /** Moves the extras through a step the rewritten document applied exactly as the user did. */
  through(map: StepMap): void {
    this.extras = this.extras.map((e) => ({ at: map.map(e.at, -1), size: e.size }))
  }
}
