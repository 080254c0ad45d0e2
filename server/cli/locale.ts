import { isLang, LANGUAGES, type Lang } from '../../schema/index.ts'
import { UsageError } from './command.ts'

// The language the command line speaks in: `--locale` when given, else the locale of the environment as POSIX
// orders it (LC_ALL, then LC_MESSAGES, then LANG: "fr_FR.UTF-8" is French), else English. A locale of the
// environment in a language the UN does not use ("de_DE", "C") is English; a `--locale` that is not one of
// the six is a usage error, since someone asked for it.

/** What `--locale` reads in a usage line. */
export const LOCALE_USAGE = `[--locale ${LANGUAGES.join('|')}]`

/** The language of a locale name ("fr", "fr_FR.UTF-8", "zh-CN"), or null when it is none of the six. */
export function localeLanguage(locale: string | undefined): Lang | null {
  const base = locale
    ?.trim()
    .toLowerCase()
    .split(/[_.@-]/)[0]
  return isLang(base) ? base : null
}

/** The language to print messages in, from `--locale` and the environment. */
export function messageLanguage(option: string | undefined, env: NodeJS.ProcessEnv = process.env): Lang {
  if (option !== undefined) {
    const lang = localeLanguage(option)
    if (!lang) throw new UsageError(`--locale must be one of ${LANGUAGES.join(', ')}, got '${option}'`)
    return lang
  }
  // The first of these that is set decides, even when it names a language we do not have.
  const set = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '')
  return localeLanguage(set) ?? 'en'
}
