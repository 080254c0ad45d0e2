import type { RevisionJSON } from '../../../schema/index.ts'
import { listRevisions } from './record-api.ts'

/**
 * A draft's revisions as the page knows them, shared by the panels that list them (revisions, compare): loaded
 * when one of them opens, and again after this page issues one.
 */
export class RevisionList {
  private items: RevisionJSON[] = []
  private error: string | null = null
  private readonly listeners = new Set<() => void>()

  constructor(
    private readonly token: string,
    private readonly draftId: string,
  ) {}

  /** The revisions, first to last, as last loaded. */
  get revisions(): readonly RevisionJSON[] {
    return this.items
  }

  /** Why the last load failed, or null. */
  get failure(): string | null {
    return this.error
  }

  /** Loads the list again and tells the panels. */
  async load(): Promise<void> {
    try {
      this.items = await listRevisions(this.token, this.draftId)
      this.error = null
    } catch (e) {
      this.error = (e as Error).message
    }
    for (const listener of this.listeners) listener()
  }

  /** Calls `listener` after each load. */
  onChange(listener: () => void): void {
    this.listeners.add(listener)
  }
}
