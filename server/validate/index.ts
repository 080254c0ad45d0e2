// Schema validation of what an update makes of a draft.
export { checkMeta, validateChange } from './validate.ts'
