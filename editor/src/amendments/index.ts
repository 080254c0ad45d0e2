// The amendments experience (DESIGN.md section 5): how proposals look in the text, the clean and compilation
// views and their numbering, the amendments panel and its actions, co-sponsors.
export { type ActionsOptions, type ActionTarget, AmendmentActions } from './actions.ts'
export {
  type AmendmentsMeta,
  type AmendmentsOptions,
  type AmendmentsState,
  amendmentDecorations,
  amendmentsAt,
  amendmentsKey,
  amendmentsPlugin,
  focusAmendment,
  paragraphClass,
  refreshAmendments,
} from './decorations.ts'
export { amendmentMarkViews } from './marks-view.ts'
export { AmendmentsPanel, type PanelOptions } from './panel.ts'
export {
  actionsFor,
  delegationsOf,
  filterEntries,
  mayChangePanel,
  type PanelAction,
  type PanelEntry,
  type PanelFilters,
  type ParagraphChoice,
  panelEntries,
  paragraphChoices,
  pendingInParagraph,
  type StatusFilter,
  statusMatches,
  type Viewer,
} from './panel-model.ts'
export { showAmendment } from './show.ts'
export {
  isSponsor,
  joinSponsors,
  type Sponsor,
  setOnBehalfOf,
  setSponsor,
  setSponsorRole,
  sponsorsOf,
  withdrawSponsor,
} from './sponsors.ts'
export { SponsorsPanel } from './sponsors-panel.ts'
export { clearUndoWhenDecided } from './undo-reset.ts'
export {
  setViewMode,
  VIEW_MODES,
  type ViewMode,
  viewModeKey,
  viewModeOf,
  viewModePlugin,
} from './view-mode.ts'
export { ViewSwitch } from './view-switch.ts'
