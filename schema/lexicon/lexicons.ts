import type { Lang } from '../lang.ts'
import { lexicon as ar } from './ar.ts'
import { lexicon as en } from './en.ts'
import { lexicon as es } from './es.ts'
import { lexicon as fr } from './fr.ts'
import { lexicon as ru } from './ru.ts'
import type { Lexicon } from './types.ts'
import { lexicon as zh } from './zh.ts'

/** The opening-phrase lexicons of the six languages. */
export const LEXICONS: Record<Lang, Lexicon> = { ar, en, es, fr, ru, zh }
