// Where the time of opening the draft page goes, and a fair comparison with another checkout: the editor bench's
// large draft (100 paragraphs, 50 footnotes) opened online and, with the server unreachable, from the local copy,
// `RUNS` times each (default 10), each online opening in a fresh browser context, to an editable document on the
// screen (`editable-probe.ts`). Prints the median time of each step the page marks (`pages/opening-marks.ts`) and
// of the scripts' arrival. With `BASE=/path/to/checkout` (its editor built) the same openings run against that
// checkout's server too, in turns with this one, so that both meet the same load of the machine. With
// `PROFILE=1` the first online and offline openings run under Chromium's CPU profiler (CDP), printed as the self
// and inclusive time of the busiest functions (build with minify off to read their names). Ends with one JSON line.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import * as harness from '../test/browser-harness.ts'
import { editableProbe, primeOfflineOpening } from './editable-probe.ts'
import { LAST_PARAGRAPH_TEXT, largeDraftMarkdown } from './large-draft.ts'

const SHAPE = { preambular: 40, operative: 60, footnotes: 50 }
const RUNS = Number(process.env.RUNS ?? 10)
const PROFILE = process.env.PROFILE === '1'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }
  children?: number[]
}
interface Profile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

/** The `count` busiest functions of a CPU profile: by self time, and by inclusive time (once per stack). */
function busiest(profile: Profile, count: number): { self: string[]; inclusive: string[] } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const parent = new Map<number, number>()
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  const name = (f: ProfileNode['callFrame']) =>
    `${f.functionName || '(anonymous)'} ${f.url ? new URL(f.url).pathname : ''}:${f.lineNumber + 1}`
  const self = new Map<string, number>()
  const inclusive = new Map<string, number>()
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000
    const own = name(byId.get(id)!.callFrame)
    self.set(own, (self.get(own) ?? 0) + ms)
    const seen = new Set<string>()
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)!.callFrame
      if (!frame.url || seen.has(name(frame))) continue
      seen.add(name(frame))
      inclusive.set(name(frame), (inclusive.get(name(frame)) ?? 0) + ms)
    }
  })
  const top = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([k, v]) => `${v.toFixed(1).padStart(7)} ms  ${k}`)
  return { self: top(self), inclusive: top(inclusive) }
}

/** The page's timeline: its marks and when each of its scripts arrived (ms since navigation start). */
const timelineOf = (page: Page): Promise<Record<string, number>> =>
  page.evaluate(() => {
    const at: Record<string, number> = {}
    for (const e of performance.getEntriesByType('mark')) at[e.name] = e.startTime
    for (const e of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
      const path = new URL(e.name).pathname
      if (path.endsWith('.js')) at['scripts arrived'] = Math.max(at['scripts arrived'] ?? 0, e.responseEnd)
      if (path.endsWith('/me')) at['/me answered'] = e.responseEnd
    }
    return at
  })

/** Opens the draft in `page` and returns its timeline, under the CPU profiler when `label` is given. */
async function openOnce(page: Page, url: string, label?: string): Promise<Record<string, number>> {
  const cdp = label ? await page.context().newCDPSession(page) : null
  if (cdp) {
    await cdp.send('Profiler.enable')
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
    await cdp.send('Profiler.start')
  }
  await page.goto(url)
  await page.waitForFunction(() => (window as unknown as { __editableAt?: number }).__editableAt, null, {
    timeout: 30_000,
    polling: 50,
  })
  if (cdp && label) {
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile }
    writeFileSync(join(harness.outputDir('opening-bench'), `${label}.cpuprofile`), JSON.stringify(profile))
    const top = busiest(profile, 30)
    console.log(
      `\n-- ${label}: self time\n${top.self.join('\n')}\n-- ${label}: inclusive time\n${top.inclusive.join('\n')}`,
    )
  }
  return timelineOf(page)
}

/** One server to open the draft from (this checkout's, or BASE's), with the timelines of its openings. */
interface Side {
  name: string
  url: string
  stop: () => Promise<void>
  offline: BrowserContext | null
  online: Record<string, number>[]
  fromCopy: Record<string, number>[]
}

async function startSide(name: string, root: string | null, browser: Browser): Promise<Side> {
  const h: typeof harness = root ? await import(join(root, 'editor/test/browser-harness.ts')) : harness
  const server = await h.startPenholder(`opening-${name}`)
  const file = join(server.data, 'large-draft.md')
  writeFileSync(file, largeDraftMarkdown(SHAPE))
  const url = server.at(server.newDraft(file))
  // Opened once online: the server warmed up, the page kept by the service worker, the text in IndexedDB.
  const { context, page } = await harness.newPage(browser)
  await primeOfflineOpening(context, page, url, LAST_PARAGRAPH_TEXT)
  return { name, url, stop: server.stop, offline: context, online: [], fromCopy: [] }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted.length ? Math.round(sorted[Math.floor((sorted.length - 1) / 2)]! * 10) / 10 : Number.NaN
}
const p95 = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted.length ? Math.round(sorted[Math.ceil(0.95 * sorted.length) - 1]! * 10) / 10 : Number.NaN
}

/** The median of each step over the openings, in the order the steps came. */
function steps(timelines: Record<string, number>[]): Record<string, number> {
  const names = [...new Set(timelines.flatMap((t) => Object.keys(t)))]
  const out = Object.fromEntries(names.map((n) => [n, median(timelines.flatMap((t) => t[n] ?? []))]))
  return Object.fromEntries(Object.entries(out).sort((a, b) => a[1] - b[1]))
}

const browser = await harness.launchBrowser()
const sides: Side[] = []
try {
  sides.push(await startSide('this', null, browser))
  if (process.env.BASE) sides.push(await startSide('base', process.env.BASE, browser))
  for (let i = 0; i < RUNS; i++) {
    for (const side of sides) {
      const profile = PROFILE && i === 0 && side.name === 'this'
      const { context, page } = await harness.newPage(browser)
      await page.addInitScript(editableProbe, LAST_PARAGRAPH_TEXT)
      side.online.push(await openOnce(page, side.url, profile ? 'online' : undefined))
      await context.close()
      const offline = await side.offline!.newPage()
      side.fromCopy.push(await openOnce(offline, side.url, profile ? 'offline' : undefined))
      await offline.close()
    }
  }
  const result: Record<string, unknown> = { bench: 'opening', runs: RUNS }
  for (const side of sides) {
    const painted = (ts: Record<string, number>[]) => ts.map((t) => t['bench:painted']!)
    const figures = {
      online: {
        median: median(painted(side.online)),
        p95: p95(painted(side.online)),
        steps: steps(side.online),
      },
      fromCopy: {
        median: median(painted(side.fromCopy)),
        p95: p95(painted(side.fromCopy)),
        steps: steps(side.fromCopy),
      },
    }
    result[side.name] = figures
    for (const [how, f] of Object.entries(figures)) {
      console.log(`\n${side.name}, ${how}: to editable on screen median ${f.median} ms, p95 ${f.p95} ms`)
      for (const [step, ms] of Object.entries(f.steps)) console.log(`  ${String(ms).padStart(7)} ms  ${step}`)
    }
  }
  console.log(JSON.stringify(result))
} finally {
  for (const side of sides) await side.offline?.close()
  await browser.close()
  for (const side of sides) await side.stop()
}
