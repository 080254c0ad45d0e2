import type * as Y from 'yjs'
import { CLOSE } from '../../schema/index.ts'
import { InvalidDocumentError } from '../convert/index.ts'
import type { Log } from '../log.ts'
import type { Policies } from '../policy/index.ts'
import { ArchivedDraftError } from '../storage/index.ts'
import { validateChange } from '../validate/index.ts'
import type { ClusterLink } from './cluster-link.ts'
import { describeChange } from './describe-change.ts'
import { type HookRoom, type OwnUpdate, type RoomHook, runStoredTask } from './hooks.ts'
import type { LiveDraft } from './live-draft.ts'
import type { Peer } from './peer.ts'
import { ARCHIVED_REASON, Refusal } from './refusal.ts'
import type { StagingCopy } from './staging.ts'
import { StoreMoved } from './stored-log.ts'

/** What the full path works on: the room's draft, its staging copy, its checks and hooks, and its cluster link. */
export interface FullPathParts {
  id: string
  doc: Y.Doc
  draft: LiveDraft
  staging: StagingCopy
  policies: Policies
  hooks: readonly RoomHook[]
  log: Log
  /** The link to the other processes (`--redis`), or null when this process serves the draft alone. */
  link: ClusterLink | null
  /** Told when the store refused an append because the draft was archived (by another process, at `at`). */
  archivedInStore(at: number): void
}

/**
 * The full path of an update (everything but plain typing, `plain-typing.ts`), and the room's own updates: the
 * update is applied to the staging copy, described, judged by the sender's role's policy, validated against the
 * schema and measured against the draft's maximum; the hooks look at it; then it is stored, applied to the draft
 * and handed to the fan-out, and the room's own updates the hooks asked for are made, stored and sent after it.
 *
 * With other processes serving the draft, an update is stored only on top of the last one the room has: when
 * another process stored first (StoreMoved, nothing stored), the room catches up (`ClusterLink.afterLostRace`)
 * and the update goes through every check again against the draft as it now is, so that two updates that each
 * keep the schema but together break it are never both stored.
 */
export class FullPath {
  private readonly hookRoom: HookRoom
  /** What the hooks asked to run once the update being accepted is stored (see `HookRoom.afterStored`). */
  private readonly storedTasks: (() => Promise<void>)[] = []

  constructor(private readonly parts: FullPathParts) {
    this.hookRoom = {
      id: parts.id,
      log: parts.log,
      afterStored: (task) => void this.storedTasks.push(task),
    }
  }

  /** Takes an update from a connection; throws a Refusal if it may not be taken. */
  async accept(peer: Peer, update: Uint8Array): Promise<void> {
    for (;;) {
      try {
        return await this.acceptOnce(peer, update)
      } catch (e) {
        if (!(e instanceof StoreMoved)) throw e
        await this.parts.link!.afterLostRace()
      }
    }
  }

  /**
   * Makes an update of the room's own on the staging copy, stores it, then applies it to the draft and sends it
   * to every connection, like an accepted update. If making it fails, the copy is discarded and the update's
   * smaller replacement, if it names one, is made instead; with `rethrow`, the failure is thrown after that.
   */
  async writeOwn(own: OwnUpdate, rethrow = false): Promise<void> {
    let staged: Uint8Array[]
    try {
      staged = this.parts.staging.write((doc) => own.write(doc))
    } catch (e) {
      const instead = own.failed(e as Error)
      if (instead) await this.writeOwn(instead)
      if (rethrow) throw e
      return
    }
    if (staged.length === 0) return
    try {
      await this.store(staged, 'own')
    } catch (e) {
      if (!(e instanceof StoreMoved)) throw e
      // Another process stored an update first: made again on the draft as it now is.
      await this.parts.link!.afterLostRace()
      return this.writeOwn(own, rethrow)
    }
    this.parts.draft.apply(staged, null)
    own.written?.()
  }

  /**
   * Appends updates to the stored log and tells the other processes; throws StoreMoved if another came first,
   * and the archive's Refusal if the store found the draft archived (by another process, before this one heard).
   */
  async publishStored(updates: Uint8Array[], kind: 'update' | 'own'): Promise<void> {
    let stored: { after: number; seq: number }
    try {
      stored = await this.parts.draft.store(updates)
    } catch (e) {
      if (!(e instanceof ArchivedDraftError)) throw e
      this.parts.archivedInStore(e.archivedAt)
      throw new Refusal(CLOSE.archived, ARCHIVED_REASON)
    }
    this.parts.link?.published(kind, stored.after, stored.seq, updates)
  }

  private async acceptOnce(peer: Peer, update: Uint8Array): Promise<void> {
    const { staging, draft } = this.parts
    const staged = staging.stage(update)
    if (!staged) return // nothing new: a sync reply the server already had
    let own: OwnUpdate[]
    try {
      const change = describeChange(staged.transaction, staged.doc, this.parts.doc)
      const verdict = this.parts.policies[peer.identity.role](change, peer.identity)
      if (!verdict.allow) throw new Refusal(CLOSE.forbidden, verdict.reason)
      validateChange(change)
      draft.admit(staged.updates)
      // Accepted: the hooks look at it now, while `change.before` is still the draft without it.
      own = this.parts.hooks.flatMap((hook) => hook.afterAccept(this.hookRoom, change, peer.identity) ?? [])
    } catch (e) {
      this.storedTasks.length = 0
      staging.discard()
      if (e instanceof InvalidDocumentError) throw new Refusal(CLOSE.invalidDocument, e.message)
      throw e
    }
    const tasks = this.storedTasks.splice(0)
    // Stored before the real document (and so any other connection) sees it.
    await this.store(staged.updates, 'update')
    draft.apply([update], peer)
    for (const next of own) await this.writeOwn(next)
    for (const task of tasks) await runStoredTask(this.hookRoom, task)
    await draft.compactIfLong()
  }

  /** Stores updates the staging copy holds; on failure the copy is discarded (the draft will not take them). */
  private async store(updates: Uint8Array[], kind: 'update' | 'own'): Promise<void> {
    try {
      await this.publishStored(updates, kind)
    } catch (e) {
      this.parts.staging.discard()
      throw e
    }
  }
}
