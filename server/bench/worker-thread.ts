// Worker threads of the load generator: started on a TypeScript entry file, and asked one question at a time.
import { Worker } from 'node:worker_threads'

/**
 * Starts a worker on a TypeScript file of this folder. A worker does not inherit the tsx loader of
 * `node --import tsx` for its entry file, so it registers tsx itself before importing the TypeScript.
 */
export function startWorker(entry: URL, youngGenerationMb?: number): Worker {
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'))
  const worker = new Worker(
    `import(${tsx}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}) })`,
    {
      eval: true,
      ...(youngGenerationMb ? { resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMb } } : {}),
    },
  )
  // A failure between two requests is reported by the next one (the worker has exited by then).
  worker.on('error', () => {})
  return worker
}

/** A worker's answer that reports a failure. */
interface ErrorAnswer {
  type: 'error'
  message: string
}

/**
 * Sends a worker one message and resolves to its answer; rejects if the worker answers an error, fails or
 * exits first. `exited` holds the exit codes of workers known to have exited (a request to one fails at once).
 */
export function ask<A extends { type: string }>(
  worker: Worker,
  message: { type: string },
  exited: ReadonlyMap<Worker, number>,
): Promise<A> {
  return new Promise((resolve, reject) => {
    if (exited.has(worker)) {
      reject(new Error(`load worker: exited with ${exited.get(worker)} before '${message.type}'`))
      return
    }
    const settle = () => {
      worker.off('message', onMessage)
      worker.off('error', onError)
      worker.off('exit', onExit)
    }
    const onMessage = (answer: A | ErrorAnswer) => {
      settle()
      if (answer.type === 'error') reject(new Error(`load worker: ${(answer as ErrorAnswer).message}`))
      else resolve(answer as A)
    }
    const onError = (error: Error) => {
      settle()
      reject(new Error(`load worker: ${error.message}`))
    }
    const onExit = (code: number) => {
      settle()
      reject(new Error(`load worker: exited with ${code} before answering '${message.type}'`))
    }
    worker.once('message', onMessage)
    worker.once('error', onError)
    worker.once('exit', onExit)
    worker.postMessage(message)
  })
}
