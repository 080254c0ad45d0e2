// How a draft looks in a real browser: the demo draft (French), an English resolution and an Arabic draft,
// checked for what makes a page read as a UN document (header block, bold title, italic formula and opening
// phrases in a real italic face, numbers before the operative paragraphs, footnotes under the text, Arabic right
// to left in an Arabic typeface), with screenshots in test-output/browser-render/ for a person to look at.
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import {
  labels,
  launchBrowser,
  newPage,
  openDraft,
  outputDir,
  type Penholder,
  ROOT,
  browserSkip as skip,
  startPenholder,
} from './browser-harness.ts'

let server: Penholder | null = null
let browser: Browser | null = null
let shots = ''

before(async () => {
  if (skip) return
  server = await startPenholder('browser-render')
  browser = await launchBrowser()
  shots = outputDir('browser-render')
})

after(async () => {
  await browser?.close()
  await server?.stop()
})

const fixture = (name: string) => join(ROOT, 'schema/test/fixtures', name)

/** The fonts Chromium used for the text of the first element matching `selector`, most glyphs first. */
async function fontsOf(page: Page, selector: string): Promise<{ family: string; face: string }[]> {
  const cdp = await page.context().newCDPSession(page)
  try {
    await cdp.send('DOM.enable')
    await cdp.send('CSS.enable')
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 })
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector })
    assert.ok(nodeId, `no element matches ${selector}`)
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId })
    return fonts
      .sort((a, b) => b.glyphCount - a.glyphCount)
      .map((f) => ({ family: f.familyName, face: f.postScriptName ?? '' }))
  } finally {
    await cdp.detach()
  }
}

/** What a reader checks on the page of a resolution, measured from the page. */
async function anatomy(page: Page) {
  return page.evaluate(() => {
    // No helper functions in here: tsx would wrap them in a `__name` call that the page does not have.
    const editor = document.querySelector<HTMLElement>('.ProseMirror')!
    const title = editor.querySelector('.res-title')
    const formula = editor.querySelector('.formula')
    const header = editor.querySelector('.res-header')
    const openings = [...editor.querySelectorAll('em.opening')]
    const refs = [...editor.querySelectorAll<HTMLElement>('.footnote-ref')]
    const notes = document.querySelector<HTMLElement>('.footnotes')
    const lastClause = [...editor.querySelectorAll('.operative')].at(-1)
    return {
      dir: editor.getAttribute('dir'),
      lang: editor.getAttribute('lang'),
      direction: getComputedStyle(editor).direction,
      headerOrgan: header?.querySelector('.field-organ')?.textContent ?? null,
      headerRule: header ? Number.parseFloat(getComputedStyle(header).borderBottomWidth) : 0,
      titleWeight: title ? Number(getComputedStyle(title).fontWeight) : 0,
      formulaStyle: formula ? getComputedStyle(formula).fontStyle : null,
      openings: openings.length,
      clauses: editor.querySelectorAll('.preambular, .operative').length,
      uprightOpenings: openings.filter((em) => getComputedStyle(em).fontStyle !== 'italic').length,
      refs: refs.map((ref) => ref.dataset.number ?? ''),
      refsRaised: refs.every((ref) => getComputedStyle(ref).verticalAlign === 'super'),
      notes: notes && !notes.hidden ? notes.querySelectorAll('li').length : 0,
      notesBelowText:
        notes && lastClause
          ? notes.getBoundingClientRect().top >= lastClause.getBoundingClientRect().bottom
          : null,
    }
  })
}

test('the demo draft (French) reads as a UN document', { skip }, async () => {
  const { page } = await newPage(browser!, { width: 1100, height: 1400 })
  await openDraft(page, server!.at(server!.demo.Observer!))
  const seen = await anatomy(page)
  assert.equal(seen.lang, 'fr')
  assert.equal(seen.dir, 'ltr')
  assert.equal(seen.headerOrgan, 'Assemblée générale')
  assert.ok(seen.headerRule >= 2, 'a heavy rule under the header block')
  assert.ok(seen.titleWeight >= 700, 'the title is bold')
  assert.equal(seen.formulaStyle, 'italic', "L'Assemblée générale, is in italics")
  assert.equal(seen.clauses, 27)
  assert.equal(seen.openings, seen.clauses, 'every paragraph has its opening phrase marked')
  assert.equal(seen.uprightOpenings, 0, 'every opening phrase is in italics')
  assert.deepEqual(seen.refs, ['1', '2', '3', '4', '5'], 'footnotes numbered in order of appearance')
  assert.ok(seen.refsRaised, 'footnote numbers are superscripts')
  assert.equal(seen.notes, 5, 'the notes are listed')
  assert.equal(seen.notesBelowText, true, 'the notes sit under the text')
  assert.deepEqual(
    await labels(page),
    Array.from({ length: 15 }, (_, i) => `${i + 1}.`),
  )
  const italic = await fontsOf(page, '.ProseMirror em.opening')
  assert.match(italic[0]!.face, /Italic/, `opening phrases use a real italic face, not ${italic[0]!.face}`)
  await page.screenshot({ path: join(shots, 'demo-fr.png'), fullPage: true })
})

test('an English resolution reads as a UN document', { skip }, async () => {
  const link = server!.newDraft(fixture('en_A-RES-ES-11-1.txt'))
  const { page } = await newPage(browser!, { width: 1100, height: 1400 })
  await openDraft(page, server!.at(link))
  const seen = await anatomy(page)
  assert.equal(seen.lang, 'en')
  assert.equal(seen.headerOrgan, 'General Assembly')
  assert.equal(seen.formulaStyle, 'italic')
  assert.equal(seen.uprightOpenings, 0)
  assert.equal(seen.clauses, 34)
  assert.equal(seen.openings, seen.clauses)
  assert.deepEqual(seen.refs, ['1', '2', '3'])
  assert.equal(seen.notesBelowText, true)
  assert.equal((await labels(page)).length, 16)
  const body = await fontsOf(page, '.ProseMirror .operative > p:first-child')
  assert.match(
    body[0]!.family,
    /Times|Liberation Serif/,
    `the text is set in a Times face, not ${body[0]!.family}`,
  )
  await page.screenshot({ path: join(shots, 'demo-en.png'), fullPage: true })
})

test('an Arabic draft renders right to left, with dir="rtl", in an Arabic typeface', { skip }, async () => {
  const link = server!.newDraft(fixture('ar_typed-draft.txt'))
  const { page } = await newPage(browser!, { width: 1100, height: 1200 })
  await openDraft(page, server!.at(link))
  const seen = await anatomy(page)
  assert.equal(seen.dir, 'rtl')
  assert.equal(seen.lang, 'ar')
  assert.equal(seen.direction, 'rtl')
  assert.equal(seen.headerOrgan, 'الجمعية العامة')
  assert.equal(seen.formulaStyle, 'italic')
  assert.equal(seen.uprightOpenings, 0)
  assert.equal(
    (await labels(page)).length,
    5,
    'three operative paragraphs and two sub-paragraphs are numbered',
  )

  // The first line of each paragraph starts at the right: its first letter is nearer the right edge of the sheet.
  const side = await page.evaluate(() => {
    const sheet = document.querySelector('.sheet')!.getBoundingClientRect()
    const para = document.querySelector('.ProseMirror .operative > p:first-child')!
    const text = document.createTreeWalker(para, NodeFilter.SHOW_TEXT).nextNode() as Text
    const range = document.createRange()
    range.setStart(text, 0)
    range.setEnd(text, 1)
    const first = range.getBoundingClientRect()
    return { fromRight: sheet.right - first.right, fromLeft: first.left - sheet.left }
  })
  assert.ok(side.fromRight < side.fromLeft, `the paragraph starts on the right (${JSON.stringify(side)})`)

  const fonts = await fontsOf(page, '.ProseMirror .operative > p:first-child')
  assert.match(
    fonts[0]!.family,
    /Arab|Naskh|Amiri/,
    `Arabic is set in an Arabic typeface, not ${fonts[0]!.family}`,
  )
  await page.screenshot({ path: join(shots, 'demo-ar.png'), fullPage: true })
})
