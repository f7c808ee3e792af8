// The one recipient of a reply, checked again just before sending (defence in depth): the asker's
// address was read strictly when the question arrived, but a row written before that check, or by
// hand, must never become a message to several people. nodemailer splits a string recipient at
// commas, so what it is given is the checked address, and as an {address} object.
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import type { OutboxRow } from '../db/schema/core.js';
import { normalizeAddress } from '../mail/address.js';
import { CONSULT, OUTBOX } from '../lifecycle/transitions.js';
import { recordAudit } from '../repositories/audit.repository.js';
import { moveConsult } from '../repositories/consult.repository.js';

export const RECIPIENT_REFUSED =
  'not sent: the recipient is not exactly one valid address, so the reply could reach people who did not ask';

/** The row's recipient as one checked address, or null when it is not exactly one valid mailbox. */
export const singleRecipient = (row: Pick<OutboxRow, 'to_address'>): string | null =>
  normalizeAddress(row.to_address);

/** Marks a claimed row failed, never to be retried: a person must look at the consult's address. */
export async function refuseRecipient(
  db: Kysely<Database>,
  row: Pick<OutboxRow, 'id' | 'kind' | 'consult_id'>,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('outbox')
      .set({ state: OUTBOX.refuse.to, last_error: RECIPIENT_REFUSED, failed_at: new Date() })
      .where('id', '=', row.id)
      .where('state', 'in', OUTBOX.refuse.from)
      .execute();
    if (row.kind === 'reply') await moveConsult(trx, row.consult_id, CONSULT.sendRefused);
    await recordAudit(trx, {
      actor: 'sender',
      action: OUTBOX.refuse.action,
      consultId: row.consult_id,
      detail: { outboxId: row.id, kind: row.kind, reason: 'not_one_recipient' },
    });
  });
}
