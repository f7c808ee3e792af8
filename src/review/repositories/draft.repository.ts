import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/database.js';
import type { DraftRow } from '../../db/schema/core.js';

type Db = Kysely<Database> | Transaction<Database>;

export function latestDraft(db: Db, consultId: string): Promise<DraftRow | undefined> {
  return db
    .selectFrom('drafts')
    .selectAll()
    .where('consult_id', '=', consultId)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/**
 * A reviewer's edit is a new version, never an overwrite, so the history shows what the machine wrote
 * and what the reviewer changed. The (consult_id, version) unique key turns a concurrent edit into an error.
 */
export function insertReviewerVersion(
  trx: Transaction<Database>,
  base: DraftRow,
  edit: { text: string; html: string; subject?: string; authorId: number | null },
): Promise<DraftRow> {
  return trx
    .insertInto('drafts')
    .values({
      consult_id: base.consult_id,
      version: base.version + 1,
      kind: base.kind,
      source: 'reviewer',
      based_on_message_id: base.based_on_message_id,
      subject: edit.subject ?? base.subject,
      text: edit.text,
      html: edit.html,
      findings: JSON.stringify(base.findings),
      flags: JSON.stringify(base.flags),
      author_id: edit.authorId,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}
