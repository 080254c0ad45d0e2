// The public API of the importer: schema/index.ts re-exports it.
export { assertResolutionSize, decodeResolutionText, MAX_RESOLUTION_BYTES } from './decode.ts'
export { detectFormat, type ImportFormat } from './format.ts'
export {
  type ImportOptions,
  type ImportResult,
  type ImportWarning,
  importResolution,
  type UnplacedLine,
} from './import.ts'
export { detectLanguage } from './language.ts'
export {
  importStyled,
  type StyledImportOptions,
  type StyledImportResult,
  type StyledInline,
  type StyledParagraph,
  type StyledRole,
} from './styled-reader.ts'
