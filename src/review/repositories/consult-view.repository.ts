// One consult as its page and GET /api/consults/:id show it: the consult, its messages and their
// duplicates; and the counts by state beside the list.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import type { AttachmentInfo, ConsultState, PhiFlag, SenderAuth } from '../../db/schema/core.js';
import { consultOrNone, type Consult } from '../../repositories/consult.repository.js';

export async function countByState(db: Kysely<Database>): Promise<Partial<Record<ConsultState, number>>> {
  const rows = await db
    .selectFrom('consults')
    .select(['state', sql<string>`count(*)`.as('n')])
    .groupBy('state')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.state, Number(r.n)]));
}

export function findConsult(db: Kysely<Database>, id: string): Promise<Consult | undefined> {
  return db.selectFrom('consults').selectAll().where('id', '=', id).executeTakeFirst().then(consultOrNone);
}

export interface ConsultMessage {
  id: string;
  from: string | null;
  fromName: string | null;
  subject: string | null;
  messageId: string;
  receivedAt: Date;
  text: string | null;
  questionText: string | null;
  html: string | null;
  attachments: AttachmentInfo[];
  phiFlags: PhiFlag[];
  screenReason: string | null;
  /** The receiving server's verdict on the sender; null for messages read before it was kept. */
  senderAuth: SenderAuth | null;
  /** The consult this message named (token, In-Reply-To, References) but was not let into. */
  triedToJoin: { id: string; token: string } | null;
  /** What an intake limit cut or changed (a truncated question, HTML read without layout). */
  notes: string[];
}

/** The consult's messages, oldest first. */
export async function messagesOfConsult(db: Kysely<Database>, consultId: string): Promise<ConsultMessage[]> {
  const rows = await db
    .selectFrom('inbound_messages as m')
    .leftJoin('consults as tried', 'tried.id', 'm.tried_to_join_consult_id')
    .select([
      'm.id',
      'm.from_address',
      'm.from_name',
      'm.subject',
      'm.message_id',
      'm.received_at',
      'm.text_body',
      'm.question_text',
      'm.html_body',
      'm.attachments',
      'm.phi_flags',
      'm.screen_reason',
      'm.sender_auth',
      'm.tried_to_join_consult_id',
      'tried.token as tried_to_join_token',
      'm.intake_notes',
    ])
    .where('m.consult_id', '=', consultId)
    .orderBy('m.received_at', 'asc')
    .orderBy('m.id', 'asc')
    .execute();
  return rows.map((m) => ({
    id: m.id,
    from: m.from_address,
    fromName: m.from_name,
    subject: m.subject,
    messageId: m.message_id,
    receivedAt: m.received_at,
    text: m.text_body,
    questionText: m.question_text,
    html: m.html_body,
    attachments: m.attachments,
    phiFlags: m.phi_flags,
    screenReason: m.screen_reason,
    senderAuth: m.sender_auth,
    triedToJoin:
      m.tried_to_join_consult_id && m.tried_to_join_token
        ? { id: String(m.tried_to_join_consult_id), token: m.tried_to_join_token }
        : null,
    notes: m.intake_notes,
  }));
}

export interface DuplicateNote {
  originalId: string;
  receivedAt: Date;
  size: number;
  identical: boolean;
}

/** Later copies of a consult's messages (same Message-ID), oldest first: recorded, never ingested. */
export function duplicatesOfConsult(db: Kysely<Database>, consultId: string): Promise<DuplicateNote[]> {
  return db
    .selectFrom('inbound_duplicates')
    .select(['original_id as originalId', 'received_at as receivedAt', 'size', 'identical'])
    .where('original_id', 'in', (eb) =>
      eb.selectFrom('inbound_messages').select('id').where('consult_id', '=', consultId),
    )
    .orderBy('received_at')
    .orderBy('id')
    .execute();
}
