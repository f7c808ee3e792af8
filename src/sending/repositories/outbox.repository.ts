// The outbox: every message CodeDesk sends is first written here, inside the transaction that changes
// the consult's state, with its Message-ID fixed before any SMTP attempt. The send job then moves it
// queued -> sending -> sent with conditional updates (send-state.repository.ts), so nothing is sent twice.
import { randomBytes } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/database.js';
import type { OutboxKind, OutboxRow } from '../../db/schema/core.js';
import { notFound } from '../../errors.js';

export interface OutboundInput {
  consultId: string;
  draftId: string | null;
  kind: OutboxKind;
  subject: string;
  text: string;
  html: string;
  createdBy: number | null;
}

/** RFC 5322 §3.6.4: References = the parent's References plus the parent's Message-ID. Bounded so a
 * long thread cannot grow the header without limit (the first and the last ids matter most). */
export function threadReferences(parentReferences: string[], parentMessageId: string): string[] {
  const all = [...parentReferences.filter((r) => r !== parentMessageId), parentMessageId];
  return all.length <= 20 ? all : [all[0]!, ...all.slice(-19)];
}

export function newMessageId(token: string, domain: string): string {
  return `<codedesk.${token.toLowerCase()}.${Date.now().toString(36)}.${randomBytes(6).toString('hex')}@${domain}>`;
}

export async function queueOutbound(
  trx: Transaction<Database>,
  input: OutboundInput,
): Promise<{ outboxId: string }> {
  const consult = await trx
    .selectFrom('consults')
    .selectAll()
    .where('id', '=', input.consultId)
    .executeTakeFirst();
  if (!consult) throw notFound('consult');
  // Answer the newest message of the thread that came from the asker.
  const parent = await trx
    .selectFrom('inbound_messages as m')
    .innerJoin('mailboxes as b', 'b.id', 'm.mailbox_id')
    .select(['m.message_id', 'm.references', 'b.address'])
    .where('m.consult_id', '=', input.consultId)
    .orderBy('m.received_at', 'desc')
    .orderBy('m.id', 'desc')
    .executeTakeFirst();
  const domain = parent?.address.split('@')[1] ?? 'codedesk.invalid';
  const row = await trx
    .insertInto('outbox')
    .values({
      consult_id: input.consultId,
      draft_id: input.draftId,
      kind: input.kind,
      to_address: consult.asker_address,
      subject: input.subject,
      text: input.text,
      html: input.html,
      message_id: newMessageId(consult.token, domain),
      in_reply_to: parent?.message_id ?? null,
      references: parent ? threadReferences(parent.references, parent.message_id) : [],
      created_by: input.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { outboxId: row.id };
}

export async function findOutbox(db: Kysely<Database>, outboxId: string): Promise<OutboxRow | undefined> {
  return db.selectFrom('outbox').selectAll().where('id', '=', outboxId).executeTakeFirst();
}
