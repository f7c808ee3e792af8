// What the sweeper does for sends, so that every approved reply reaches `sent` or `failed` in bounded
// time: re-enqueue queued rows whose job was lost, fail rows still in `sending` after send-settle.ts
// could not judge them for an hour (they may have gone out, so they are never sent again), and settle
// consults left in approved/sending with no send under way.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import { SENDING, UNSETTLED_SEND } from '../../lifecycle/sets.js';
import { stateList, stateLit } from '../../lifecycle/sql.js';
import { CONSULT, OUTBOX } from '../../lifecycle/transitions.js';
import { recordAudit } from '../../repositories/audit.repository.js';

export const STUCK_SENDING =
  'delivery outcome unknown (sender stopped mid-send, and the mailbox could not be searched for its copy): check the asker received it before resending';

const ago = (seconds: number) => new Date(Date.now() - seconds * 1000);

/** Queued rows whose first attempt, or next retry, is overdue by `graceSeconds`: their job was lost. */
export async function listDueQueued(db: Kysely<Database>, graceSeconds: number): Promise<string[]> {
  const rows = await db
    .selectFrom('outbox')
    .select('id')
    .where('state', 'in', OUTBOX.claim.from)
    .where((eb) => eb(eb.fn.coalesce('next_attempt_at', 'created_at'), '<', ago(graceSeconds)))
    .execute();
  return rows.map((r) => r.id);
}

/** Rows whose attempt began `stuckSeconds` ago and never finished: failed, with their consults. */
export async function failStuckSending(db: Kysely<Database>, stuckSeconds: number): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const stuck = await trx
      .updateTable('outbox')
      .set({ state: OUTBOX.stuck.to, last_error: STUCK_SENDING, failed_at: new Date() })
      .where('state', 'in', OUTBOX.stuck.from)
      .where('claimed_at', '<', ago(stuckSeconds))
      .returning(['id', 'consult_id', 'kind', 'attempts'])
      .execute();
    const consults = stuck.filter((r) => r.kind === 'reply').map((r) => r.consult_id);
    if (consults.length)
      await trx
        .updateTable('consults')
        .set({ state: CONSULT.sendFailed.to, updated_at: new Date() })
        .where('id', 'in', consults)
        .where('state', 'in', CONSULT.sendFailed.from)
        .execute();
    for (const r of stuck)
      await recordAudit(trx, {
        actor: 'sweeper',
        action: OUTBOX.stuck.action,
        consultId: r.consult_id,
        detail: { outboxId: r.id, kind: r.kind, attempt: r.attempts, reason: 'sender_stopped' },
      });
    return stuck.length;
  });
}

/**
 * Consults in approved/sending for `afterSeconds` with no reply queued or sending take the state of
 * their latest reply (sent or failed); with no reply at all they are failed for a person to look at.
 */
export async function settleStrandedConsults(db: Kysely<Database>, afterSeconds: number): Promise<number> {
  const settled = await sql<{ id: string; state: string }>`
    update consults c
       set state = case when latest.state = ${stateLit(OUTBOX.sent.to)} then ${stateLit(CONSULT.settledSent.to)}
                        else ${stateLit(CONSULT.settledFailed.to)} end, updated_at = now()
      from consults c0
      left join lateral (
        select o.state from outbox o
         where o.consult_id = c0.id and o.kind = 'reply'
         order by o.id desc limit 1) latest on true
     where c.id = c0.id
       and c0.state in ${stateList(SENDING)}
       and c0.updated_at < ${ago(afterSeconds)}
       and not exists (
         select 1 from outbox q
          where q.consult_id = c0.id and q.kind = 'reply' and q.state in ${stateList(UNSETTLED_SEND)})
    returning c.id, c.state`.execute(db);
  for (const c of settled.rows)
    await recordAudit(db, {
      actor: 'sweeper',
      action: CONSULT.settledSent.action,
      consultId: c.id,
      detail: { state: c.state },
    });
  return settled.rows.length;
}
