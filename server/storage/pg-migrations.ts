/** One step of the PostgreSQL schema: applied once, in order of `version`, and recorded in `schema_migrations`. */
export interface Migration {
  /** 1, 2, 3 ...: a new migration takes the next number; an applied one is never edited. */
  version: number
  /** What it adds, as `schema_migrations` records it. */
  name: string
  /** The statements, run in one transaction. */
  sql: string
}

/**
 * The schema of the PostgreSQL store, one table per concern. A new concern (revisions, comments ...) is one more
 * entry at the end of this list.
 *
 * Times are milliseconds since 1970 (`bigint`), as the Storage interface carries them. A draft's updates are
 * numbered by `drafts.last_seq`, raised in the statement that inserts the update: the draft row stays locked until
 * the insert commits, so a draft's sequence numbers are committed in order and a reader never sees a later one
 * without the earlier (which a shared `bigserial` would not ensure). `snapshot_seq` is the last update the
 * snapshot holds: an older compaction arriving late cannot replace a newer snapshot.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'drafts, their update logs, invitations, settings',
    sql: `
CREATE TABLE settings (key text PRIMARY KEY, value text NOT NULL);
CREATE TABLE drafts (
  id text PRIMARY KEY,
  title text NOT NULL,
  symbol text NOT NULL,
  lang text NOT NULL,
  organ text NOT NULL,
  created bigint NOT NULL,
  updated bigint NOT NULL,
  snapshot bytea NOT NULL,
  snapshot_seq bigint NOT NULL DEFAULT 0,
  last_seq bigint NOT NULL DEFAULT 0,
  added bigint GENERATED ALWAYS AS IDENTITY);
CREATE TABLE updates (
  draft text NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
  seq bigint NOT NULL,
  at bigint NOT NULL,
  data bytea NOT NULL,
  PRIMARY KEY (draft, seq));
CREATE TABLE invitations (
  id text PRIMARY KEY,
  draft text NOT NULL,
  delegation text NOT NULL,
  role text NOT NULL,
  created bigint NOT NULL,
  expires bigint,
  revoked bigint,
  added bigint GENERATED ALWAYS AS IDENTITY);
CREATE INDEX invitations_by_draft ON invitations (draft, created);
`,
  },
  {
    version: 2,
    name: 'comments',
    sql: `
CREATE TABLE comments (
  id text PRIMARY KEY,
  draft text NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
  reply_to text,
  author text NOT NULL,
  role text NOT NULL,
  visibility text NOT NULL,
  clause text NOT NULL,
  quote text,
  anchor text,
  text text NOT NULL,
  created bigint NOT NULL,
  edited bigint,
  resolved bigint,
  resolved_by text,
  added bigint GENERATED ALWAYS AS IDENTITY);
CREATE INDEX comments_by_draft ON comments (draft, created);
`,
  },
  {
    version: 3,
    name: 'revisions and history',
    sql: `
CREATE TABLE revisions (
  draft text NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
  n integer NOT NULL,
  symbol text NOT NULL,
  note text NOT NULL,
  date bigint NOT NULL,
  issued_by text NOT NULL,
  state bytea NOT NULL,
  doc text NOT NULL,
  records text NOT NULL,
  PRIMARY KEY (draft, n));
CREATE TABLE history (
  draft text NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
  seq bigint NOT NULL,
  at bigint NOT NULL,
  delegation text NOT NULL,
  role text NOT NULL,
  action text NOT NULL,
  amendment text,
  clause text,
  label text,
  detail text NOT NULL,
  PRIMARY KEY (draft, seq));
CREATE FUNCTION penholder_kept() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION '% of % is not allowed: issued revisions and history entries are kept as they are', TG_OP, TG_TABLE_NAME; END $$;
CREATE TRIGGER revisions_kept BEFORE UPDATE OR DELETE ON revisions FOR EACH ROW EXECUTE FUNCTION penholder_kept();
CREATE TRIGGER history_kept BEFORE UPDATE OR DELETE ON history FOR EACH ROW EXECUTE FUNCTION penholder_kept();
`,
  },
  {
    version: 4,
    name: 'archived drafts; deleting a whole draft',
    // Issued revisions and history entries stay refused to every UPDATE and DELETE, except the DELETE of a
    // transaction that names the draft it deletes (or '*', emptying the store for a restore) in
    // `penholder.deleting`, set with set_config(..., true) for that transaction alone.
    sql: `
ALTER TABLE drafts ADD COLUMN archived bigint;
CREATE OR REPLACE FUNCTION penholder_kept() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_setting('penholder.deleting', true) IN (OLD.draft, '*') THEN RETURN OLD; END IF;
  RAISE EXCEPTION '% of % is not allowed: issued revisions and history entries are kept as they are', TG_OP, TG_TABLE_NAME;
END $$;
`,
  },
]
