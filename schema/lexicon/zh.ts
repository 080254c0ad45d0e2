import type { Lexicon } from './types.ts'

/**
 * Chinese opening phrases. A preambular paragraph opens with the verb and ends with a full-width comma
 * ("回顾其以往各项决议，"); an operative paragraph opens with the verb and ends with "；" or "。". "又" marks
 * "also" and "还" marks "further" ("又回顾", "还回顾"). Chinese has no spaces, so a phrase matches at any
 * point; the verbs do not agree with the organ.
 *
 * Phrases: the openings of the Chinese texts of the resolutions named above each group. Entries marked
 * `unverified` are UN usage as far as the compiler knows but were not found in a Chinese text retrieved
 * while compiling the list.
 */
export const lexicon: Lexicon = {
  source:
    'Openings of the Chinese texts of GA resolutions 50/72 A and B, 52/7 and 54/254 ' +
    '(static.un.org/zh/ga) and of draft resolution A/ES-11/L.1 (adopted as ES-11/1, zh.wikisource.org); ' +
    'see the comment above each group',
  preambular: [
    // Recalling and reaffirming. 52/7 ("回顾"), 54/254 ("又回顾", "重申", "又重申"), A/ES-11/L.1 ("还回顾"),
    // 50/72 B ("重新强调").
    '还回顾',
    '还重申', // unverified
    '回顾',
    '申明', // unverified
    '又回顾',
    '又重申',
    '重申',
    '重新强调',

    // Noting and taking note. 50/72 A ("满意地注意到"), 50/72 B ("注意到"), A/ES-11/L.1 ("表示注意到").
    '表示注意到',
    '关切地注意到', // unverified
    '还注意到', // unverified
    '满意地注意到',
    '深为关切地注意到', // unverified
    '遗憾地注意到', // unverified
    '又注意到', // unverified
    '赞赏地注意到', // unverified
    '注意到',

    // Recognizing, bearing in mind, stressing. A/ES-11/L.1 ("确认", "铭记"), 54/254 ("铭记"), 50/72 B ("强调").
    '承认', // unverified
    '还确认', // unverified
    '考虑到', // unverified
    '铭记',
    '强调',
    '确认',
    '认识到', // unverified
    '又考虑到', // unverified
    '又铭记', // unverified
    '又强调', // unverified
    '又确认', // unverified
    '又认识到', // unverified
    '遵循', // unverified

    // Concern and alarm. A/ES-11/L.1 ("表示严重关切").
    '表示关切', // unverified
    '表示深切关切', // unverified
    '表示严重关切',
    '深感震惊', // unverified
    '深为关切', // unverified
    '严重关切', // unverified

    // Conviction and resolve. 50/72 A ("深信").
    '决心', // unverified
    '深信',
    '希望', // unverified
    '相信', // unverified
    '意识到', // unverified

    // Welcoming, commending, condemning. A/ES-11/L.1 ("谴责").
    '表示赞赏', // unverified
    '欢迎', // unverified
    '谴责',
    '痛惜', // unverified
    '又欢迎', // unverified
    '赞扬', // unverified

    // Procedure and the Charter. 50/72 A and 52/7 ("审议了").
    '断定', // unverified
    '根据《联合国宪章》第七章采取行动', // unverified
    '审查了', // unverified
    '审议了',
  ],
  operative: [
    // Decisions and requests. 50/72 A, 52/7 ("请秘书长", "决定"), 54/254 ("又决定", "还决定", "请").
    '还决定',
    '还请', // unverified
    '还请秘书长', // unverified
    '决定',
    '请',
    '请秘书长',
    '又决定',
    '又请', // unverified
    '又请秘书长', // unverified

    // Calls, urging, encouraging, inviting. 50/72 A ("促请", "鼓励").
    '促请',
    '敦促', // unverified
    '鼓励',
    '还鼓励', // unverified
    '呼吁', // unverified
    '强烈敦促', // unverified
    '吁请', // unverified
    '邀请', // unverified
    '要求', // unverified
    '又促请', // unverified
    '又敦促', // unverified
    '又鼓励', // unverified
    '又吁请', // unverified
    '又邀请', // unverified
    '又要求', // unverified

    // Welcoming, thanking, commending. 50/72 A ("欢迎").
    '感谢', // unverified
    '还欢迎', // unverified
    '欢迎',
    '又欢迎', // unverified
    '赞扬', // unverified

    // Noting and taking note. 52/7 ("赞赏地注意到").
    '表示注意到', // unverified
    '关切地注意到', // unverified
    '满意地注意到', // unverified
    '又注意到', // unverified
    '赞赏地注意到',
    '注意到', // unverified

    // Affirming, recognizing, stressing. 50/72 A ("重申", "承认"), 50/72 B ("强调").
    '承认',
    '还强调', // unverified
    '强调',
    '确认', // unverified
    '认识到', // unverified
    '申明', // unverified
    '又强调', // unverified
    '又重申', // unverified
    '重申',

    // Concern, condemnation.
    '表示关切', // unverified
    '表示深切关切', // unverified
    '表示严重关切', // unverified
    '谴责', // unverified
    '强烈谴责', // unverified
    '痛惜', // unverified

    // Support, authorization, declarations. 52/7 ("建议").
    '核可', // unverified
    '核准', // unverified
    '建议',
    '授权', // unverified
    '通过', // unverified
    '宣布', // unverified
    '赞同', // unverified
    '支持', // unverified
  ],
}
