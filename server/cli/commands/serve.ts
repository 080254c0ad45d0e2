import { draftLink, homeLink } from '../../auth/index.ts'
import { ensureDemo, homeToken } from '../../drafts/demo.ts'
import { startServer } from '../../server.ts'
import { storeName } from '../../storage/index.ts'
import { parseCommandArgs } from '../args.ts'
import { type Command, UsageError } from '../command.ts'
import { limitOptions, limitsOf, limitUsage } from '../limit-options.ts'
import { portOf, STORE_OPTIONS, STORE_USAGE, storeChoiceOf, storeFailure } from '../server-options.ts'

const usage = `serve [--port N] [--host H] ${STORE_USAGE} [--base-url URL] ${limitUsage}`

/** The address people open: a wildcard host is reached as 127.0.0.1 from this machine. */
function publicBase(host: string, port: number): string {
  const name = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host
  return `http://${name}:${port}`
}

/**
 * `penholder serve`: the collaboration server, the API and the editor. On the first start it creates the demo
 * draft; every start prints the facilitator's home link and the demo's links. Stops cleanly on SIGINT/SIGTERM.
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
        ...limitOptions,
      },
      usage,
    )
    if (positionals.length) throw new UsageError(`unexpected '${positionals[0]}'; usage: penholder ${usage}`)
    const host = values.host ?? '127.0.0.1'
    const port = portOf(values.port)
    const store = storeChoiceOf(values)
    const server = await startServer({
      port,
      host,
      ...('url' in store ? { store: store.url } : { dataDir: store.dataDir }),
      ...(values['base-url'] ? { baseUrl: values['base-url'] } : {}),
      limits: limitsOf(values),
    }).catch((e: unknown) => {
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
    const base = (values['base-url'] ?? publicBase(host, server.port)).replace(/\/+$/, '')
    const home = await homeToken(server.storage, server.authority)
    const demo = await ensureDemo(server.storage, server.authority)
    const title = demo.draft.title || demo.draft.id
    const width = Math.max(...demo.links.map((l) => l.delegation.length + l.role.length + 3))
    console.log(
      [
        `penholder is running at ${base}`,
        `Drafts are stored in ${'url' in store ? `PostgreSQL at ${storeName(store)}` : storeName(store)}`,
        '',
        'Facilitator home page (every draft):',
        `  ${homeLink(base, home)}`,
        '',
        `${demo.created ? 'Demo draft created' : 'Demo draft'}: ${title}`,
        ...demo.links.map(
          (l) =>
            `  ${`${l.delegation} (${l.role})`.padEnd(width)}  ${draftLink(base, demo.draft.id, l.token)}`,
        ),
        '',
        'Stop with Ctrl-C.',
      ].join('\n'),
    )
    return stopped
  },
}
