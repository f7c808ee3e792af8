// Sends that failed for good and that no person has looked at yet: the desk shows them as an alert
// until someone marks them checked on the consult page.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import type { OutboxKind } from '../../db/schema/core.js';

export interface SendAlert {
  outboxId: string;
  consultId: string;
  token: string;
  kind: OutboxKind;
  failedAt: Date;
}

export async function listUnacknowledgedFailures(db: Kysely<Database>, limit = 20): Promise<SendAlert[]> {
  return db
    .selectFrom('outbox as o')
    .innerJoin('consults as c', 'c.id', 'o.consult_id')
    .select([
      'o.id as outboxId',
      'o.consult_id as consultId',
      'c.token',
      'o.kind',
      (eb) => eb.fn.coalesce('o.failed_at', 'o.created_at').as('failedAt'),
    ])
    .where('o.state', '=', 'failed')
    .where('o.acknowledged_at', 'is', null)
    .orderBy('o.failed_at', 'desc')
    .limit(limit)
    .execute();
}

/** The failed sends of one consult, with the SMTP reply (for the consult page; it may name the asker). */
export async function failedSendsOf(db: Kysely<Database>, consultId: string) {
  return db
    .selectFrom('outbox')
    .select(['id', 'kind', 'attempts', 'last_error as lastError', 'failed_at as failedAt', 'acknowledged_at'])
    .where('consult_id', '=', consultId)
    .where('state', '=', 'failed')
    .orderBy('id')
    .execute();
}

/** Marks the consult's failed sends as seen by a person; returns their ids. */
export async function acknowledgeFailures(
  db: Kysely<Database>,
  consultId: string,
  reviewerId: number | null,
): Promise<string[]> {
  const rows = await db
    .updateTable('outbox')
    .set({ acknowledged_at: new Date(), acknowledged_by: reviewerId })
    .where('consult_id', '=', consultId)
    .where('state', '=', 'failed')
    .where('acknowledged_at', 'is', null)
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}
