// The dashboard's figures over a period (`from` until now), each one query served by a time index.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import { draftLatencies, replyLatencies } from '../../repositories/latency.repository.js';

export interface Percentiles {
  count: number;
  p50: number | null;
  p90: number | null;
}

/** Questions that got a machine draft, by the UTC day they were read from the mailbox. */
export async function questionsPerDay(db: Kysely<Database>, from: Date): Promise<Map<string, number>> {
  const { rows } = await sql<{ day: string; n: string }>`
    select to_char(m.received_at at time zone 'UTC', 'YYYY-MM-DD') as day, count(*) as n
    from drafts d join inbound_messages m on m.id = d.based_on_message_id
    where d.source = 'machine' and d.created_at >= ${from} and m.received_at >= ${from}
    group by 1`.execute(db);
  return new Map(rows.map((r) => [r.day, Number(r.n)]));
}

async function percentiles(db: Kysely<Database>, latencies: typeof draftLatencies, from: Date) {
  const { rows } = await sql<{ n: string; p: (number | null)[] | null }>`
    select count(*) as n, percentile_cont(array[0.5, 0.9]) within group (order by v) as p
    from (${latencies}) l where at >= ${from}`.execute(db);
  const r = rows[0]!;
  return { count: Number(r.n), p50: r.p?.[0] ?? null, p90: r.p?.[1] ?? null };
}

export const draftTimes = (db: Kysely<Database>, from: Date): Promise<Percentiles> =>
  percentiles(db, draftLatencies, from);

export async function replyTimes(
  db: Kysely<Database>,
  from: Date,
  targetSeconds: number,
): Promise<Percentiles & { onTime: number }> {
  const [p, onTime] = await Promise.all([
    percentiles(db, replyLatencies, from),
    sql<{
      n: string;
    }>`select count(*) as n from (${replyLatencies}) l where at >= ${from} and v <= ${targetSeconds}`.execute(
      db,
    ),
  ]);
  return { ...p, onTime: Number(onTime.rows[0]!.n) };
}

/** Audit events of some actions in the period, by action and (for quarantines) reason. */
export async function eventCounts(db: Kysely<Database>, from: Date) {
  const { rows } = await sql<{ action: string; reason: string | null; n: string }>`
    select action, detail->>'reason' as reason, count(*) as n from audit_events
    where at >= ${from} and (action = 'consult.quarantined' or action like 'send.%')
    group by 1, 2`.execute(db);
  return rows.map((r) => ({ action: r.action, reason: r.reason, count: Number(r.n) }));
}

/** Each reviewer's decisions and edits in the period, and the consults they hold now. */
export async function reviewerWorkload(db: Kysely<Database>, from: Date, claimLiveSince: Date) {
  const { rows } = await sql<{
    name: string;
    approved: string;
    rejected: string;
    asked: string;
    edits: string;
    holding: string;
  }>`
    select r.name,
      count(a.id) filter (where a.action = 'approve') as approved,
      count(a.id) filter (where a.action = 'reject') as rejected,
      count(a.id) filter (where a.action = 'request_info') as asked,
      count(a.id) filter (where a.action = 'edit') as edits,
      (select count(*) from consults c where c.claimed_by = r.id and c.claimed_at >= ${claimLiveSince}) as holding
    from reviewers r
    left join audit_events a on a.reviewer_id = r.id and a.at >= ${from}
      and a.action in ('approve', 'reject', 'request_info', 'edit')
    where not r.disabled
    group by r.id, r.name
    order by r.name`.execute(db);
  return rows.map((r) => ({
    name: r.name,
    approved: Number(r.approved),
    rejected: Number(r.rejected),
    asked: Number(r.asked),
    edits: Number(r.edits),
    holding: Number(r.holding),
  }));
}
