// axe-core run in a page as it is served, for the browser tests that check accessibility.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'

/** axe-core's own script, evaluated in each page as it is (axe reads the live DOM). */
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

/** The serious and critical violations axe-core finds on the page as it is now, one line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, not added as a script: the pages' Content-Security-Policy allows
  // only the server's own scripts, and the test must check the pages as they are served.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE)
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (o: object) => Promise<{ violations: unknown[] }> } }).axe
    const result = await axe.run({ resultTypes: ['violations'] })
    return result.violations as {
      id: string
      impact: string
      help: string
      nodes: { target: string[]; failureSummary: string }[]
    }[]
  })
  return found
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map((n) => `${v.impact} ${v.id} (${v.help}) at ${n.target.join(' ')}: ${n.failureSummary}`),
    )
}
