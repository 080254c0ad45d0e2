// Myers' O((N+M)D) difference algorithm ("An O(ND) Difference Algorithm and Its Variations", 1986), greedy forward
// search with the furthest-reaching D-paths kept for the walk back. Written here because schema/ takes no
// dependency but ProseMirror's; the comparison diffs words of one paragraph and the clause ids of one part,
// which are short sequences.

/** One run of a shortest edit script: `n` elements kept, deleted from `a`, or inserted from `b`. */
export interface Edit {
  op: 'same' | 'del' | 'ins'
  /** Where the run starts in `a` (for an insertion: the element of `a` it goes before). */
  a: number
  /** Where the run starts in `b` (for a deletion: the element of `b` it goes before). */
  b: number
  n: number
}

// Past this many differences the greedy trace would grow quadratically; the middle is then written as one
// deletion and one insertion, which is what a reader makes of a text rewritten this thoroughly anyway.
const MAX_D = 1200

function push(out: Edit[], op: Edit['op'], a: number, b: number, n: number): void {
  if (n <= 0) return
  const last = out[out.length - 1]
  if (
    last &&
    last.op === op &&
    last.a + (op === 'ins' ? 0 : last.n) === a &&
    last.b + (op === 'del' ? 0 : last.n) === b
  ) {
    last.n += n
    return
  }
  out.push({ op, a, b, n })
}

/**
 * The shortest edit script turning `a` into `b` (sequences of interned keys), as runs in order: within a region
 * of changes, deletions come before insertions. Common ends are kept first, so a change in a long paragraph
 * costs little.
 */
export function diffSequences(a: ArrayLike<number>, b: ArrayLike<number>): Edit[] {
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) start++
  let endA = a.length
  let endB = b.length
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--
    endB--
  }
  const out: Edit[] = []
  push(out, 'same', 0, 0, start)
  middle(a, b, start, endA, start, endB, out)
  push(out, 'same', endA, endB, a.length - endA)
  return out
}

function middle(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  startA: number,
  endA: number,
  startB: number,
  endB: number,
  out: Edit[],
): void {
  const n = endA - startA
  const m = endB - startB
  if (n === 0 || m === 0) {
    push(out, 'del', startA, startB, n)
    push(out, 'ins', endA, startB, m)
    return
  }
  const max = n + m
  const offset = max + 1
  const v = new Int32Array(2 * max + 3)
  const trace: Int32Array[] = []
  let found = -1
  for (let d = 0; d <= max && found < 0; d++) {
    if (d > MAX_D) break
    trace.push(v.slice(offset - d, offset + d + 1))
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!)
          ? v[offset + k + 1]!
          : v[offset + k - 1]! + 1
      let y = x - k
      while (x < n && y < m && a[startA + x] === b[startB + y]) {
        x++
        y++
      }
      v[offset + k] = x
      if (x >= n && y >= m) {
        found = d
        break
      }
    }
  }
  if (found < 0) {
    push(out, 'del', startA, startB, n)
    push(out, 'ins', endA, startB, m)
    return
  }
  // Walk back from (n, m): each step of d came by one deletion or insertion after the snake it ends.
  const steps: { op: Edit['op']; x: number; y: number }[] = []
  let x = n
  let y = m
  for (let d = found; d > 0; d--) {
    const prev = trace[d]!
    const at = (k: number) => prev[k + d]!
    const k = x - y
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1))
    const prevK = down ? k + 1 : k - 1
    const prevX = at(prevK)
    const prevY = prevX - prevK
    while (x > prevX && y > prevY) {
      x--
      y--
      steps.push({ op: 'same', x, y })
    }
    if (down) {
      y--
      steps.push({ op: 'ins', x, y })
    } else {
      x--
      steps.push({ op: 'del', x, y })
    }
  }
  while (x > 0 && y > 0) {
    x--
    y--
    steps.push({ op: 'same', x, y })
  }
  const region: Edit[] = []
  for (let i = steps.length - 1; i >= 0; i--) {
    const s = steps[i]!
    push(region, s.op, startA + s.x, startB + s.y, 1)
  }
  // Myers alternates deletions and insertions inside a region of changes; readers want the old words, then the
  // new ones.
  for (let i = 0; i < region.length; ) {
    if (region[i]!.op === 'same') {
      push(out, 'same', region[i]!.a, region[i]!.b, region[i]!.n)
      i++
      continue
    }
    let j = i
    let deleted = 0
    let inserted = 0
    while (j < region.length && region[j]!.op !== 'same') {
      if (region[j]!.op === 'del') deleted += region[j]!.n
      else inserted += region[j]!.n
      j++
    }
    const first = region[i]!
    push(out, 'del', first.a, first.b, deleted)
    push(out, 'ins', first.a + deleted, first.b, inserted)
    i = j
  }
}

/** Interns keys as numbers, so that sequences of strings diff by integer comparison. */
export class Interner {
  private readonly ids = new Map<string, number>()

  /** The number of a key, the same for equal keys. */
  id(key: string): number {
    let id = this.ids.get(key)
    if (id === undefined) {
      id = this.ids.size
      this.ids.set(key, id)
    }
    return id
  }

  /** The numbers of a sequence of keys. */
  sequence(keys: readonly string[]): Int32Array {
    const out = new Int32Array(keys.length)
    for (let i = 0; i < keys.length; i++) out[i] = this.id(keys[i]!)
    return out
  }
}
