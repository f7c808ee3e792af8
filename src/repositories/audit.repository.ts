// The audit log: who did what to which consult, when. Append-only (a trigger refuses updates and
// deletes) and kept after a consult is deleted, so it must never become a second copy of the mail:
// entries hold ids, codes, states and counts. Text from a message (a subject, a body, an address, a
// reason quoting a header, an SMTP reply quoting the recipient) stays on the consult's rows, which
// an admin can delete.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/database.js';
import type { AuditAction } from '../lifecycle/audit-actions.js';

/** Values an audit entry may hold: numbers, flags, and strings shaped like ids or codes. */
export type AuditDetail = Record<string, string | number | boolean | null>;

export interface AuditEntry {
  /** "reviewer:12", "token:ci-bot", "cli" — who acted, without personal data. */
  actor: string;
  reviewerId: number | null;
  action: AuditAction;
  consultId?: string | null;
  draftId?: string | null;
  draftVersion?: number | null;
  detail?: AuditDetail;
}

/** Ids, codes, states, ISO times and comma-separated id lists; no spaces, no `@`, no `<`. */
const CODE_LIKE = /^[A-Za-z0-9_.:,+-]{0,100}$/;
export const REMOVED = '[removed: not an id or code]';

/** The detail with any string that could carry text from mail replaced: a safety net behind the
 * callers, which pass codes (reasonCode below) in the first place. */
export function idsAndCodesOnly(detail: AuditDetail): AuditDetail {
  return Object.fromEntries(
    Object.entries(detail).map(([k, v]) => [k, typeof v === 'string' && !CODE_LIKE.test(v) ? REMOVED : v]),
  );
}

/**
 * A stable code for a free-text reason written by our code, e.g. "unknown sender: not on the allowed
 * list" -> "unknown-sender", "auto-reply (Auto-Submitted: auto-replied)" -> "auto-reply": the words
 * before the first colon or parenthesis, which never quote the message.
 */
export function reasonCode(reason: string): string {
  const head = reason.split(/[:(]/, 1)[0] ?? '';
  const code = head
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return code.slice(0, 60) || 'unspecified';
}

/** Appends an entry. Pass the transaction of the change it records. */
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
      detail: JSON.stringify(idsAndCodesOnly(e.detail ?? {})),
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

/** An audit entry by the pipeline, sender or sweeper (no reviewer): ids and codes only. */
export function recordAudit(
  db: Kysely<Database> | Transaction<Database>,
  event: Omit<AuditEntry, 'reviewerId'>,
): Promise<void> {
  return appendAudit(db, { ...event, reviewerId: null });
}
