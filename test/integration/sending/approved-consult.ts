// An approved consult with its reply queued in the outbox, as the desk's approval leaves it: the
// question it answers is stored, so the reply threads under it.
import type { Kysely } from 'kysely';
import type { Database } from '../../../src/db/database.js';
import { createConsult } from '../../../src/repositories/consult.repository.js';
import { queueOutbound } from '../../../src/sending/repositories/outbox.repository.js';

let uid = Date.now();

export async function approvedConsult(
  db: Kysely<Database>,
  consultAddress: string,
  asker: string,
  padding = 0,
): Promise<{ consultId: string; outboxId: string }> {
  return db.transaction().execute(async (trx) => {
    const mailbox = await trx
      .insertInto('mailboxes')
      .values({ address: consultAddress, folder: 'INBOX', uid_validity: '1', last_uid: 0 })
      .onConflict((oc) => oc.columns(['address', 'folder']).doUpdateSet({ last_uid: 0 }))
      .returning('id')
      .executeTakeFirstOrThrow();
    const c = await createConsult(trx, {
      askerAddress: asker,
      askerName: 'Dana',
      subject: '32555 and 76942',
      state: 'approved',
    });
    uid++;
    await trx
      .insertInto('inbound_messages')
      .values({
        mailbox_id: mailbox.id,
        uid_validity: '1',
        uid,
        message_id: `<q.${uid}@clinic.example>`,
        raw: Buffer.from('x'),
        size: 1,
        consult_id: c.id,
        references: ['<root@clinic.example>'],
      })
      .execute();
    const { outboxId } = await queueOutbound(trx, {
      consultId: c.id,
      draftId: null,
      kind: 'reply',
      subject: `Re: 32555 and 76942 [${c.token}]`,
      text: 'Bottom line: 76942 is bundled into 32555.',
      html: `<p>Bottom line: 76942 is bundled into 32555.</p>${'<p>Detail.</p>'.repeat(padding / 14)}`,
      createdBy: null,
    });
    return { consultId: c.id, outboxId };
  });
}

export function outboxRow(db: Kysely<Database>, outboxId: string) {
  return db.selectFrom('outbox').selectAll().where('id', '=', outboxId).executeTakeFirstOrThrow();
}

export async function auditActions(db: Kysely<Database>, consultId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('audit_events')
    .select('action')
    .where('consult_id', '=', consultId)
    .orderBy('id')
    .execute();
  return rows.map((r) => r.action);
}
