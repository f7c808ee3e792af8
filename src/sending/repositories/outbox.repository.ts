// The outbox: every message CodeDesk sends is first written here, inside the transaction that changes
// the consult's state, with its Message-ID fixed before any SMTP attempt. The send job then moves it
// queued -> sending -> sent with conditional updates (send-state.repository.ts), so nothing is sent twice.
import { randomBytes } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/database.js';
import type { OutboxKind, OutboxRow, OutboxState } from '../../db/schema/core.js';
import { notFound } from '../../errors.js';

/** An outgoing message as the sender and the sweeper handle it. */
export interface OutboxMessage {
  id: string;
  consultId: string;
  draftId: string | null;
  kind: OutboxKind;
  state: OutboxState;
  toAddress: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  inReplyTo: string | null;
  references: string[];
  /** Claims so far: each state change names the attempt it settles. */
  attempts: number;
  claimedAt: Date | null;
  /** The sender process holding the claim (sender-presence.ts); null on rows claimed before it existed. */
  claimedBy: number | null;
  /** Set just before the final dot: a claimed row without it never reached the SMTP server whole. */
  handedOverAt: Date | null;
}

export const outboxMessageOf = (row: OutboxRow): OutboxMessage => ({
  id: row.id,
  consultId: row.consult_id,
  draftId: row.draft_id,
  kind: row.kind,
  state: row.state,
  toAddress: row.to_address,
  subject: row.subject,
  text: row.text,
  html: row.html,
  messageId: row.message_id,
  inReplyTo: row.in_reply_to,
  references: row.references,
  attempts: row.attempts,
  claimedAt: row.claimed_at,
  claimedBy: row.claimed_by,
  handedOverAt: row.handed_over_at,
});

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

export async function findOutbox(db: Kysely<Database>, outboxId: string): Promise<OutboxMessage | undefined> {
  const row = await db.selectFrom('outbox').selectAll().where('id', '=', outboxId).executeTakeFirst();
  return row && outboxMessageOf(row);
}
