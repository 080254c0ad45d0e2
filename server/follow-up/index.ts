// The amendment follow-up: what the room writes of its own after an accepted update (outdated amendments, the
// leftovers of decided ones given to new proposals), as a hook of the room.
export { amendmentFollowUp } from './follow-up.ts'
export { rehomedId, type UpdateStart } from './rehomed-id.ts'
export { type Swept, sweepLeftovers } from './sweep.ts'
