import { chmodSync, existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { draftLink, homeLink } from '../../auth/index.ts'
import { ensureDemo, homeToken } from '../../drafts/demo.ts'
import { startServer } from '../../server.ts'
import { parseCommandArgs } from '../args.ts'
import { type Command, UsageError } from '../command.ts'
import { configuredBaseUrl, dataDirOf, portOf } from '../server-options.ts'

const usage = 'serve [--port N] [--host H] [--data DIR] [--base-url URL] [--print-links]'

/** The file of a data folder that keeps the links printed at start when they do not go to a terminal. */
export const LINKS_FILE = 'links.txt'

/**
 * Where the links (full tokens) go: a terminal shows them to the person who started the server; anything else
 * (a pipe, a log collector, a file) might keep them where others read them, so they go to a file only the
 * owner reads, unless asked for with `--print-links` or `PENHOLDER_PRINT_LINKS=1`.
 */
function linksToStdout(asked: boolean | undefined): boolean {
  return Boolean(asked) || process.env.PENHOLDER_PRINT_LINKS === '1' || process.stdout.isTTY === true
}

/** Writes the links into the data folder, readable by the owner alone (mode 0600, set also on an old file). */
function writeLinksFile(dataDir: string, text: string): string {
  const path = join(dataDir, LINKS_FILE)
  if (existsSync(path)) chmodSync(path, 0o600)
  writeFileSync(path, `${text}\n`, { mode: 0o600 })
  chmodSync(path, 0o600)
  return path
}

/**
 * `penholder serve`: the collaboration server, the API and the editor. On the first start it creates the demo
 * draft; every start prints its base URL, and the facilitator's home link and the demo's links to a terminal
 * (else into DATA/links.txt, mode 0600). Stops cleanly on SIGINT/SIGTERM.
 */
export const serveCommand: Command = {
  name: 'serve',
  summary: 'run the server (editor, API, live collaboration); prints the facilitator and demo links',
  usage,
  async run(args) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        port: { type: 'string', short: 'p' },
        host: { type: 'string' },
        data: { type: 'string' },
        'base-url': { type: 'string' },
        'print-links': { type: 'boolean' },
      },
      usage,
    )
    if (positionals.length) throw new UsageError(`unexpected '${positionals[0]}'; usage: penholder ${usage}`)
    const host = values.host ?? '127.0.0.1'
    const configured = configuredBaseUrl(values['base-url'])
    const dataDir = dataDirOf(values.data)
    const server = await startServer({
      port: portOf(values.port),
      host,
      dataDir,
      ...(configured ? { baseUrl: configured } : {}),
    })
    const stopped = new Promise<number>((resolve) => {
      const stop = () => {
        process.off('SIGINT', stop)
        process.off('SIGTERM', stop)
        server.close().then(
          () => resolve(0),
          () => resolve(1),
        )
      }
      process.on('SIGINT', stop)
      process.on('SIGTERM', stop)
    })
    const base = server.baseUrl
    const home = await homeToken(server.storage, server.authority)
    const demo = await ensureDemo(server.storage, server.authority)
    const title = demo.draft.title || demo.draft.id
    const width = Math.max(...demo.links.map((l) => l.delegation.length + l.role.length + 3))
    const links = [
      'Facilitator home page (every draft):',
      `  ${homeLink(base, home)}`,
      '',
      `${demo.created ? 'Demo draft created' : 'Demo draft'}: ${title}`,
      ...demo.links.map(
        (l) => `  ${`${l.delegation} (${l.role})`.padEnd(width)}  ${draftLink(base, demo.draft.id, l.token)}`,
      ),
    ].join('\n')
    const shown = linksToStdout(values['print-links'])
      ? links
      : `The facilitator and demo links (their tokens open the drafts) are in ${writeLinksFile(dataDir, links)},\n` +
        'readable by you alone; add --print-links to print them here.'
    console.log([`penholder is running at ${base}`, '', shown, '', 'Stop with Ctrl-C.'].join('\n'))
    return stopped
  },
}
