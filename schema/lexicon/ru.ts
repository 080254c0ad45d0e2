import type { Lexicon } from './types.ts'

/**
 * Russian opening phrases. In the official Russian texts the resolution is one sentence after "Генеральная
 * Ассамблея," or "Совет Безопасности,", so preambular and operative paragraphs open with a lower-case letter
 * ("ссылаясь на ...", "1. постановляет ..."); the matcher ignores the case of the first letter. Short
 * participles agree with the organ: feminine for "Генеральная Ассамблея" ("будучи убеждена"), masculine for
 * "Совет Безопасности" and the other councils ("будучи убежден"); gerunds and verbs do not vary.
 *
 * Phrases: the openings of the Russian texts of the resolutions named above each group. Entries marked
 * `unverified` are UN usage as far as the compiler knows but were not found in a Russian text retrieved
 * while compiling the list.
 */
export const lexicon: Lexicon = {
  source:
    'Openings of the Russian texts of GA resolutions 1131 (XI) and 1767 (XVII) (ru.wikisource.org), the ' +
    'GA resolution of 2003 on global threats and challenges (mid.ru), the GA resolution of 2024 on the ' +
    'eightieth anniversary of the end of the Second World War, SC resolutions 242 (1967) and 1368 ' +
    '(2001); see the comment above each group',
  preambular: [
    // Recalling and reaffirming. 1131 (XI) ("напоминая", "напоминая также"), 1767 (XVII), GA 2003, SC 1368.
    'вновь подтверждая',
    'вновь подтверждая также', // unverified
    'вновь заявляя', // SC 1498 (2003)
    'напоминая',
    'напоминая также',
    'подтверждая',
    'ссылаясь далее на', // unverified
    'ссылаясь на',
    'ссылаясь также на', // unverified

    // Recognizing, considering, stressing. GA 2003 ("признавая"), SC 242 ("подчеркивая", "подчеркивая
    // далее"), SC 1368.
    'исходя из',
    'констатируя', // unverified
    'особо отмечая', // unverified
    'подчеркивая',
    'подчеркивая далее',
    'подчеркивая также', // unverified
    'признавая',
    'определяя', // SC 1518 (2003)
    'признавая далее', // unverified
    'признавая также', // unverified
    'считая', // unverified

    // Noting and taking note. 1767 (XVII) ("принимая к сведению", "отмечая с сожалением").
    'отмечая', // unverified
    'отмечая с озабоченностью', // unverified
    'отмечая с сожалением',
    'отмечая с удовлетворением', // unverified
    'отмечая также', // unverified
    'принимая к сведению',
    'принимая также к сведению', // unverified
    'с глубокой озабоченностью отмечая', // unverified
    'с озабоченностью отмечая', // unverified
    'с признательностью отмечая', // unverified
    'с удовлетворением отмечая', // unverified
    'с удовлетворением принимая к сведению', // unverified

    // Bearing in mind, guided by. GA 2003 ("руководствуясь").
    'памятуя', // unverified
    'принимая во внимание', // unverified
    'руководствуясь',
    'сознавая', // unverified
    'учитывая', // unverified
    'учитывая также', // unverified

    // Concern and alarm, agreeing with the organ. 1131 (XI) ("глубоко обеспокоенная").
    { f: 'будучи встревожена', m: 'будучи встревожен' }, // unverified
    { f: 'будучи глубоко встревожена', m: 'будучи глубоко встревожен' }, // unverified
    { f: 'будучи глубоко обеспокоена', m: 'будучи глубоко обеспокоен' }, // unverified
    { f: 'будучи обеспокоена', m: 'будучи обеспокоен' }, // unverified
    { f: 'будучи серьезно обеспокоена', m: 'будучи серьезно обеспокоен' }, // unverified
    { f: 'глубоко обеспокоенная', m: 'глубоко обеспокоенный' },

    // Concern, invariable. SC 242 ("выражая свое продолжающееся беспокойство").
    'выражая глубокую обеспокоенность', // unverified
    'выражая обеспокоенность', // unverified
    'выражая озабоченность', // unverified
    'выражая свое продолжающееся беспокойство',
    'выражая серьезную обеспокоенность', // unverified

    // Conviction and resolve, agreeing with the organ. SC 1368 ("будучи преисполнен решимости").
    { f: 'будучи воодушевлена', m: 'будучи воодушевлен' }, // unverified
    { f: 'будучи глубоко убеждена', m: 'будучи глубоко убежден' }, // unverified
    { f: 'будучи преисполнена решимости', m: 'будучи преисполнен решимости' },
    { f: 'будучи твердо убеждена', m: 'будучи твердо убежден' }, // unverified
    { f: 'будучи убеждена', m: 'будучи убежден' }, // unverified

    // Welcoming and appreciation. GA 2003 ("приветствуя"), 1767 (XVII) ("выражая свою признательность").
    'выражая признательность', // unverified
    'выражая свою признательность',
    'высоко оценивая', // unverified
    'желая', // unverified
    'одобряя', // unverified
    'приветствуя',
    'приветствуя также', // unverified

    // Condemning.
    'осуждая', // unverified
    'решительно осуждая', // unverified

    // Procedure and the Charter. 1131 (XI) ("получив").
    'действуя на основании главы VII Устава Организации Объединенных Наций', // unverified
    'заслушав', // unverified
    'изучив', // unverified
    'получив',
    'рассмотрев', // unverified
  ],
  operative: [
    // Decisions and requests. GA 2024 on the Second World War ("предлагает", "просит").
    'постановляет', // unverified
    'постановляет далее', // unverified
    'постановляет также', // unverified
    'просит',
    'просит Генерального секретаря', // unverified
    'просит далее Генерального секретаря', // unverified
    'просит также', // unverified
    'просит также Генерального секретаря', // unverified

    // Calls, urging, inviting. SC 1368 ("призывает").
    'вновь призывает', // unverified
    'настоятельно призывает', // unverified
    'предлагает',
    'предлагает также', // unverified
    'призывает',
    'призывает также', // unverified
    'рекомендует', // unverified
    'требует', // unverified
    'требует также', // unverified

    // Welcoming and appreciation.
    'выражает признательность', // unverified
    'выражает свою признательность', // unverified
    'высоко оценивает', // unverified
    'приветствует', // unverified
    'приветствует также', // unverified

    // Noting and taking note.
    'отмечает', // unverified
    'отмечает также', // unverified
    'принимает к сведению', // unverified
    'с глубокой озабоченностью отмечает', // unverified
    'с озабоченностью отмечает', // unverified
    'с признательностью принимает к сведению', // unverified
    'с удовлетворением отмечает', // unverified
    'с удовлетворением принимает к сведению', // unverified

    // Affirming, recognizing, stressing. SC 242 ("утверждает").
    'вновь заявляет', // unverified
    'вновь подтверждает', // unverified
    'особо отмечает', // unverified
    'подтверждает', // unverified
    'подчеркивает', // unverified
    'подчеркивает также', // unverified
    'признает', // unverified
    'признает также', // unverified
    'утверждает',

    // Concern and sympathy. SC 1368 ("выражает свое глубочайшее сочувствие").
    'выражает глубокую обеспокоенность', // unverified
    'выражает обеспокоенность', // unverified
    'выражает свое глубочайшее сочувствие',
    'выражает серьезную обеспокоенность', // unverified
    'выражает сожаление', // unverified

    // Condemning. SC 1368 ("безоговорочно осуждает").
    'безоговорочно осуждает',
    'осуждает', // unverified
    'отвергает', // unverified
    'решительно осуждает', // unverified
    'сожалеет', // unverified

    // Support, authorization, declarations.
    'заявляет', // unverified
    'одобряет', // unverified
    'поддерживает', // unverified
    'поручает', // unverified
    'принимает', // unverified
    'провозглашает', // unverified
    'санкционирует', // unverified
    'уполномочивает', // unverified
  ],
}
