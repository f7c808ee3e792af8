import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/database.js';

export interface AuditEntry {
  /** "reviewer:12", "token:ci-bot", "cli" — who acted, without personal data. */
  actor: string;
  reviewerId: number | null;
  action: string;
  consultId?: string | null;
  draftId?: string | null;
  draftVersion?: number | null;
  /** Ids and reasons only: the audit log must not become a second copy of the mail. */
  detail?: Record<string, unknown>;
}

/** Append-only (a trigger refuses updates and deletes). Pass the transaction of the change it records. */
export async function appendAudit(
  db: Kysely<Database> | Transaction<Database>,
  e: AuditEntry,
): Promise<void> {
  await db
    .insertInto('audit_events')
    .values({
      actor: e.actor,
      reviewer_id: e.reviewerId,
      action: e.action,
      consult_id: e.consultId ?? null,
      draft_id: e.draftId ?? null,
      draft_version: e.draftVersion ?? null,
      detail: JSON.stringify(e.detail ?? {}),
    })
    .execute();
}

export function auditOfConsult(db: Kysely<Database>, consultId: string) {
  return db
    .selectFrom('audit_events as a')
    .leftJoin('reviewers as r', 'r.id', 'a.reviewer_id')
    .select(['a.id', 'a.at', 'a.actor', 'a.action', 'a.draft_version', 'a.detail', 'r.name as reviewerName'])
    .where('a.consult_id', '=', consultId)
    .orderBy('a.id')
    .execute();
}
