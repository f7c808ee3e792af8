import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/database.js';
import type { ConsultRow, ConsultState } from '../db/schema/core.js';
import { CLOSED_TO_THREADING } from '../lifecycle/sets.js';
import type { ConsultTransition } from '../lifecycle/transitions.js';
import { newConsultToken } from '../lifecycle/consult-token.js';

/** What can tie a message to a consult (mail/thread.ts reads them from its headers). */
export interface ThreadKeys {
  token: string | null;
  /** Message-IDs this message answers, nearest first (In-Reply-To, then References newest first). */
  parentIds: string[];
}

/** A consult as services, jobs and the desk see it. */
export interface Consult {
  id: string;
  token: string;
  askerAddress: string;
  askerName: string | null;
  subject: string;
  state: ConsultState;
  quarantineReason: string | null;
  /** The reviewer's reason for rejecting, or note asking for information (never in the audit log). */
  decisionNote: string | null;
  claimedBy: number | null;
  claimedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export const consultOf = (row: ConsultRow): Consult => ({
  id: row.id,
  token: row.token,
  askerAddress: row.asker_address,
  askerName: row.asker_name,
  subject: row.subject,
  state: row.state,
  quarantineReason: row.quarantine_reason,
  decisionNote: row.decision_note,
  claimedBy: row.claimed_by,
  claimedAt: row.claimed_at,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/** The consult of a row a statement returned, if any. */
export const consultOrNone = (row: ConsultRow | undefined): Consult | undefined => row && consultOf(row);

/** The consult a message belongs to, by our token or by any Message-ID it answers (ours or the asker's). */
export async function findConsultForThread(
  db: Kysely<Database>,
  keys: ThreadKeys,
): Promise<Consult | undefined> {
  if (keys.token) {
    const byToken = await db
      .selectFrom('consults')
      .selectAll()
      .where('token', '=', keys.token)
      .executeTakeFirst();
    if (byToken) return consultOf(byToken);
  }
  if (keys.parentIds.length === 0) return undefined;
  const viaOutbox = db.selectFrom('outbox').select('consult_id').where('message_id', 'in', keys.parentIds);
  const viaInbound = db
    .selectFrom('inbound_messages')
    .select('consult_id')
    .where('message_id', 'in', keys.parentIds)
    .where('consult_id', 'is not', null);
  const named = await db
    .selectFrom('consults')
    .selectAll()
    .where((eb) => eb.or([eb('id', 'in', viaOutbox), eb('id', 'in', viaInbound)]))
    .where('state', 'not in', CLOSED_TO_THREADING)
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
  return consultOrNone(named);
}

/** Whether a message from `address` is already part of the consult. */
export async function hasWrittenIn(
  db: Kysely<Database>,
  consultId: string,
  address: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('inbound_messages')
    .select('id')
    .where('consult_id', '=', consultId)
    .where('from_address', '=', address)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

export async function createConsult(
  trx: Transaction<Database>,
  input: {
    askerAddress: string;
    askerName: string | null;
    subject: string;
    state: ConsultState;
    quarantineReason?: string;
  },
): Promise<Consult> {
  // A token collision is astronomically rare, but a retry costs nothing.
  for (let attempt = 0; ; attempt++) {
    const row = await trx
      .insertInto('consults')
      .values({
        token: newConsultToken(),
        asker_address: input.askerAddress,
        asker_name: input.askerName,
        subject: input.subject,
        state: input.state,
        quarantine_reason: input.quarantineReason ?? null,
      })
      .onConflict((oc) => oc.column('token').doNothing())
      .returningAll()
      .executeTakeFirst();
    if (row) return consultOf(row);
    if (attempt > 5) throw new Error('could not allocate a consult token');
  }
}

/** Conditional state change: returns the row only when it was in one of the expected states. */
export async function moveConsult(
  db: Kysely<Database> | Transaction<Database>,
  id: string,
  t: ConsultTransition,
): Promise<Consult | undefined> {
  const moved = await db
    .updateTable('consults')
    .set({ state: t.to, updated_at: new Date() })
    .where('id', '=', id)
    .where('state', 'in', t.from)
    .returningAll()
    .executeTakeFirst();
  return consultOrNone(moved);
}
