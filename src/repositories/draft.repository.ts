import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/database.js';
import type { DraftRow, DraftSource } from '../db/schema/core.js';

export async function latestDraft(db: Kysely<Database> | Transaction<Database>, consultId: string): Promise<DraftRow | undefined> {
  return db
    .selectFrom('drafts')
    .selectAll()
    .where('consult_id', '=', consultId)
    .orderBy('version', 'desc')
    .executeTakeFirst();
}

export interface NewDraft {
  consultId: string;
  kind: string;
  source: DraftSource;
  basedOnMessageId: string | null;
  subject: string;
  text: string;
  html: string;
  findings: unknown;
  flags: unknown[];
  authorId: number | null;
}

/** Appends the next version; versions are never overwritten (the reviewer approves exactly a version).
 * Callers lock the consult row first (SELECT ... FOR UPDATE) so two writers cannot pick one number. */
export async function appendDraft(trx: Transaction<Database>, d: NewDraft): Promise<DraftRow> {
  const prev = await latestDraft(trx, d.consultId);
  return trx
    .insertInto('drafts')
    .values({
      consult_id: d.consultId,
      version: (prev?.version ?? 0) + 1,
      kind: d.kind,
      source: d.source,
      based_on_message_id: d.basedOnMessageId,
      subject: d.subject,
      text: d.text,
      html: d.html,
      findings: JSON.stringify(d.findings),
      flags: JSON.stringify(d.flags),
      author_id: d.authorId,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function hasMachineDraft(db: Kysely<Database>, inboundId: string): Promise<boolean> {
  const row = await db
    .selectFrom('drafts')
    .select('id')
    .where('based_on_message_id', '=', inboundId)
    .where('source', '=', 'machine')
    .executeTakeFirst();
  return !!row;
}
