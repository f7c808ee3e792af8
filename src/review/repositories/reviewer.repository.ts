import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import type { ReviewerRole, ReviewerRow } from '../../db/schema/desk.js';

export type Reviewer = Omit<ReviewerRow, 'password_hash'>;
const PUBLIC = ['id', 'email', 'name', 'role', 'disabled', 'created_at'] as const;

interface NewReviewer {
  email: string;
  name: string;
  passwordHash: string;
  role: ReviewerRole;
}

const insertOf = (db: Kysely<Database>, r: NewReviewer) =>
  db
    .insertInto('reviewers')
    .values({ email: r.email.toLowerCase(), name: r.name, password_hash: r.passwordHash, role: r.role });

export function insertReviewer(db: Kysely<Database>, r: NewReviewer): Promise<Reviewer> {
  return insertOf(db, r).returning(PUBLIC).executeTakeFirstOrThrow();
}

/** An account made on start-up (the local stack's admin): a concurrent start that made it first wins. */
export async function insertReviewerIfAbsent(db: Kysely<Database>, r: NewReviewer): Promise<void> {
  await insertOf(db, r)
    .onConflict((oc) => oc.column('email').doNothing())
    .execute();
}

export function findReviewerByEmail(db: Kysely<Database>, email: string): Promise<ReviewerRow | undefined> {
  return db.selectFrom('reviewers').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();
}

export function findReviewer(db: Kysely<Database>, id: number): Promise<Reviewer | undefined> {
  return db.selectFrom('reviewers').select(PUBLIC).where('id', '=', id).executeTakeFirst();
}

export function listReviewers(db: Kysely<Database>): Promise<Reviewer[]> {
  return db.selectFrom('reviewers').select(PUBLIC).orderBy('name').execute();
}

export async function setDisabled(
  db: Kysely<Database>,
  id: number,
  disabled: boolean,
): Promise<Reviewer | undefined> {
  return db
    .updateTable('reviewers')
    .set({ disabled })
    .where('id', '=', id)
    .returning(PUBLIC)
    .executeTakeFirst();
}

export async function setPasswordHash(
  db: Kysely<Database>,
  id: number,
  passwordHash: string,
): Promise<Reviewer | undefined> {
  return db
    .updateTable('reviewers')
    .set({ password_hash: passwordHash })
    .where('id', '=', id)
    .returning(PUBLIC)
    .executeTakeFirst();
}
