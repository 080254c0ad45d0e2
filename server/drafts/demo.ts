import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Role } from '../../schema/index.ts'
import { ALL_DRAFTS, type Authority, standingInvitation } from '../auth/index.ts'
import type { DraftMeta, Storage } from '../storage/index.ts'
import { createDraft } from './create.ts'
import { importDraftText } from './import.ts'

/** The sample resolution the demo draft is made from (General Assembly resolution 71/194, in French). */
export const DEMO_FILE = fileURLToPath(new URL('../demo/fr_A-RES-71-194.md', import.meta.url))

/** Who the demo's links are for: the facilitator, two delegations and an observer. */
export const DEMO_PARTICIPANTS: readonly { delegation: string; role: Role }[] = [
  { delegation: 'Facilitator', role: 'chair' },
  { delegation: 'France', role: 'delegate' },
  { delegation: 'Brazil', role: 'delegate' },
  { delegation: 'Observer', role: 'observer' },
]

const YEAR = 365 * 86_400_000

/** A link the server prints at start: who it is for and its token. */
export interface StartupLink {
  delegation: string
  role: Role
  token: string
}

/** The server-wide facilitator token of the home page, the same at every start until revoked. */
export async function homeToken(storage: Storage, authority: Authority): Promise<string> {
  const request = { draft: ALL_DRAFTS, delegation: 'Facilitator', role: 'chair' as const, lifetime: YEAR }
  return (await standingInvitation(storage, authority, 'home-invitation', request)).token
}

/**
 * The demo draft, created from the sample resolution on the first start only, and its links (made again, the
 * same, at every later start).
 */
export async function ensureDemo(
  storage: Storage,
  authority: Authority,
  file = DEMO_FILE,
): Promise<{ draft: DraftMeta; links: StartupLink[]; created: boolean }> {
  const keptId = await storage.setting('demo-draft')
  let draft = keptId ? await storage.draft(keptId) : null
  const created = !draft
  if (!draft) {
    draft = await createDraft(storage, importDraftText(readFileSync(file, 'utf8')).doc)
    await storage.setSetting('demo-draft', draft.id)
  }
  const links: StartupLink[] = []
  for (const { delegation, role } of DEMO_PARTICIPANTS) {
    const request = { draft: draft.id, delegation, role, lifetime: YEAR }
    const { token } = await standingInvitation(storage, authority, `demo-invitation:${delegation}`, request)
    links.push({ delegation, role, token })
  }
  return { draft, links, created }
}
