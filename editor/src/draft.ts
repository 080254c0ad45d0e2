// Entry of the draft page bundle (`/d/ID`), and of a past revision's read-only page (`/d/ID/rev/N`).
import { startDraftPage } from './pages/draft.ts'
import { startRevisionPage } from './pages/revision.ts'
import { revisionOfPath } from './record/revision-path.ts'

const revision = revisionOfPath(location.pathname)
if (revision) void startRevisionPage(revision.draftId, revision.revision)
else void startDraftPage()
