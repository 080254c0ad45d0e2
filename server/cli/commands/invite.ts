import { isRole } from '../../../schema/index.ts'
import { ALL_DRAFTS, Authority, draftLink, homeLink, parseDuration } from '../../auth/index.ts'
import { parseCommandArgs } from '../args.ts'
import { type Command, UsageError } from '../command.ts'
import { baseUrlOf, openCommandStorage, STORE_OPTIONS, STORE_USAGE } from '../server-options.ts'

const usage = `invite --draft ID --delegation NAME --role chair|delegate|observer [--expires 30d] ${STORE_USAGE} [--base-url URL]`

/** `penholder invite`: a new link to a draft for a delegation in a role (works with the server stopped). */
export const inviteCommand: Command = {
  name: 'invite',
  summary:
    "print a link to a draft for a delegation: facilitator (chair), delegate or observer ('*': every draft)",
  usage,
  async run(args) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        draft: { type: 'string' },
        delegation: { type: 'string' },
        role: { type: 'string' },
        expires: { type: 'string' },
        ...STORE_OPTIONS,
        'base-url': { type: 'string' },
      },
      usage,
    )
    const fail = (message: string) => new UsageError(`${message}; usage: penholder ${usage}`)
    if (positionals.length) throw fail(`unexpected '${positionals[0]}'`)
    if (!values.draft) throw fail('--draft is required')
    if (!values.delegation?.trim()) throw fail('--delegation is required')
    if (!isRole(values.role)) throw fail('--role must be chair, delegate or observer')
    const base = baseUrlOf(values['base-url'])
    let lifetime: number | null
    try {
      lifetime = parseDuration(values.expires ?? '30d')
    } catch (e) {
      throw fail(`--expires: ${(e as Error).message}`)
    }
    const storage = await openCommandStorage(values, { existing: true })
    try {
      if (values.draft !== ALL_DRAFTS && !(await storage.draft(values.draft))) {
        throw new UsageError(`there is no draft '${values.draft}' (see 'penholder draft list')`, 1)
      }
      const authority = await Authority.open(storage)
      const { token } = await authority.issue({
        draft: values.draft,
        delegation: values.delegation,
        role: values.role,
        lifetime,
      })
      console.log(values.draft === ALL_DRAFTS ? homeLink(base, token) : draftLink(base, values.draft, token))
      return 0
    } finally {
      await storage.close()
    }
  },
}
