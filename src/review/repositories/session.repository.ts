import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import type { ReviewerRole } from '../../db/schema/desk.js';

export interface SessionWithReviewer {
  id: string;
  csrfToken: string;
  reviewerId: number;
  name: string;
  email: string;
  role: ReviewerRole;
}

/** `idHash` is the SHA-256 of the cookie value: the cookie itself is never stored. */
export async function insertSession(
  db: Kysely<Database>,
  s: { idHash: string; reviewerId: number; csrfToken: string; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({ id: s.idHash, reviewer_id: s.reviewerId, csrf_token: s.csrfToken, expires_at: s.expiresAt })
    .execute();
}

/** A live session of an enabled reviewer; a disabled reviewer's sessions stop working at once. */
export function findLiveSession(
  db: Kysely<Database>,
  idHash: string,
): Promise<SessionWithReviewer | undefined> {
  return db
    .selectFrom('sessions as s')
    .innerJoin('reviewers as r', 'r.id', 's.reviewer_id')
    .select(['s.id', 's.csrf_token as csrfToken', 'r.id as reviewerId', 'r.name', 'r.email', 'r.role'])
    .where('s.id', '=', idHash)
    .where('s.expires_at', '>', new Date())
    .where('r.disabled', '=', false)
    .executeTakeFirst();
}

export async function deleteSession(db: Kysely<Database>, idHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', idHash).execute();
}

export async function deleteSessionsOf(db: Kysely<Database>, reviewerId: number): Promise<void> {
  await db.deleteFrom('sessions').where('reviewer_id', '=', reviewerId).execute();
}

/** Expired sessions are useless and hold a (hashed) session id. */
export async function deleteExpiredSessions(db: Kysely<Database>): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<', new Date()).execute();
}
