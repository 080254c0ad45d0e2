import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import {
  importResolution,
  type Lang,
  type LineSponsor,
  outline,
  readSponsorLine,
  sponsorLine,
  sponsorList,
} from '../index.ts'

const line = (lang: Lang, ...delegations: string[]) =>
  sponsorLine(
    delegations.map((delegation) => ({ delegation })),
    lang,
  )
const FIVE = ['Italy', 'Canada', 'Germany', 'Brazil', 'Australia']
const G77: LineSponsor[] = [{ delegation: 'Pakistan', onBehalfOf: 'G77' }]

test('the sponsor line in English: one, two and five sponsors in alphabetical order, no comma before "and"', () => {
  assert.equal(line('en', 'Canada'), 'Canada: draft resolution')
  assert.equal(line('en', 'Brazil', 'Australia'), 'Australia and Brazil: draft resolution')
  assert.equal(line('en', ...FIVE), 'Australia, Brazil, Canada, Germany and Italy: draft resolution')
})

test('the sponsor line in French: French names in French order, "et", a space before the colon', () => {
  assert.equal(line('fr', 'Canada'), 'Canada : projet de résolution')
  assert.equal(line('fr', 'Brazil', 'Argentina'), 'Argentine et Brésil : projet de résolution')
  assert.equal(line('fr', ...FIVE), 'Allemagne, Australie, Brésil, Canada et Italie : projet de résolution')
  assert.equal(
    line('fr', 'Canada', 'Brazil', 'Argentina'),
    'Argentine, Brésil et Canada : projet de résolution',
  )
})

test('the sponsor line in Spanish: Spanish names and order, "y", and "e" before a name that starts with "I"', () => {
  assert.equal(line('es', 'Canada'), 'Canadá: proyecto de resolución')
  assert.equal(line('es', 'Brazil', 'Australia'), 'Australia y Brasil: proyecto de resolución')
  assert.equal(line('es', ...FIVE), 'Alemania, Australia, Brasil, Canadá e Italia: proyecto de resolución')
  assert.equal(line('es', 'Hungary', 'Chile'), 'Chile y Hungría: proyecto de resolución')
})

test('a delegation on behalf of the Group of 77 and China, in English, French and Spanish', () => {
  assert.equal(
    sponsorLine(G77, 'en'),
    'Pakistan, on behalf of the States Members of the United Nations that are members of the Group of 77 and China: draft resolution',
  )
  assert.equal(
    sponsorLine(G77, 'fr'),
    'Pakistan, au nom des États Membres de l’Organisation des Nations Unies qui sont membres du Groupe des 77 et de la Chine : projet de résolution',
  )
  assert.equal(
    sponsorLine(G77, 'es'),
    'Pakistán, en nombre de los Estados Miembros de las Naciones Unidas que son miembros del Grupo de los 77 y China: proyecto de resolución',
  )
  assert.equal(
    sponsorLine([{ delegation: 'Kuwait', onBehalfOf: 'Group of Arab States' }], 'en'),
    'Kuwait, on behalf of the Group of Arab States: draft resolution',
  )
  // Among other names the group stands in brackets after its delegation.
  assert.equal(
    sponsorLine([{ delegation: 'Kuwait', onBehalfOf: 'ARAB' }, { delegation: 'Chile' }], 'en'),
    'Chile and Kuwait (on behalf of the Group of Arab States): draft resolution',
  )
  // A group the list does not know is printed as written, after "on behalf of" unless it starts so.
  assert.equal(
    sponsorLine([{ delegation: 'Fiji', onBehalfOf: 'the Pacific Islands Forum' }], 'en'),
    'Fiji, on behalf of the Pacific Islands Forum: draft resolution',
  )
  assert.equal(
    sponsorLine([{ delegation: 'Fiji', onBehalfOf: 'au nom du Forum des îles du Pacifique' }], 'fr'),
    'Fidji, au nom du Forum des îles du Pacifique : projet de résolution',
  )
})

test('the sponsor line in Russian, Chinese and Arabic', () => {
  assert.equal(line('ru', ...FIVE), 'Австралия, Бразилия, Германия, Италия и Канада: проект резолюции')
  // Chinese separates names with "、", ends with "和", and keeps the English order.
  assert.equal(line('zh', ...FIVE), '澳大利亚、巴西、加拿大、德国和意大利：决议草案')
  assert.equal(sponsorLine(G77, 'zh'), '巴基斯坦（代表属于77国集团的联合国会员国和中国）：决议草案')
  // Arabic: the article "ال" does not count in the order, and every name after the first takes "و".
  assert.equal(line('ar', ...FIVE), 'أستراليا، وألمانيا، وإيطاليا، والبرازيل، وكندا: مشروع قرار')
  assert.equal(line('ar', 'Brazil', 'Australia'), 'أستراليا والبرازيل: مشروع قرار')
})

test('names the directory does not hold are printed and ordered as given; no sponsor, no line', () => {
  assert.equal(
    line('en', 'Zeta Republic', 'Alpha Islands'),
    'Alpha Islands and Zeta Republic: draft resolution',
  )
  assert.equal(line('en'), '')
  assert.equal(
    sponsorLine([{ delegation: 'Canada' }], 'en', 'revised draft resolution'),
    'Canada: revised draft resolution',
  )
})

test('a sponsor line read back: names, conjunctions inside names, note markers, groups, in six languages', () => {
  for (const lang of ['en', 'fr', 'es', 'ru', 'zh', 'ar'] as const) {
    const names = [
      'Antigua and Barbuda',
      'Trinidad and Tobago',
      'United Kingdom of Great Britain and Northern Ireland',
    ]
    const read = readSponsorLine(line(lang, ...names), lang)
    assert.equal(read?.sponsors.length, 3, lang)
    assert.equal(
      sponsorLine(
        read!.sponsors.map((s) => ({ delegation: s.name })),
        lang,
      ),
      line(lang, ...names),
      lang,
    )
    const group = readSponsorLine(sponsorLine(G77, lang), lang)
    assert.deepEqual(
      group?.sponsors,
      [{ name: sponsorLine(G77, lang).match(/^[^,،（]+/u)![0], onBehalfOf: 'G77' }],
      lang,
    )
  }
  assert.deepEqual(readSponsorLine('Panama:* draft resolution', 'en'), {
    sponsors: [{ name: 'Panama' }],
    kind: 'draft resolution',
  })
  assert.deepEqual(
    readSponsorLine('Albania,* Austria,* Chile\nand Guinea-\nBissau: revised draft resolution', 'en'),
    {
      sponsors: [{ name: 'Albania' }, { name: 'Austria' }, { name: 'Chile' }, { name: 'Guinea-Bissau' }],
      kind: 'revised draft resolution',
    },
  )
  assert.equal(readSponsorLine('Agenda item 68 (b)', 'en'), null)
})

test('an L document: its sponsor line of 87 names, wrapped over 17 lines under a four-line agenda title, is read whole', () => {
  const text = readFileSync(new URL('./fixtures/en_A-77-L.3-header.txt', import.meta.url), 'utf8')
  const { doc } = importResolution(text)
  const o = outline(doc)
  assert.equal(o.sponsors.length, 87)
  assert.deepEqual(o.sponsors.slice(0, 3), ['Algeria', 'Angola', 'Antigua and Barbuda'])
  assert.deepEqual(o.sponsors.slice(-3), ['Venezuela (Bolivarian Republic of)', 'Viet Nam', 'Yemen'])
  assert.ok(o.sponsors.includes('United Kingdom of Great Britain and Northern Ireland'))
  assert.ok(o.sponsors.includes('South Africa'))
  const fields = new Map<string, string>()
  doc.firstChild!.forEach((f) => {
    fields.set(f.attrs.name, f.textContent)
  })
  assert.equal(
    fields.get('agendaTitle'),
    'Strengthening of the coordination of humanitarian and disaster relief assistance of the United Nations, including special economic assistance: strengthening of the coordination of emergency humanitarian assistance of the United Nations',
  )
  // Made again from the list, the line is the UN's, but for the Netherlands' name since 2023.
  const again = sponsorLine(
    o.sponsors.map((delegation) => ({ delegation })),
    'en',
  )
  assert.equal(
    again,
    fields.get('sponsors')!.replace('**', '').replace('Netherlands', 'Netherlands (Kingdom of the)'),
  )
})

test('the sponsor list: old {since} entries read as co-sponsors, malformed ones are left out, main sponsors first', () => {
  const list = sponsorList([
    ['Chile', { since: 30 }],
    ['Egypt', { since: 20, role: 'main' }],
    ['France', { since: 10, role: 'co', until: 40 }],
    ['Ghana', { since: 'yesterday' }],
    ['Peru', { since: 5, role: 'boss' }],
  ])
  assert.deepEqual(list, [
    { delegation: 'Egypt', since: 20, role: 'main' },
    { delegation: 'France', since: 10, role: 'co', until: 40 },
    { delegation: 'Chile', since: 30, role: 'co' },
  ])
})
