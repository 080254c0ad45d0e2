// Comments on a draft (issue 13): who may read and write them. Kept out of the shared document; the HTTP API
// (`server/http/api-comments.ts`) stores them and tells the draft's editors that they changed.
export {
  type Commenter,
  CommentRefusal,
  commentJSON,
  LIMITS,
  mayRead,
  newComment,
  patchedComment,
  visibleComments,
} from './rules.ts'
