// The consult's drafts as the desk reads and versions them; the pipeline writes machine drafts in
// src/repositories (machine-draft.repository.ts, threading.repository.ts).
import type { Kysely, Transaction } from 'kysely';
import type { Findings } from '../../coding/types.js';
import type { Database } from '../../db/database.js';
import type { DraftRow, DraftSource } from '../../db/schema/core.js';

type Db = Kysely<Database> | Transaction<Database>;

export interface Draft {
  id: string;
  consultId: string;
  version: number;
  kind: string;
  source: DraftSource;
  basedOnMessageId: string | null;
  subject: string;
  text: string;
  html: string;
  findings: Findings;
  flags: unknown[];
  authorId: number | null;
  createdAt: Date;
}

/** The stored findings, as the pipeline wrote them from a `Findings` (pg has parsed the jsonb): this
 * app is the column's only writer, and fields added later are optional in the type. */
export const decodeFindings = (stored: unknown): Findings => stored as Findings;

const draftOf = (row: DraftRow): Draft => ({
  id: row.id,
  consultId: row.consult_id,
  version: row.version,
  kind: row.kind,
  source: row.source,
  basedOnMessageId: row.based_on_message_id,
  subject: row.subject,
  text: row.text,
  html: row.html,
  findings: decodeFindings(row.findings),
  flags: row.flags,
  authorId: row.author_id,
  createdAt: row.created_at,
});

export async function latestDraft(db: Db, consultId: string): Promise<Draft | undefined> {
  const row = await db
    .selectFrom('drafts')
    .selectAll()
    .where('consult_id', '=', consultId)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row && draftOf(row);
}

/**
 * A reviewer's edit is a new version, never an overwrite, so the history shows what the machine wrote
 * and what the reviewer changed. The (consult_id, version) unique key turns a concurrent edit into an error.
 */
export async function insertReviewerVersion(
  trx: Transaction<Database>,
  base: Draft,
  edit: { text: string; html: string; subject?: string; authorId: number | null },
): Promise<Draft> {
  const row = await trx
    .insertInto('drafts')
    .values({
      consult_id: base.consultId,
      version: base.version + 1,
      kind: base.kind,
      source: 'reviewer',
      based_on_message_id: base.basedOnMessageId,
      subject: edit.subject ?? base.subject,
      text: edit.text,
      html: edit.html,
      findings: JSON.stringify(base.findings),
      flags: JSON.stringify(base.flags),
      author_id: edit.authorId,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return draftOf(row);
}
