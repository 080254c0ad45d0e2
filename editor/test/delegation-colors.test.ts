// Every delegation colour reads as text where the editor draws it (WCAG 2.2 AA, 4.5:1): on the white paper, on the
// tint of a proposed insertion, on the yellow of the proposal shown from the panel; and the contrast sums are
// WCAG's own.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { contrastRatio, mix } from '../src/view/contrast.ts'
import { colorFor, DELEGATION_COLORS } from '../src/view/delegation-colors.ts'

/** The paper, and the yellow of `.amend-focus` in style/amendments.css. */
const PAPER = '#ffffff'
const FOCUS = '#ffe58a'

test('contrast ratios are those WCAG gives: black on white 21, a colour on itself 1, #767676 on white 4.54', () => {
  assert.equal(contrastRatio('#000000', '#ffffff'), 21)
  assert.equal(contrastRatio('#1a5f99', '#1a5f99'), 1)
  assert.equal(contrastRatio('#767676', '#ffffff').toFixed(2), '4.54')
  assert.equal(
    contrastRatio('#ffffff', '#767676'),
    contrastRatio('#767676', '#ffffff'),
    'the order does not matter',
  )
  assert.throws(() => contrastRatio('yellow', PAPER), /'yellow' is not a #rrggbb colour/)
})

test('every colour of the palette has at least 4.5:1 against the paper, its insertion tint and the focus yellow', () => {
  assert.equal(DELEGATION_COLORS.length, 12)
  assert.equal(new Set(DELEGATION_COLORS).size, 12, 'twelve different colours')
  for (const colour of DELEGATION_COLORS) {
    // The tint of an insertion: 9% of the colour over the paper (`color-mix(... 9%, transparent)`).
    for (const [where, background] of [
      ['paper', PAPER],
      ['tint', mix(colour, PAPER, 0.09)],
      ['focus', FOCUS],
    ] as const) {
      const ratio = contrastRatio(colour, background)
      assert.ok(
        ratio >= 4.5,
        `${colour} on the ${where} (${background}) has ${ratio.toFixed(2)}:1, under 4.5:1`,
      )
    }
  }
})

test('every delegation gets a colour of the palette, alone or in a room of twelve', () => {
  const room = [
    'France',
    'Brazil',
    'Egypt',
    'China',
    'India',
    'Japan',
    'Kenya',
    'Mexico',
    'Norway',
    'Peru',
    'Chad',
    'Fiji',
  ]
  for (const name of room) {
    assert.ok(DELEGATION_COLORS.includes(colorFor(name)), name)
    assert.ok(DELEGATION_COLORS.includes(colorFor(name, room)), `${name} in the room`)
  }
})
