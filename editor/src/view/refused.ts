import type { Command, EditorState, Transaction } from 'prosemirror-state'
import {
  type SuggestionOptions,
  suggestionContext,
  suggestionKey,
  suggestionMetaOf,
  suggestTransaction,
} from '../suggestion/index.ts'

/**
 * Whether suggestion mode would refuse what a command does (a dry run: the command's transaction is rewritten
 * as `withSuggestions` does, then checked by the suggestion plugin's guard of the agreed text), so that the
 * toolbar can grey out a button that would do nothing, such as changing an agreed paragraph's kind. False
 * without the suggestion plugin or when suggestion mode is off.
 */
export function refusedAsProposal(state: EditorState, command: Command): boolean {
  const options = (suggestionKey.getState(state) as { options?: SuggestionOptions } | undefined)?.options
  if (!options?.enabled()) return false
  const made: Transaction[] = []
  if (!command(state, (tr) => made.push(tr))) return false
  return made.some((tr) => {
    if (!tr.docChanged || suggestionMetaOf(tr)) return false
    const out = suggestTransaction(state, tr, suggestionContext(options))
    if (!out) return true
    const plugin = suggestionKey.get(state)
    return plugin?.spec.filterTransaction?.call(plugin, out, state) === false
  })
}
