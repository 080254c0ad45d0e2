import type { LintTexts } from './messages.ts'

// Russian, as the UN's Russian texts write: "пункт 3 постановляющей части" (S/8259: "в пункте 3 постановляющей
// части"), "подпункт (b) пункта 4" (S/RES/1822 (2008)), «» quotation marks. Russian declines: a place has its
// name (nominative), its "of" form in the genitive ("пункта 4 постановляющей части") and its "in" form in the
// prepositional ("в пункте 4 ..."); an organ is named in the instrumental, as "не согласуется с" takes it, and a
// language with its preposition in the prepositional ("во французском языке"), as every template here uses it.

/** The Russian wording of lint. */
export const LINT_RUSSIAN: LintTexts = {
  'empty-paragraph': 'пункт не содержит текста',
  'empty-subparagraph': 'подпункт не содержит текста',
  'empty-quoted': 'цитируемый пункт не содержит текста',
  'empty-title': 'нет названия',
  'operative-verb': 'ожидался глагол в настоящем времени, а не «{word}»',
  'preambular-operative-verb':
    'ожидалось деепричастие или причастный оборот; «{word}» — глагол постановляющей части',
  'preambular-unknown': 'ожидалось деепричастие или причастный оборот из словаря; «{word}» в нем нет',
  agreement: '«{word}» не согласуется с {organ} (название {gender} рода {language}): пишите «{right}»',
  ending: 'в конце должно стоять {expected}',
  'ending-found': 'в конце должно стоять {expected}, а не «{found}»',
  'ending-last': 'в конце последнего пункта постановляющей части должно стоять {expected}',
  'ending-last-found':
    'в конце последнего пункта постановляющей части должно стоять {expected}, а не «{found}»',
  'ending-colon': 'в конце должно стоять {expected}, чтобы ввести последующий текст',
  'ending-colon-found': 'в конце должно стоять {expected}, чтобы ввести последующий текст, а не «{found}»',
  'repeated-verb': '«{word}» повторяет глагол {previousOf}: пишите «{written}»',
  'space-before': '{language} перед «{mark}» ставится пробел',
  'space-after': '{language} после «{mark}» ставится пробел',
  'no-space-before': '{language} перед «{mark}» пробел не ставится',
  'no-space-after': '{language} после «{mark}» пробел не ставится',
  'wrong-mark': '{language} пишется «{right}», а не «{mark}»',
  unclosed: 'нет знака, закрывающего «{mark}»',
  unopened: 'перед «{mark}» нет открывающего знака «{opening}»',
  'footnote-empty': 'сноска {number} ({blockIn}) не содержит текста',
  'footnote-superscript': 'надстрочное «{text}» похоже на знак сноски, но сноски {number} нет',

  replace: 'Заменить «{from}» на «{to}»',
  'insert-at-end': 'Добавить «{text}» в конце',
  'insert-nbsp-before': 'Вставить неразрывный пробел перед «{mark}»',
  'insert-nbsp-after': 'Вставить неразрывный пробел после «{mark}»',
  'remove-space-before': 'Удалить пробел перед «{mark}»',
  'remove-space-after': 'Удалить пробел после «{mark}»',
  'insert-after': 'Вставить «{text}» после «{word}»',

  'place.preambular': 'пункт {number} преамбулы',
  'place.preambular.of': 'пункта {number} преамбулы',
  'place.preambular.in': 'в пункте {number} преамбулы',
  'place.operative': 'пункт {number} постановляющей части',
  'place.operative.of': 'пункта {number} постановляющей части',
  'place.operative.in': 'в пункте {number} постановляющей части',
  'place.sub': 'подпункт {label} {parentOf}',
  'place.sub.of': 'подпункта {label} {parentOf}',
  'place.sub.in': 'в подпункте {label} {parentOf}',
  'place.subsub': 'подпункт {label} {parentOf}',
  'place.subsub.of': 'подпункта {label} {parentOf}',
  'place.subsub.in': 'в подпункте {label} {parentOf}',
  'place.title': 'название',
  'place.title.in': 'в названии',
  'place.header': 'заголовочная часть',
  'place.header.in': 'в заголовочной части',
  'place.formula': 'вводная формула',
  'place.formula.in': 'во вводной формуле',
  'place.closing': 'заключительная часть',
  'place.closing.in': 'в заключительной части',
  'place.footnote': 'сноска {number}',

  'organ.ga': 'Генеральной Ассамблеей',
  'organ.sc': 'Советом Безопасности',
  'organ.hrc': 'Советом по правам человека',
  'organ.ecosoc': 'Экономическим и Социальным Советом',
  'gender.f': 'женского',
  'gender.m': 'мужского',
  'language.ar': 'в арабском языке',
  'language.en': 'в английском языке',
  'language.es': 'в испанском языке',
  'language.fr': 'во французском языке',
  'language.ru': 'в русском языке',
  'language.zh': 'в китайском языке',

  'expected.mark': '«{mark}»',
  'expected.list': '{list}, {mark}',
  'expected.or': '{list} или {mark}',

  'frame.line': '{clause}: {message}',
  'frame.line.severity': '{clause}: {severity}: {message}',
  'frame.error': 'ошибка',
  'frame.warning': 'предупреждение',
  'frame.summary':
    '{errors, plural, one {# ошибка} few {# ошибки} many {# ошибок} other {# ошибки}}, ' +
    '{warnings, plural, one {# предупреждение} few {# предупреждения} many {# предупреждений} other {# предупреждения}}',
  'frame.clean': '{file}: замечаний нет',
}
