// An admin deletes a consult and its mail (the patient data it may hold) for good. What stays is a
// tombstone in the audit log: the consult's id, who deleted it, when, and how many rows went; no
// subject, address or text. Used by the desk, the JSON API and `codedesk consult delete`.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import { AppError, conflict } from '../../errors.js';
import { appendAudit } from '../../repositories/audit.repository.js';
import { findConsult } from '../repositories/consult-view.repository.js';
import { deleteConsultRows, type DeletedRows } from '../repositories/consult-deletion.repository.js';
import type { By } from './account.service.js';
import { consultNotFound } from './review-errors.js';

export const sendInFlight = (id: string) =>
  conflict(
    'CONSULT.SEND_IN_FLIGHT',
    `Consult ${id} has a message queued or being sent; delete it once it is sent or failed.`,
  );

export async function deleteConsult(
  db: Kysely<Database>,
  by: By,
  consultId: string,
): Promise<DeletedRows & { consultId: string }> {
  const result = await db.transaction().execute(async (trx) => {
    const deletion = await deleteConsultRows(trx, consultId);
    if (typeof deletion === 'string') return deletion;
    await appendAudit(trx, { ...by, action: 'consult.deleted', consultId, detail: { ...deletion } });
    return deletion;
  });
  if (result === 'not_found') throw consultNotFound();
  if (result === 'send_in_flight') throw sendInFlight(consultId);
  return { consultId, ...result };
}

/** The desk's and the CLI's form of it: the person types the consult's token to confirm. */
export async function deleteConsultConfirmed(
  db: Kysely<Database>,
  by: By,
  consultId: string,
  typedToken: string,
): Promise<DeletedRows & { consultId: string }> {
  const c = await findConsult(db, consultId);
  if (!c) throw consultNotFound();
  if (typedToken.trim().toUpperCase() !== c.token.toUpperCase())
    throw new AppError(
      'CONSULT.NOT_CONFIRMED',
      `Nothing was deleted: type the consult's token (${c.token}) to confirm.`,
      400,
    );
  return deleteConsult(db, by, consultId);
}
