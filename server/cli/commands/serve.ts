import { chmodSync, existsSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { draftLink, homeLink } from '../../auth/index.ts'
import { BusError } from '../../cluster/index.ts'
import { ensureDemo, homeToken } from '../../drafts/demo.ts'
import { startServer } from '../../server.ts'
import { storeName } from '../../storage/index.ts'
import { parseCommandArgs } from '../args.ts'
import { type Command, UsageError } from '../command.ts'
import { limitOptions, limitsOf, limitUsage } from '../limit-options.ts'
import {
  configuredBaseUrl,
  portOf,
  STORE_OPTIONS,
  STORE_USAGE,
  storeChoiceOf,
  storeFailure,
} from '../server-options.ts'

const usage = `serve [--port N] [--host H] ${STORE_USAGE} [--redis URL] [--base-url URL] [--print-links] ${limitUsage}`

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

/** Writes the links into a file readable by the owner alone (mode 0600, set also on an old file). */
function writeLinksFile(path: string, text: string): string {
  if (existsSync(path)) chmodSync(path, 0o600)
  writeFileSync(path, `${text}\n`, { mode: 0o600 })
  chmodSync(path, 0o600)
  return path
}

/**
 * `penholder serve`: the collaboration server, the API and the editor. On the first start it creates the demo
 * draft; every start prints its base URL, and the facilitator's home link and the demo's links to a terminal
 * (else into DATA/links.txt, or ./penholder-links.txt with a PostgreSQL store, mode 0600). Stops cleanly on
 * SIGINT/SIGTERM. With `--redis redis://HOST:PORT`, several processes on one PostgreSQL store serve the same drafts.
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
        ...STORE_OPTIONS,
        'base-url': { type: 'string' },
        redis: { type: 'string' },
        'print-links': { type: 'boolean' },
        ...limitOptions,
      },
      usage,
    )
    if (positionals.length) throw new UsageError(`unexpected '${positionals[0]}'; usage: penholder ${usage}`)
    const host = values.host ?? '127.0.0.1'
    const port = portOf(values.port)
    const store = storeChoiceOf(values)
    const configured = configuredBaseUrl(values['base-url'])
    const server = await startServer({
      port,
      host,
      ...('url' in store ? { store: store.url } : { dataDir: store.dataDir }),
      ...(configured ? { baseUrl: configured } : {}),
      limits: limitsOf(values),
      ...(values.redis ? { redis: values.redis } : {}),
    }).catch((e: unknown) => {
      if (e instanceof BusError) throw new UsageError(e.message, 1)
      throw storeFailure(e)
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
    const linksFile = 'url' in store ? resolve('penholder-links.txt') : join(store.dataDir, LINKS_FILE)
    const shown = linksToStdout(values['print-links'])
      ? links
      : `The facilitator and demo links (their tokens open the drafts) are in ${writeLinksFile(linksFile, links)},\n` +
        'readable by you alone; add --print-links to print them here.'
    console.log(
      [
        `penholder is running at ${base}`,
        `Drafts are stored in ${'url' in store ? `PostgreSQL at ${storeName(store)}` : storeName(store)}`,
        ...(server.redis
          ? [`Updates are shared with the other processes through Redis at ${server.redis}`]
          : []),
        '',
        shown,
        '',
        'Stop with Ctrl-C.',
      ].join('\n'),
    )
    return stopped
  },
}
