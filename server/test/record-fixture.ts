// What the tests of revisions and the history share: a draft with a symbol and tokens on a test server, and
// calls of the JSON API.
import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import type { Role } from '../../schema/index.ts'
import { clause, draft } from '../../schema/test/amendment-drafts.ts'
import { createDraft, type RunningServer } from '../index.ts'

/** Six operative paragraphs (ids o1..o6) and two preambular ones (p1, p2), in a draft A/C.3/71/L.23. */
export function negotiationDoc(symbol = 'A/C.3/71/L.23') {
  return draft(
    'en',
    [
      clause('preambular', 'p1', 'Recalling its resolution 70/1,'),
      clause('preambular', 'p2', 'Noting the report of the Secretary-General,'),
      clause('operative', 'o1', 'Decides to promote the rights of all;'),
      clause('operative', 'o2', 'Calls upon States to cooperate;'),
      clause('operative', 'o3', 'Requests the Secretary-General to report;'),
      clause('operative', 'o4', 'Encourages Member States to share information;'),
      clause('operative', 'o5', 'Invites the regional organizations to contribute;'),
      clause('operative', 'o6', 'Decides to remain seized of the matter.'),
    ],
    symbol,
  )
}

/** Who the record tests give tokens to. */
export const RECORD_ROLES: Record<string, [string, Role]> = {
  chair: ['Facilitator', 'chair'],
  egypt: ['Egypt', 'delegate'],
  brazil: ['Brazil', 'delegate'],
  press: ['Press', 'observer'],
}

/** A new draft of {@link negotiationDoc} and a token for each of {@link RECORD_ROLES}. */
export async function negotiationDraft(
  server: RunningServer,
  symbol?: string,
): Promise<{ id: string; tokens: Record<string, string> }> {
  const meta = await createDraft(server.storage, negotiationDoc(symbol))
  const tokens: Record<string, string> = {}
  for (const [name, [delegation, role]] of Object.entries(RECORD_ROLES)) {
    tokens[name] = (
      await server.authority.issue({ draft: meta.id, delegation, role, lifetime: 86_400_000 })
    ).token
  }
  return { id: meta.id, tokens }
}

/** An answer of the API: its status, headers and body (parsed if JSON, else text). */
export interface Answer {
  status: number
  headers: Headers
  // biome-ignore lint/suspicious/noExplicitAny: each test reads the fields it expects
  body: any
  bytes: Uint8Array
}

/** Calls the API with a token; `body` is sent as JSON. */
export async function call(
  server: { url: string },
  token: string,
  path: string,
  init: { method?: string; body?: unknown } = {},
): Promise<Answer> {
  const response = await fetch(server.url + path, {
    method: init.method ?? 'GET',
    headers: {
      Authorization: `Bearer ${token}`,
      ...(init.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
    },
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  })
  const bytes = new Uint8Array(await response.arrayBuffer())
  const text = new TextDecoder().decode(bytes)
  let body: unknown = text
  if ((response.headers.get('content-type') ?? '').startsWith('application/json')) body = JSON.parse(text)
  return { status: response.status, headers: response.headers, body, bytes }
}

const BIN = fileURLToPath(new URL('../../bin/penholder.js', import.meta.url))

/** Runs `penholder ARGS`; resolves to its exit status and output. */
export function penholder(...args: string[]) {
  return new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, [BIN, ...args], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ status: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr })
    })
  })
}
