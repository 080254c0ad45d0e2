import type { Lexicon } from './types.ts'

/**
 * Arabic opening phrases. Verbs agree with the organ: feminine after "إن الجمعية العامة،" (تشير، تقرر، قلقها)
 * and masculine after "إن مجلس الأمن،" and the other councils (يشير، يقرر، قلقه). The first preambular
 * paragraph opens with "إذ", the following ones with "وإذ"; both are listed where real texts use both. A
 * verb that takes a preposition fused to the next word (تهيب بالدول، ترحب بالتقرير) is listed without it,
 * so that the phrase ends at a word boundary.
 *
 * Phrases: the openings of the Arabic texts of the resolutions named above each group. Entries marked
 * `unverified` are UN usage as far as the compiler knows but were not found in an Arabic text retrieved
 * while compiling the list.
 */
export const lexicon: Lexicon = {
  source:
    'Openings of the Arabic texts of GA resolution 52/31 (un.org/arabic/ga/52/res/res52031.htm), draft ' +
    'resolution A/AC.109/2019/L.18 (UN bitext English/Arabic), SC resolutions 450 (1979) and 474 (1980), ' +
    'and GA usage "واقتناعا منها" (UN parallel text); see the comment above each group',
  preambular: [
    // Recalling. 52/31 ("وإذ تشير إلى"، "وإذ تشير أيضا إلى"), SC 450 and 474 ("إذ يذكر"، "وإذ يذكر أيضا").
    { f: 'إذ تذكر', m: 'إذ يذكر' },
    { f: 'إذ تشير', m: 'إذ يشير' }, // unverified
    { f: 'إذ تشير إلى', m: 'إذ يشير إلى' }, // unverified
    { f: 'إذ تشير كذلك إلى', m: 'إذ يشير كذلك إلى' }, // unverified
    { f: 'وإذ تشير', m: 'وإذ يشير' }, // unverified
    { f: 'وإذ تذكر', m: 'وإذ يذكر' }, // unverified
    { f: 'وإذ تذكر أيضا', m: 'وإذ يذكر أيضا' },
    { f: 'وإذ تشير إلى', m: 'وإذ يشير إلى' },
    { f: 'وإذ تشير أيضا إلى', m: 'وإذ يشير أيضا إلى' },
    { f: 'وإذ تشير كذلك إلى', m: 'وإذ يشير كذلك إلى' }, // unverified

    // Reaffirming and stressing. 52/31 ("وإذ تعيد تأكيد"), SC 474 ("وإذ يعيد تأكيد").
    { f: 'إذ تؤكد من جديد', m: 'إذ يؤكد من جديد' }, // unverified
    { f: 'إذ تعيد تأكيد', m: 'إذ يعيد تأكيد' }, // unverified
    { f: 'وإذ تؤكد', m: 'وإذ يؤكد' }, // unverified
    { f: 'وإذ تؤكد من جديد', m: 'وإذ يؤكد من جديد' }, // unverified
    { f: 'وإذ تشدد', m: 'وإذ يشدد' }, // unverified
    { f: 'وإذ تعيد تأكيد', m: 'وإذ يعيد تأكيد' },
    { f: 'وإذ تكرر تأكيد', m: 'وإذ يكرر تأكيد' }, // unverified

    // Noting and taking note. 52/31 ("إذ تلاحظ"), A/AC.109/2019/L.18 ("وإذ تحيط علما").
    { f: 'إذ تلاحظ', m: 'إذ يلاحظ' },
    { f: 'وإذ تحيط علما', m: 'وإذ يحيط علما' },
    { f: 'وإذ تحيط علما مع التقدير', m: 'وإذ يحيط علما مع التقدير' }, // unverified
    { f: 'وإذ تلاحظ', m: 'وإذ يلاحظ' }, // unverified
    { f: 'وإذ تلاحظ مع التقدير', m: 'وإذ يلاحظ مع التقدير' }, // unverified
    { f: 'وإذ تلاحظ مع القلق', m: 'وإذ يلاحظ مع القلق' }, // unverified

    // Recognizing, bearing in mind, considering.
    { f: 'إذ تسترشد', m: 'إذ يسترشد' }, // unverified
    { f: 'إذ تتصرف', m: 'إذ يتصرف' }, // SC 474 (1980)
    { f: 'وإذ تتصرف', m: 'وإذ يتصرف' }, // unverified
    { f: 'وإذ تأخذ في الاعتبار', m: 'وإذ يأخذ في الاعتبار' }, // unverified
    { f: 'وإذ تدرك', m: 'وإذ يدرك' }, // unverified
    { f: 'وإذ ترى', m: 'وإذ يرى' }, // unverified
    { f: 'وإذ تسترشد', m: 'وإذ يسترشد' }, // unverified
    { f: 'وإذ تسلم', m: 'وإذ يسلم' }, // unverified
    { f: 'وإذ تسلم أيضا', m: 'وإذ يسلم أيضا' }, // unverified
    { f: 'إذ تضع في اعتبارها', m: 'إذ يضع في اعتباره' }, // unverified
    { f: 'وإذ تضع في اعتبارها', m: 'وإذ يضع في اعتباره' }, // unverified
    { f: 'وإذ تعترف', m: 'وإذ يعترف' }, // unverified
    { f: 'وإذ تعي', m: 'وإذ يعي' }, // unverified
    { f: 'وإذ تقر', m: 'وإذ يقر' }, // unverified

    // Concern. "وإذ يساورها بالغ القلق" is the brief's example of GA usage.
    { f: 'وإذ تعرب عن بالغ قلقها', m: 'وإذ يعرب عن بالغ قلقه' }, // unverified
    { f: 'وإذ تعرب عن قلقها', m: 'وإذ يعرب عن قلقه' }, // unverified
    { f: 'وإذ تعرب عن قلقها البالغ', m: 'وإذ يعرب عن قلقه البالغ' }, // unverified
    { f: 'وإذ يساورها القلق', m: 'وإذ يساوره القلق' }, // unverified
    { f: 'وإذ يساورها بالغ القلق', m: 'وإذ يساوره بالغ القلق' }, // unverified
    { f: 'وإذ يساورها قلق بالغ', m: 'وإذ يساوره قلق بالغ' }, // unverified

    // Conviction and resolve. UN parallel text ("واقتناعا منها بأن")، SC 474 ("واقتناعا منه").
    { f: 'وإدراكا منها', m: 'وإدراكا منه' }, // unverified
    { f: 'واقتناعا منها', m: 'واقتناعا منه' },
    { f: 'وتصميما منها', m: 'وتصميما منه' }, // unverified
    { f: 'ورغبة منها', m: 'ورغبة منه' }, // unverified

    // Welcoming, commending, condemning. SC 474 ("وإذ يثني على").
    { f: 'وإذ تثني على', m: 'وإذ يثني على' },
    { f: 'وإذ تدين', m: 'وإذ يدين' }, // unverified
    { f: 'وإذ ترحب', m: 'وإذ يرحب' }, // unverified
    { f: 'وإذ ترحب أيضا', m: 'وإذ يرحب أيضا' }, // unverified
    { f: 'وإذ تشجب', m: 'وإذ يشجب' }, // unverified
    { f: 'وإذ تعرب عن تقديرها', m: 'وإذ يعرب عن تقديره' }, // unverified
    { f: 'وإذ تنوه', m: 'وإذ ينوه' }, // unverified
    { f: 'وإذ يشجعها', m: 'وإذ يشجعه' }, // unverified

    // Procedure. A/AC.109/2019/L.18 ("وقد نظرت في")، SC 450 ("وقد نظر في")، SC 474 ("وقد درس").
    { f: 'وقد درست', m: 'وقد درس' },
    { f: 'وقد نظرت في', m: 'وقد نظر في' },

    // Security Council only.
    'وإذ يتصرف بموجب الفصل السابع من ميثاق الأمم المتحدة', // unverified
    'وإذ يقرر', // unverified
  ],
  operative: [
    // Decisions and requests. 52/31 ("تطلب إلى الأمين العام"), SC 474 ("يقرر").
    { f: 'تطلب', m: 'يطلب' }, // unverified
    { f: 'تطلب إلى الأمين العام', m: 'يطلب إلى الأمين العام' },
    { f: 'تطلب أيضا', m: 'يطلب أيضا' }, // unverified
    { f: 'تطلب أيضا إلى الأمين العام', m: 'يطلب أيضا إلى الأمين العام' }, // unverified
    { f: 'تطلب كذلك إلى الأمين العام', m: 'يطلب كذلك إلى الأمين العام' }, // unverified
    { f: 'تقرر', m: 'يقرر' },
    { f: 'تقرر أيضا', m: 'يقرر أيضا' }, // unverified
    { f: 'تقرر كذلك', m: 'يقرر كذلك' }, // unverified

    // Calls, urging, encouraging.
    { f: 'تحث', m: 'يحث' }, // unverified
    { f: 'تحث أيضا', m: 'يحث أيضا' }, // unverified
    { f: 'تحث بقوة', m: 'يحث بقوة' }, // unverified
    { f: 'تدعو', m: 'يدعو' }, // unverified
    { f: 'تدعو أيضا', m: 'يدعو أيضا' }, // unverified
    { f: 'تشجع', m: 'يشجع' }, // unverified
    { f: 'تشجع أيضا', m: 'يشجع أيضا' }, // unverified
    { f: 'تطالب', m: 'يطالب' }, // unverified
    { f: 'تطالب أيضا', m: 'يطالب أيضا' }, // unverified
    { f: 'تناشد', m: 'يناشد' }, // unverified
    { f: 'تهيب', m: 'يهيب' }, // unverified
    { f: 'تهيب أيضا', m: 'يهيب أيضا' }, // unverified

    // Reaffirming and stressing. 52/31 ("تؤكد مجددا").
    { f: 'تؤكد', m: 'يؤكد' }, // unverified
    { f: 'تؤكد أيضا', m: 'يؤكد أيضا' }, // unverified
    { f: 'تؤكد مجددا', m: 'يؤكد مجددا' },
    { f: 'تؤكد من جديد', m: 'يؤكد من جديد' }, // unverified
    { f: 'تشدد', m: 'يشدد' }, // unverified
    { f: 'تشدد أيضا', m: 'يشدد أيضا' }, // unverified
    { f: 'تعيد تأكيد', m: 'يعيد تأكيد' }, // unverified
    { f: 'تكرر تأكيد', m: 'يكرر تأكيد' }, // unverified

    // Noting, recognizing.
    { f: 'تحيط علما', m: 'يحيط علما' }, // unverified
    { f: 'تحيط علما مع التقدير', m: 'يحيط علما مع التقدير' }, // unverified
    { f: 'تسلم', m: 'يسلم' }, // unverified
    { f: 'تعترف', m: 'يعترف' }, // unverified
    { f: 'تقر', m: 'يقر' }, // unverified
    { f: 'تلاحظ', m: 'يلاحظ' }, // unverified
    { f: 'تلاحظ مع التقدير', m: 'يلاحظ مع التقدير' }, // unverified
    { f: 'تلاحظ مع القلق', m: 'يلاحظ مع القلق' }, // unverified

    // Concern, welcoming, appreciation.
    { f: 'تثني على', m: 'يثني على' }, // unverified
    { f: 'ترحب', m: 'يرحب' }, // unverified
    { f: 'ترحب أيضا', m: 'يرحب أيضا' }, // unverified
    { f: 'تعرب عن امتنانها', m: 'يعرب عن امتنانه' }, // unverified
    { f: 'تعرب عن بالغ قلقها', m: 'يعرب عن بالغ قلقه' }, // unverified
    { f: 'تعرب عن تقديرها', m: 'يعرب عن تقديره' }, // unverified
    { f: 'تعرب عن دعمها', m: 'يعرب عن دعمه' }, // unverified
    { f: 'تعرب عن قلقها', m: 'يعرب عن قلقه' }, // unverified
    { f: 'تعرب عن قلقها البالغ', m: 'يعرب عن قلقه البالغ' }, // unverified

    // Condemning and deploring.
    { f: 'تأسف', m: 'يأسف' }, // unverified
    { f: 'تدين', m: 'يدين' }, // unverified
    { f: 'تدين بشدة', m: 'يدين بشدة' }, // unverified
    { f: 'ترفض', m: 'يرفض' }, // unverified
    { f: 'تشجب', m: 'يشجب' }, // unverified

    // Support, authorization, declarations.
    { f: 'تأذن', m: 'يأذن' }, // unverified
    { f: 'تؤيد', m: 'يؤيد' }, // unverified
    { f: 'تعتمد', m: 'يعتمد' }, // unverified
    { f: 'تعلن', m: 'يعلن' }, // unverified
    { f: 'توصي', m: 'يوصي' }, // unverified
  ],
}
