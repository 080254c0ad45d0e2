// The HTTP side of the server: the JSON API, the editor's pages and assets.
export type { AppContext } from './context.ts'
export { HttpError } from './http-error.ts'
export { createRequestHandler, editorBuilt } from './router.ts'
