// The sponsor line kept made from the sponsor list, by the server (a room hook).
export { writeSponsorLine } from './header-field.ts'
export { sponsorLineHook } from './line-hook.ts'
