// Entry of the draft page bundle (`/d/ID`).
import { startDraftPage } from './pages/draft.ts'

void startDraftPage()
