import { api } from '../api/client.ts'

/** A comment as the server shows it to this page's token (see server/comments/). */
export interface DraftComment {
  id: string
  replyTo: string | null
  author: string
  role: 'chair' | 'delegate' | 'observer'
  visibility: 'all' | 'chair'
  clause: string
  quote: string | null
  anchor: string | null
  text: string
  created: string
  edited: string | null
  resolved: string | null
  resolvedBy: string | null
}

/** A new thread (on a paragraph, or words of it) or a reply. */
export type NewComment =
  | { text: string; clause: string; quote?: string; anchor?: string; visibility: 'all' | 'chair' }
  | { text: string; replyTo: string }

/** The comments API of one draft, called with the page's token. */
export class CommentsClient {
  constructor(
    private readonly token: string,
    private readonly draftId: string,
  ) {}

  private get path(): string {
    return `/api/drafts/${encodeURIComponent(this.draftId)}/comments`
  }

  /** The comments this token may read, oldest first. */
  async list(): Promise<DraftComment[]> {
    return (await api<{ comments: DraftComment[] }>(this.token, this.path)).comments
  }

  /** Writes a new thread or reply in the token's delegation's name. */
  async create(comment: NewComment): Promise<DraftComment> {
    return (await api<{ comment: DraftComment }>(this.token, this.path, { method: 'POST', body: comment }))
      .comment
  }

  /** Edits a comment of this delegation's, or resolves (reopens) a thread. */
  async update(id: string, change: { text?: string; resolved?: boolean }): Promise<DraftComment> {
    const path = `${this.path}/${encodeURIComponent(id)}`
    return (await api<{ comment: DraftComment }>(this.token, path, { method: 'PATCH', body: change })).comment
  }
}
