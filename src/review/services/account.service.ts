// Reviewer accounts and sign-in. Used by the admin pages and by `npm run codedesk -- reviewer ...`.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import type { ReviewerRole } from '../../db/schema/desk.js';
import { AppError } from '../../errors.js';
import { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from '../core/password.js';
import { newSecret, sha256 } from '../core/secrets.js';
import { appendAudit } from '../../repositories/audit.repository.js';
import {
  findReviewerByEmail,
  insertReviewer,
  setDisabled,
  setPasswordHash,
  type Reviewer,
} from '../repositories/reviewer.repository.js';
import { deleteSession, deleteSessionsOf, insertSession } from '../repositories/session.repository.js';

export const SESSION_HOURS = 12;

/** Who performs an account change, for the audit log ("cli" from the command line). */
export interface By {
  actor: string;
  reviewerId: number | null;
}

function checkPassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH)
    throw new AppError(
      'REVIEWER.WEAK_PASSWORD',
      `Passwords need at least ${MIN_PASSWORD_LENGTH} characters.`,
      400,
    );
}

export async function addReviewer(
  db: Kysely<Database>,
  by: By,
  input: { email: string; name: string; password: string; role: ReviewerRole },
): Promise<Reviewer> {
  checkPassword(input.password);
  if (await findReviewerByEmail(db, input.email))
    throw new AppError('REVIEWER.EXISTS', 'A reviewer with this e-mail exists.', 409);
  const r = await insertReviewer(db, { ...input, passwordHash: await hashPassword(input.password) });
  await appendAudit(db, { ...by, action: 'reviewer.add', detail: { reviewer: r.id, role: r.role } });
  return r;
}

export async function setReviewerDisabled(
  db: Kysely<Database>,
  by: By,
  id: number,
  disabled: boolean,
): Promise<Reviewer> {
  const r = await setDisabled(db, id, disabled);
  if (!r) throw new AppError('REVIEWER.NOT_FOUND', 'reviewer not found', 404);
  if (disabled) await deleteSessionsOf(db, id);
  await appendAudit(db, {
    ...by,
    action: disabled ? 'reviewer.disable' : 'reviewer.enable',
    detail: { reviewer: id },
  });
  return r;
}

/** A reset signs the reviewer out everywhere. */
export async function resetPassword(
  db: Kysely<Database>,
  by: By,
  id: number,
  password: string,
): Promise<Reviewer> {
  checkPassword(password);
  const r = await setPasswordHash(db, id, await hashPassword(password));
  if (!r) throw new AppError('REVIEWER.NOT_FOUND', 'reviewer not found', 404);
  await deleteSessionsOf(db, id);
  await appendAudit(db, { ...by, action: 'reviewer.reset_password', detail: { reviewer: id } });
  return r;
}

export interface NewSession {
  /** The cookie value; only its hash is stored. */
  cookie: string;
  csrfToken: string;
  expiresAt: Date;
  reviewer: Reviewer;
}

export async function signIn(
  db: Kysely<Database>,
  email: string,
  password: string,
): Promise<NewSession | null> {
  const row = await findReviewerByEmail(db, email);
  const ok = await verifyPassword(row && !row.disabled ? row.password_hash : null, password);
  if (!row || row.disabled || !ok) {
    await appendAudit(db, { actor: 'anonymous', reviewerId: null, action: 'sign_in.failed', detail: {} });
    return null;
  }
  const cookie = newSecret();
  const csrfToken = newSecret();
  const expiresAt = new Date(Date.now() + SESSION_HOURS * 3600_000);
  await insertSession(db, { idHash: sha256(cookie), reviewerId: row.id, csrfToken, expiresAt });
  await appendAudit(db, { actor: `reviewer:${row.id}`, reviewerId: row.id, action: 'sign_in' });
  const { password_hash: _hash, ...reviewer } = row;
  return { cookie, csrfToken, expiresAt, reviewer };
}

export async function signOut(db: Kysely<Database>, sessionHash: string, reviewerId: number): Promise<void> {
  await deleteSession(db, sessionHash);
  await appendAudit(db, { actor: `reviewer:${reviewerId}`, reviewerId, action: 'sign_out' });
}
